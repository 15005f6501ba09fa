import type { Server } from 'node:http';
import { z } from 'zod';
import { getAuth } from '../auth';
import { getDatabase } from '../db/app';
import { getRealtime, registerRealtime } from './index';
import { createRealtime, type Realtime } from './server';

const env = z.object({
	REDIS_URL: z
		.string()
		.regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
		.optional(),
	ORIGIN: z.string().optional()
});

/** REDIS_URL and ORIGIN, checked; throws a message naming the bad variable. */
export function realtimeConfig(source: Record<string, string | undefined> = process.env) {
	const parsed = env.safeParse(
		Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''))
	);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new Error(`Kring cannot start, check these environment variables:\n${lines.join('\n')}`);
	}
	return { redisUrl: parsed.data.REDIS_URL, origin: parsed.data.ORIGIN };
}

/**
 * Attaches the chat to an http server with the app's own database and sign-in. The one
 * entry for both attach points: the Vite plugin (development) and server.js (production).
 */
export async function attachRealtime(httpServer: Server): Promise<Realtime> {
	// A restarted Vite dev server brings a new http server; the old socket server goes.
	await getRealtime()?.close();
	const db = await getDatabase();
	const auth = getAuth(db);
	const realtime = await createRealtime(httpServer, {
		db,
		auth,
		// Every event re-checks the session; Supabase is asked at most every 30 s, the
		// embedded sign-in (one indexed lookup) every time.
		sessionRecheckMs: auth.kind === 'supabase' ? 30_000 : 0,
		...realtimeConfig()
	});
	registerRealtime(realtime);
	return realtime;
}

/** Lets server.js (outside the SvelteKit bundle) find attachRealtime once the bundle has loaded. */
export function exposeRealtime(): void {
	(
		globalThis as unknown as { __kringAttachRealtime?: typeof attachRealtime }
	).__kringAttachRealtime = attachRealtime;
}
