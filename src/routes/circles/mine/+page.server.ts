import { redirect } from '@sveltejs/kit';
import { myCircles } from '$lib/server/circles';
import { unreadCounts } from '$lib/server/chat';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?redirectTo=/circles/mine');
	const [circles, unread] = await Promise.all([
		myCircles(locals.db, locals.user),
		unreadCounts(locals.db, locals.user)
	]);
	return { circles: circles.map((c) => ({ ...c, unread: unread[c.id] ?? 0 })) };
}) satisfies PageServerLoad;
