import { error, redirect } from '@sveltejs/kit';
import type { RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { loadOverview } from '$lib/server/overview';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The overview for the page and the CSV alike: signed-in workers and admins only; the
 * neighbourhoods picked in the address (?wijk=…, whole neighbourhoods only) within their area.
 */
export async function overviewFor({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>) {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const chosen = url.searchParams
		.getAll('wijk')
		.filter((id) => uuid.test(id))
		.slice(0, 100);
	const overview = await loadOverview(locals.db, locals.user, chosen, getLocale(), {
		hidden: m.overview_hidden()
	});
	if (!overview) error(403, 'Workers only');
	return overview;
}
