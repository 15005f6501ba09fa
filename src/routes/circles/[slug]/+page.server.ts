import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getCircle } from '$lib/server/circles';
import { listThemes } from '$lib/server/reference';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const [circle, themes] = await Promise.all([
		getCircle(locals.db, locals.user, params.slug),
		listThemes(locals.db, locals.user)
	]);
	// A private circle is indistinguishable from a missing one for anyone outside it.
	if (!circle) error(404, m.not_found_title());
	return { circle, themes: themes.filter((t) => circle.theme_slugs.includes(t.slug)) };
}) satisfies PageServerLoad;
