import { redirect } from '@sveltejs/kit';
import { exportFileName, exportMyData } from '$lib/server/account';
import type { RequestHandler } from './$types';

/** Everything Kring holds about the signed-in person, as a JSON file (README: Your data). */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const now = new Date();
	const data = await exportMyData(locals.db, locals.user, now);
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${exportFileName(now)}"`,
			'cache-control': 'no-store'
		}
	});
};
