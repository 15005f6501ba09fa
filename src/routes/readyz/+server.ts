import { json } from '@sveltejs/kit';
import { getDatabase } from '$lib/server/db/app';
import { readiness } from '$lib/server/health';
import { realtimeConfig } from '$lib/server/realtime/attach';
import type { RequestHandler } from './$types';

/** Readiness: the database and, when configured, Redis answer (503 when one does not). */
export const GET = (async () => {
	const result = await readiness(getDatabase, realtimeConfig().redisUrl);
	return json(
		{ status: result.ready ? 'ready' : 'not ready', checks: result.checks },
		{ status: result.ready ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
}) satisfies RequestHandler;
