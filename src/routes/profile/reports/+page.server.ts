import { redirect } from '@sveltejs/kit';
import { myReports } from '$lib/server/moderation';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	return { reports: await myReports(locals.db, locals.user) };
}) satisfies PageServerLoad;
