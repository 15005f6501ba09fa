import { hasFilters, readCircleFilters } from '$lib/schemas/circle-filters';
import { relatedCircles, searchCircles } from '$lib/server/circles';
import { searchDirectory } from '$lib/server/directory';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import { staticHtml } from '$lib/server/performance/static-html';
import CircleCards from '$lib/components/CircleCards.svelte';
import CircleSearchForm from '$lib/components/CircleSearchForm.svelte';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	const filters = readCircleFilters(url.searchParams);
	const [circles, themes, neighbourhoods, services] = await Promise.all([
		searchCircles(locals.db, locals.user, filters),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user),
		// Who does what: services that fit the words, shown beside the circles.
		filters.q ? searchDirectory(locals.db, locals.user, filters.q, 3) : Promise.resolve([])
	]);
	const related = circles.length === 0 ? await relatedCircles(locals.db, locals.user, filters) : [];
	return {
		// The cards as HTML (see CircleCards.svelte): the page hydrates none of them.
		circleCount: circles.length,
		cardsHtml: staticHtml(CircleCards, { circles }, 'cards'),
		// The search form as HTML too (CircleSearchForm.svelte): its fields never hydrate.
		searchFormHtml: staticHtml(CircleSearchForm, { filters, themes, neighbourhoods }, 'search'),
		relatedHtml: related.length ? staticHtml(CircleCards, { circles: related }, 'related') : null,
		// Theme names for the service cards beside the circles (the form has its own in its HTML).
		themes,
		filters,
		filtered: hasFilters(filters),
		services: services.map((s) => ({ ...s.entry, matched: s.themes }))
	};
}) satisfies PageServerLoad;
