import { redirect } from '@sveltejs/kit';
import { calendarFeedToken, myGatherings, renewCalendarFeed } from '$lib/server/gatherings';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, '/signin?redirectTo=/calendar');
	const [gatherings, token] = await Promise.all([
		myGatherings(locals.db, locals.user),
		calendarFeedToken(locals.db, locals.user)
	]);
	return {
		gatherings: gatherings.filter((g) => new Date(g.ends_at) > new Date()),
		feedUrl: `${url.origin}/calendar/feed/${token}.ics`,
		renewed: url.searchParams.has('renewed')
	};
}) satisfies PageServerLoad;

export const actions = {
	renew: async ({ locals }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/calendar');
		await renewCalendarFeed(locals.db, locals.user);
		redirect(303, '/calendar?renewed');
	}
} satisfies Actions;
