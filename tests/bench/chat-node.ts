import { mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { EmbeddedAuth } from '../../src/lib/server/auth/embedded';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { createRealtime } from '../../src/lib/server/realtime';
import { createChatFixture } from './chat-fixture';

/**
 * One chat server process for tests and the benchmark (started by chat-process.ts).
 * CHAT_DB: a postgres:// URL, or pglite:<folder> (migrated here; with CHAT_FIXTURE a
 * fixture is created on first start and printed). Prints `READY {json}` when listening.
 */
export async function main() {
	const target = process.env.CHAT_DB ?? '';
	const pglite = target.startsWith('pglite:');
	if (pglite) mkdirSync(target.slice(7), { recursive: true });
	const db = pglite ? await openPglite(target.slice(7)) : openPostgres(target, 10);
	let fixture = null;
	if (pglite) {
		const applied = await migrate(db, readMigrations());
		if (applied.length && process.env.CHAT_FIXTURE)
			fixture = await createChatFixture(db, JSON.parse(process.env.CHAT_FIXTURE));
	}
	const http = createServer();
	const points = Number(process.env.CHAT_SEND_POINTS ?? 20);
	const realtime = await createRealtime(http, {
		db,
		auth: new EmbeddedAuth(db, { sessionDays: 1 }),
		redisUrl: process.env.REDIS_URL || undefined,
		sendLimit: { points, seconds: 10 }
	});
	await new Promise<void>((r) => http.listen(Number(process.env.PORT), '127.0.0.1', r));
	console.log(`READY ${JSON.stringify({ port: Number(process.env.PORT), fixture })}`);
	const stop = async () => {
		await realtime.close();
		http.close();
		await db.close();
		process.exit(0);
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
}
