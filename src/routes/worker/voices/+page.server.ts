import { error, redirect } from '@sveltejs/kit';
import { helpsOptions, missingOptions } from '$lib/schemas/voices';
import { isDirectoryKeeper } from '$lib/server/directory';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import { formatShown } from '$lib/server/overview/suppression';
import { storiesForMunicipality, voiceCounts, voiceTable } from '$lib/server/voices';
import type { PageServerLoad } from './$types';

/** The voice of residents for workers: suppressed counts per neighbourhood and theme, and stories. */
export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!(await isDirectoryKeeper(locals.db, locals.user))) error(403, 'Workers and admins only');
	const [counts, stories, themes, neighbourhoods] = await Promise.all([
		voiceCounts(locals.db, locals.user),
		storiesForMunicipality(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	// Only suppressed figures leave the server, already as text ("< 5", "–").
	const shown = (rows: ReturnType<typeof voiceTable>) =>
		rows.map((r) => ({
			...r,
			cells: r.cells.map((c) => ({ option: c.option, text: formatShown(c.shown) }))
		}));
	return {
		helps: shown(voiceTable(counts, 'helps', helpsOptions)),
		missing: shown(voiceTable(counts, 'missing', missingOptions)),
		stories,
		themes,
		neighbourhoods
	};
}) satisfies PageServerLoad;
