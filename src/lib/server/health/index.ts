import { createClient } from 'redis';
import type { Database } from '../db/types';

export type Check = { name: 'database' | 'redis'; ok: boolean; ms: number };

/** Resolves within `ms` or rejects, so a hanging dependency makes /readyz fail, not hang. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error('timeout')), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function timed(name: Check['name'], run: () => Promise<unknown>, ms: number) {
	const start = performance.now();
	try {
		await within(run(), ms);
		return { name, ok: true, ms: Math.round(performance.now() - start) } satisfies Check;
	} catch {
		return { name, ok: false, ms: Math.round(performance.now() - start) } satisfies Check;
	}
}

async function pingRedis(url: string) {
	const client = createClient({ url, socket: { reconnectStrategy: false } });
	client.on('error', () => {}); // the failed check says it; no unhandled error event
	try {
		await client.connect();
		await client.ping();
	} finally {
		await client.destroy();
	}
}

/**
 * What a load balancer asks before sending traffic: the database answers, and Redis too when
 * the chat shares rooms through it. No data is read.
 */
export async function readiness(
	db: () => Promise<Database>,
	redisUrl: string | undefined,
	timeoutMs = 2000
): Promise<{ ready: boolean; checks: Check[] }> {
	const checks = await Promise.all([
		timed('database', async () => (await db()).query('select 1'), timeoutMs),
		...(redisUrl ? [timed('redis', () => pingRedis(redisUrl), timeoutMs)] : [])
	]);
	return { ready: checks.every((c) => c.ok), checks };
}
