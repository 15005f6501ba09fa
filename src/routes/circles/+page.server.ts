import { hasFilters, readCircleFilters } from '$lib/schemas/circle-filters';
import { relatedCircles, searchCircles } from '$lib/server/circles';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const filters = readCircleFilters(url.searchParams);
	const [circles, themes, neighbourhoods] = await Promise.all([
		searchCircles(locals.db, locals.user, filters),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	const related = circles.length === 0 ? await relatedCircles(locals.db, locals.user, filters) : [];
	return { circles, related, themes, neighbourhoods, filters, filtered: hasFilters(filters) };
}) satisfies PageServerLoad;
