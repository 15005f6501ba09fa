import type { PageServerLoad } from './$types';
import { overviewFor } from './load-overview';

export const load = (async (event) => {
	const overview = await overviewFor(event);
	return { overview, query: event.url.searchParams.toString() };
}) satisfies PageServerLoad;
