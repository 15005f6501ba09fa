// npm run bench:moderation-log — the moderation log (/moderation/log) read by a
// neighbourhood worker and by an admin, with LOG_ROWS entries (default 5,000) spread over
// the demo town's circles and profile reports. Two queries each: the page's query
// (moderationLog: the newest 200, with the actors' names through private.staff_sees_name)
// and a count of every entry the caller may read (the row-level security filter over the
// whole log). On PGlite and, with BENCH_DATABASE_URL or TEST_DATABASE_URL (a superuser
// URL), on PostgreSQL (a fresh database, dropped after). Prints one JSON line per target.
import { loadavg } from 'node:os';
import { asService } from '../../src/lib/server/db/session';
import { withUser } from '../../src/lib/server/db/session';
import { moderationLog } from '../../src/lib/server/moderation/subjects';
import { createTestDatabase, userId } from '../helpers/database';
import { machine, percentile } from './bench-utils';

const LOG_ROWS = Number(process.env.LOG_ROWS ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);

async function run(target: 'pglite' | 'postgres') {
	const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
	const saved = process.env.TEST_DATABASE_URL;
	if (target === 'postgres') process.env.TEST_DATABASE_URL = url;
	else delete process.env.TEST_DATABASE_URL;
	const db = await createTestDatabase({ seed: true });
	process.env.TEST_DATABASE_URL = saved;
	try {
		await asService(db, async (tx) => {
			await tx.query(`select setseed(0.42)`);
			// A profile report in every fourth entry (no circle), a circle's entry otherwise;
			// actors are the circles' members.
			await tx.query(
				`with c as (select id, row_number() over (order by id) as k from public.circles),
				      m as (select user_id, circle_id, row_number() over (partition by circle_id order by user_id) as k
				            from public.memberships),
				      r as (select id, row_number() over (order by id) as k from auth.users)
				 insert into public.subject_reports (kind, profile_id, reporter_id, reason)
				 select 'profile', a.id, b.id, 'Bench'
				 from r a join r b on b.k = a.k % (select count(*) from r) + 1`
			);
			await tx.query(
				`with c as (select id, row_number() over (order by id) - 1 as k,
				                   count(*) over () as n from public.circles),
				      s as (select id, row_number() over (order by id) - 1 as k,
				                   count(*) over () as n from public.subject_reports)
				 insert into public.moderation_log (at, actor_id, action, circle_id, report_id, reason)
				 select now() - make_interval(mins => i), m.user_id,
				        case when i % 4 = 0 then 'profile_reported' else 'member_banned' end,
				        case when i % 4 = 0 then null else c.id end,
				        case when i % 4 = 0 then s.id end, 'Bench ' || i
				 from generate_series(1, $1) as i
				 join c on c.k = i % c.n
				 join s on s.k = i % s.n
				 cross join lateral (select user_id from public.memberships x
				                     where x.circle_id = c.id order by x.user_id limit 1) m`,
				[LOG_ROWS]
			);
			await tx.query('analyze');
		});
		const worker = {
			id: await userId(db, 'fatima@kring.example'),
			email: 'fatima@kring.example'
		};
		const admin = { id: await userId(db, 'beheer@kring.example'), email: 'beheer@kring.example' };
		const time = async (fn: () => Promise<unknown>) => {
			await fn();
			const ms: number[] = [];
			for (let i = 0; i < RUNS; i++) {
				const t = performance.now();
				await fn();
				ms.push(performance.now() - t);
			}
			return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
		};
		const count = (who: typeof worker) =>
			withUser(db, who, (tx) =>
				tx.query<{ n: number }>('select count(*)::int as n from public.moderation_log')
			);
		const [{ n: workerRows }] = await count(worker);
		const [{ n: allRows }] = await count(admin);
		const result = {
			target,
			logRows: allRows,
			workerRows,
			workerPage: await time(() => moderationLog(db, worker)),
			workerCount: await time(() => count(worker)),
			workerPageNoNames: await time(() =>
				withUser(db, worker, (tx) =>
					tx.query(
						`select l.id, l.actor_id from public.moderation_log l order by l.at desc, l.id desc limit 200`
					)
				)
			),
			adminPage: await time(() => moderationLog(db, admin)),
			adminCount: await time(() => count(admin)),
			load: loadavg()[0].toFixed(2),
			machine: machine(),
			runs: RUNS
		};
		console.log(JSON.stringify(result));
	} finally {
		await db.close();
	}
}

await run('pglite');
if (process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL) await run('postgres');
