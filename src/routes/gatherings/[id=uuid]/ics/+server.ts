import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { gatheringsCalendar, getGathering } from '$lib/server/gatherings';
import type { RequestHandler } from './$types';

/** One gathering as an .ics file, for anyone who may see the gathering. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	if (!z.uuid().safeParse(params.id).success) error(404, 'Not found');
	const gathering = await getGathering(locals.db, locals.user, params.id);
	if (!gathering) error(404, 'Not found');
	return new Response(gatheringsCalendar(gathering.circle_name, url.origin, [gathering]), {
		headers: {
			'content-type': 'text/calendar; charset=utf-8',
			'content-disposition': `attachment; filename="kring-${gathering.id}.ics"`
		}
	});
};
