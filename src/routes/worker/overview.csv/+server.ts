import { overviewCsv } from '$lib/server/overview';
import { csvWords } from '$lib/server/overview/words';
import { overviewFor } from '../load-overview';
import type { RequestHandler } from './$types';

// Every figure of the overview, with the same suppression (the same figures, as text).
export const GET = (async (event) => {
	const overview = await overviewFor(event);
	const day = new Date().toISOString().slice(0, 10);
	return new Response(overviewCsv(overview, csvWords()), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="kring-overzicht-${day}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
