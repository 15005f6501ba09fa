import type { ParamMatcher } from '@sveltejs/kit';

/** `[slug=slug]`: the shape the database allows for circle slugs (lowercase words and dashes). */
export const match = ((param: string): param is string =>
	param.length <= 80 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(param)) satisfies ParamMatcher;
