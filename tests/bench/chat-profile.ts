import { performance } from 'node:perf_hooks';
import { postMessage } from '../../src/lib/server/chat';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { createChatFixture } from './chat-fixture';
import { createPostgresDatabase } from './chat-process';

/**
 * Profiling aid for the chat send path (not part of bench:chat): times postMessage
 * against a fresh PostgreSQL database, one at a time and with concurrency.
 * node tests/bench/chat-run.mjs tests/bench/chat-profile.ts (needs TEST_DATABASE_URL)
 */
export async function main() {
	const pg = await createPostgresDatabase(process.env.TEST_DATABASE_URL!);
	const fixture = await createChatFixture(pg.db, { circles: 10, membersPerCircle: 5 });
	const db = openPostgres(pg.url, Number(process.env.POOL ?? 10));
	const pct = (xs: number[], p: number) =>
		[...xs].sort((a, b) => a - b)[Math.floor((p / 100) * xs.length)];
	const send = async (i: number) => {
		const u = fixture.users[i % fixture.users.length];
		const t = performance.now();
		await postMessage(
			db,
			{ id: u.id },
			{
				circleId: fixture.circles[u.circle].id,
				clientId: crypto.randomUUID(),
				body: `hallo ${i}`
			}
		);
		return performance.now() - t;
	};
	const steps: Record<string, number[]> = {};
	const timed = async (i: number) => {
		const u = fixture.users[i % fixture.users.length];
		let t = performance.now();
		const lap = (k: string) => {
			const n = performance.now();
			(steps[k] ??= []).push(n - t);
			t = n;
		};
		await db.transaction(async (tx) => {
			lap('begin');
			await tx.query(
				`select set_config('request.jwt.claims', $1, true), set_config('role', 'authenticated', true)`,
				[JSON.stringify({ sub: u.id, role: 'authenticated' })]
			);
			lap('claims');
			await tx.query(`select pg_advisory_xact_lock(hashtextextended($1, 0))`, [
				`kring.chat:${u.circle}`
			]);
			lap('lock');
			const [r] = await tx.query<{ id: string }>(
				`insert into public.chat_messages (circle_id, author_id, client_id, body)
				 values ($1, (select auth.uid()), $2, $3) returning id::text as id`,
				[fixture.circles[u.circle].id, crypto.randomUUID(), `x ${i}`]
			);
			lap('insert');
			await tx.query(
				`select m.*, (select coalesce(p.pseudonym, p.display_name) from public.profiles p where p.id = m.author_id) from public.chat_messages m where id = $1::bigint`,
				[r.id]
			);
			lap('read');
		});
		lap('commit');
	};
	for (let i = 0; i < 300; i++) await timed(i);
	for (const [k, v] of Object.entries(steps))
		console.log(`${k.padEnd(8)} p50 ${pct(v, 50).toFixed(3)} p99 ${pct(v, 99).toFixed(3)} ms`);
	for (let i = 0; i < 50; i++) await send(i);
	const seq: number[] = [];
	for (let i = 0; i < 300; i++) seq.push(await send(i));
	console.log(`sequential p50 ${pct(seq, 50).toFixed(2)} p99 ${pct(seq, 99).toFixed(2)} ms`);
	const conc: number[] = [];
	await Promise.all(
		Array.from({ length: 8 }, async (_, w) => {
			for (let i = 0; i < 100; i++) conc.push(await send(w * 100 + i));
		})
	);
	console.log(`8 concurrent p50 ${pct(conc, 50).toFixed(2)} p99 ${pct(conc, 99).toFixed(2)} ms`);
	await db.close();
	await pg.drop();
	process.exit(0);
}
