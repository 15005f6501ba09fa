import { error, redirect } from '@sveltejs/kit';
import { readGrant } from '$lib/server/account';
import type { PageServerLoad } from './$types';

/** A worker reads what a resident opened to them; every load is logged for the resident. */
export const load = (async ({ locals, params, url, setHeaders }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const data = await readGrant(locals.db, locals.user, params.id);
	// Expired, revoked or not theirs: the same answer, so nothing tells them apart.
	if (!data) error(404);
	setHeaders({ 'cache-control': 'no-store' });
	return { shared: data };
}) satisfies PageServerLoad;
