/**
 * npm run bench:chat-sql — what one chat send costs inside PostgreSQL, measured by
 * PostgreSQL's own pgbench with no Node and no sockets in between: the send statement
 * (`chat_post_message`, as the chat server runs it) back-to-back and at the chat
 * benchmark's rate (100 a second), with synchronous commit on (as Kring runs) and off (to
 * show what the WAL flush costs), once with the row-level security helpers as they are
 * and once with the earlier `language sql` versions, in turns. Needs BENCH_DATABASE_URL
 * or TEST_DATABASE_URL (a superuser URL: a database is created and dropped) and pgbench.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { createChatFixture } from './chat-fixture';
import { createPostgresDatabase } from './chat-process';

const HELPERS = ['has_role', 'is_circle_member', 'is_circle_host', 'shares_circle_with'];
const ROUNDS = 2;

/** The helpers' first definitions, as their own migrations created them. */
function sqlHelpers() {
	const all = readMigrations()
		.map((m) => m.sql)
		.join('\n');
	return [...HELPERS, 'can_chat_in_circle']
		.map((name) => {
			const start = all.indexOf(`create function public.${name}(`);
			const body = all.indexOf('as $$', start) + 5;
			const end = all.indexOf('$$;', body) + 3;
			return all.slice(start, end).replace('create function', 'create or replace function');
		})
		.join('\n');
}

const round = (x: number) => Math.round(x * 1000) / 1000;
const pct = (xs: number[], p: number) =>
	xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export async function main() {
	const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
	if (!url)
		throw new Error('set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL superuser URL');
	const pg = await createPostgresDatabase(url);
	const dir = mkdtempSync(join(tmpdir(), 'kring-chat-sql-'));
	try {
		const fixture = await createChatFixture(pg.db, { circles: 50, membersPerCircle: 20 });
		const [now] = await pg.db.query<{ v: string }>(`select current_setting('server_version') as v`);
		const variants = {
			plpgsql: readMigrations().find((m) => m.name === 'policy_helpers_in_plpgsql')!.sql,
			sql: sqlHelpers()
		};
		// A random member of a random circle each time, as the chat benchmark's clients send.
		await pg.db.exec(`create table bench_senders (n int primary key, claims text, circle uuid)`);
		for (const [n, u] of fixture.users.entries())
			await pg.db.query(`insert into bench_senders values ($1, $2, $3)`, [
				n,
				JSON.stringify({ sub: u.id, role: 'authenticated' }),
				fixture.circles[u.circle].id
			]);
		const script = join(dir, 'send.sql');
		writeFileSync(
			script,
			`\\set n random(0, ${fixture.users.length - 1})\n` +
				`select m.* from bench_senders s, lateral public.chat_post_message(s.claims, s.circle, gen_random_uuid(), 'pgbench') m where s.n = :n;\n`
		);
		const run = (label: string, commit: 'on' | 'off', paced: boolean) => {
			const prefix = join(dir, label.replace(/\W/g, '_'));
			execFileSync(
				'pgbench',
				[
					'-n',
					'-f',
					script,
					'-c',
					'1',
					...(paced ? ['-R', '100', '-T', '10'] : ['-t', '3000']),
					'--log',
					`--log-prefix=${prefix}`,
					pg.url
				],
				{ env: { ...process.env, PGOPTIONS: `-c synchronous_commit=${commit}` }, stdio: 'pipe' }
			);
			const times = readdirSync(dir)
				.filter((f) => join(dir, f).startsWith(prefix + '.'))
				.flatMap((f) => {
					const lines = readFileSync(join(dir, f), 'utf8').trim().split('\n');
					rmSync(join(dir, f));
					return lines.map((l) => Number(l.split(' ')[2]) / 1000);
				})
				.sort((a, b) => a - b);
			return { n: times.length, p50: round(pct(times, 50)), p99: round(pct(times, 99)) };
		};
		console.log(
			`chat send inside PostgreSQL ${now.v}: ${cpus().length} × ${cpus()[0]?.model}, one pgbench connection, load ${loadavg()
				.map((l) => l.toFixed(2))
				.join(' ')}`
		);
		const results: Record<string, { n: number; p50: number; p99: number }[]> = {};
		for (let r = 0; r < ROUNDS; r++)
			for (const [helpers, sql] of Object.entries(variants)) {
				await pg.db.exec(sql);
				for (const commit of ['on', 'off'] as const)
					for (const paced of [false, true]) {
						const key = `helpers ${helpers.padEnd(7)} commit ${commit.padEnd(3)} ${paced ? '100/s' : 'back-to-back'}`;
						const res = run(key, commit, paced);
						(results[key] ??= []).push(res);
						console.log(
							`${key.padEnd(48)} ${String(res.n).padStart(5)} sends  p50 ${res.p50} ms  p99 ${res.p99} ms`
						);
					}
			}
		console.log(
			JSON.stringify({ server_version: now.v, load_avg_end: loadavg().map(round), results })
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
		await pg.drop();
	}
	process.exit(0);
}
