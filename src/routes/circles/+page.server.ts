import { readCircleFilters } from '$lib/schemas/circle-filters';
import { listCircles } from '$lib/server/circles';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const filters = readCircleFilters(url.searchParams);
	const [circles, themes, neighbourhoods] = await Promise.all([
		listCircles(locals.db, locals.user, filters),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	return { circles, themes, neighbourhoods, filters };
}) satisfies PageServerLoad;
