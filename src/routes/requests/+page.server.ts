import { redirect } from '@sveltejs/kit';
import { listMyRequests, listSkills } from '$lib/server/volunteers';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [requests, skills] = await Promise.all([
		listMyRequests(locals.db, locals.user),
		listSkills(locals.db, locals.user)
	]);
	return { requests, skills };
}) satisfies PageServerLoad;
