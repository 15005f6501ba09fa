import type { ParamMatcher } from '@sveltejs/kit';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `[id=uuid]`: anything else is a 404 before any load or action runs (issue 10.15). */
export const match = ((param: string): param is string => uuid.test(param)) satisfies ParamMatcher;
