import { redirect } from '@sveltejs/kit';
import { exportMyData } from '$lib/server/account';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url, setHeaders }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	setHeaders({ 'cache-control': 'no-store' });
	return { data: await exportMyData(locals.db, locals.user) };
}) satisfies PageServerLoad;
