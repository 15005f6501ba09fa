import { error } from '@sveltejs/kit';
import { calendarFeedOwner, gatheringsCalendar, myGatherings } from '$lib/server/gatherings';
import type { RequestHandler } from './$types';

/** A person's private calendar feed; the secret token in the address is the permission. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const owner = await calendarFeedOwner(locals.db, params.token.replace(/\.ics$/, ''));
	if (!owner) error(404, 'Not found');
	const gatherings = await myGatherings(locals.db, owner);
	return new Response(gatheringsCalendar('Kring', url.origin, gatherings), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'cache-control': 'private, max-age=300'
		}
	});
};
