// npm run bench:worker — the workers' overview (/worker) for a city of 25,000 residents:
// 5,000 questions, 1,500 circles, 300 volunteers, 40 neighbourhoods. The server-side
// load (loadOverview: every query through row-level security as the worker, then
// suppression, the map and the page's figures) measured on PGlite and on PostgreSQL
// (BENCH_DATABASE_URL or TEST_DATABASE_URL, a superuser URL; a fresh database is made and
// dropped). Baseline in the same run: the header's navigation read every page does
// (readNavigation) for the same worker. Prints a one-line JSON summary last and updates
// BENCHMARKS.md. Target: overview p95 < 200 ms on both.
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import postgres from 'postgres';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { asService } from '../../src/lib/server/db/session';
import type { Database } from '../../src/lib/server/db/types';
import { readNavigation } from '../../src/lib/server/navigation';
import { loadOverview } from '../../src/lib/server/overview';
import { machine, percentile, writeSection } from './bench-utils';

const RESIDENTS = 25_000;
const QUESTIONS = 5_000;
const CIRCLES = 1_500;
const VOLUNTEERS = 300;
const HOODS = 40;
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const TARGET_MS = 200;

/** The city, made in bulk on the service path with triggers off (generated data is consistent). */
async function fillCity(db: Database) {
	await asService(db, async (tx) => {
		await tx.query(`set local session_replication_role = replica`);
		await tx.query(`select setseed(0.42)`);
		// 40 neighbourhoods on an 8 × 5 grid of squares near Alphen aan den Rijn.
		await tx.query(
			`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude, boundary)
			 select 'wijk-' || i, 'Wijk ' || i, 'Benchstad', lat + 0.005, lon + 0.0075,
			        jsonb_build_object('type', 'Polygon', 'coordinates', jsonb_build_array(jsonb_build_array(
			          jsonb_build_array(lon, lat), jsonb_build_array(lon + 0.015, lat),
			          jsonb_build_array(lon + 0.015, lat + 0.01), jsonb_build_array(lon, lat + 0.01),
			          jsonb_build_array(lon, lat))))
			 from (select i, 52.10 + (i / 8) * 0.01 as lat, 4.60 + (i % 8) * 0.015 as lon
			       from generate_series(0, $1 - 1) as i) g`,
			[HOODS]
		);
		await tx.query(
			`insert into auth.users (id, email, raw_user_meta_data, email_confirmed_at)
			 select gen_random_uuid(), 'b' || i || '@bench.example', '{}'::jsonb, now()
			 from generate_series(1, $1) as i`,
			[RESIDENTS + 41]
		);
		// Profiles (the trigger that makes them is off): residents spread over the city,
		// one worker per neighbourhood, one admin.
		await tx.query(
			`insert into public.profiles (id, display_name, roles, neighbourhood_id)
			 select u.id, 'Bewoner ' || u.n,
			        case when u.n <= $1 then '{worker}'::text[] when u.n = $1 + 1 then '{admin}'::text[]
			             else '{resident}'::text[] end,
			        h.id
			 from (select id, row_number() over (order by email) as n from auth.users) u
			 join (select id, row_number() over (order by slug) - 1 as k from public.neighbourhoods) h
			   on h.k = u.n % $1`,
			[HOODS]
		);
		await tx.query(
			`insert into public.worker_areas (worker_id, neighbourhood_id)
			 select id, neighbourhood_id from public.profiles where 'worker' = any (roles)`
		);
		const themes = `(select array_agg(slug order by slug) from public.themes)`;
		await tx.query(
			`with r as (select id, neighbourhood_id, row_number() over (order by id) as n
			            from public.profiles where roles = '{resident}')
			 insert into public.questions (user_id, body, theme_slugs, neighbourhood_id, status, consent_to_contact, created_at)
			 select r.id, 'Ik zoek mensen die hetzelfde meemaken, vraag ' || q, array[t[1 + (q * 7) % cardinality(t)]],
			        r.neighbourhood_id, case when q % 5 = 0 then 'closed' else 'open' end, q % 3 = 0,
			        now() - make_interval(days => (q * 13) % 120)
			 from generate_series(1, $1) as q
			 join r on r.n = 1 + (q * 4) % (select count(*) from r)
			 cross join (select ${themes} as t) th`,
			[QUESTIONS]
		);
		await tx.query(
			`insert into public.circles (slug, name, description, theme_slugs, neighbourhood_id, capacity, status, created_by)
			 select 'kring-' || c, 'Kring ' || c, 'Een kring om samen te praten en elkaar te helpen.',
			        array[t[1 + c % cardinality(t)]],
			        (select id from public.neighbourhoods order by slug offset c % $2 limit 1),
			        case when c % 4 = 0 then 8 else null end, 'published', null
			 from generate_series(1, $1) as c cross join (select ${themes} as t) th`,
			[CIRCLES, HOODS]
		);
		// Members: a host and 3 to 11 residents per circle.
		await tx.query(
			`with c as (select id, row_number() over (order by slug) as n from public.circles),
			      r as (select id, row_number() over (order by id) as n from public.profiles where roles = '{resident}')
			 insert into public.memberships (circle_id, user_id, role, joined_at)
			 select c.id, r.id, case when k = 0 then 'host' else 'member' end,
			        now() - make_interval(days => (10 + (c.n * 7 + k) % 200)::int)
			 from c cross join generate_series(0, 3 + (c.n % 9)) as k
			 join r on r.n = 1 + (c.n * 17 + k * 331) % 24000
			 on conflict do nothing`
		);
		// Gatherings: two past and one ahead for most circles; every seventh has none ahead.
		await tx.query(
			`insert into public.gatherings (circle_id, title, starts_at, ends_at, created_by, created_at)
			 select c.id, 'Bijeenkomst', now() + make_interval(days => d), now() + make_interval(days => d, hours => 2),
			        (select m.user_id from public.memberships m where m.circle_id = c.id and m.role = 'host' limit 1),
			        now() - make_interval(days => case when c.n % 5 = 0 then 40 else 3 end)
			 from (select id, row_number() over (order by slug) as n from public.circles) c
			 cross join (values (-20), (-6), (8)) as g(d)
			 where not (d > 0 and c.n % 7 = 0)`
		);
		// Chat: 20 messages per circle over the last 60 days.
		await tx.query(
			`insert into public.chat_messages (circle_id, author_id, client_id, body, created_at, updated_at)
			 select m.circle_id, m.user_id, gen_random_uuid(), 'Fijn om dit te delen, dank je wel.',
			        now() - make_interval(hours => (k * 71) % 1440), now()
			 from (select circle_id, user_id, row_number() over (partition by circle_id order by user_id) as n
			       from public.memberships) m
			 cross join generate_series(1, 5) as k
			 where m.n <= 4`
		);
		await tx.query(
			`insert into public.join_requests (circle_id, user_id, status)
			 select c.id, r.id, 'waiting'
			 from (select id, row_number() over (order by slug) as n from public.circles where capacity is not null) c
			 join (select id, row_number() over (order by id desc) as n from public.profiles where roles = '{resident}') r
			   on r.n = c.n
			 where c.n % 3 = 0`
		);
		const skills = `(select array_agg(slug order by slug) from public.volunteer_skills)`;
		await tx.query(
			`with v as (select id, neighbourhood_id, row_number() over (order by id) as n
			            from public.profiles where roles = '{resident}' order by id limit $1)
			 insert into public.volunteer_profiles (user_id, skills, neighbourhood_ids, availability, hours_per_week)
			 select v.id, array[s[1 + v.n % cardinality(s)], s[1 + (v.n * 3 + 1) % cardinality(s)]]::text[],
			        array[v.neighbourhood_id], '{2-evening}', 1 + v.n % 6
			 from v cross join (select ${skills} as s) sk`,
			[VOLUNTEERS]
		);
		await tx.query(
			`update public.volunteer_profiles set skills = array(select distinct unnest(skills))`
		);
		await tx.query(
			`with r as (select id, neighbourhood_id, row_number() over (order by id desc) as n
			            from public.profiles where roles = '{resident}')
			 insert into public.help_requests (requester_id, skill_slug, neighbourhood_id, time_slots, hours, created_at)
			 select r.id, s[1 + k % cardinality(s)], r.neighbourhood_id, '{3-morning}', 1 + k % 4,
			        now() - make_interval(days => (k * 11) % 40)
			 from generate_series(1, 600) as k
			 join r on r.n = 500 + k
			 cross join (select ${skills} as s) sk`
		);
		await tx.query(
			`insert into public.circle_proposals (group_key, theme_slugs, anchor_neighbourhood_id, size)
			 select 'bench-' || k, array[t[1 + k % cardinality(t)]],
			        (select id from public.neighbourhoods order by slug offset k % $1 limit 1), 3 + k % 9
			 from generate_series(1, 120) as k cross join (select ${themes} as t) th`,
			[HOODS]
		);
	});
	// As the app does for PGlite at start (no autovacuum there): fresh planner statistics.
	await db.query('analyze');
}

async function measure(db: Database) {
	await fillCity(db);
	const [worker] = await db.query<{ id: string }>(
		`select p.id from public.profiles p join public.neighbourhoods n on n.id = p.neighbourhood_id
		 where 'worker' = any (p.roles) order by n.slug limit 1`
	);
	const [admin] = await db.query<{ id: string }>(
		`select id from public.profiles where 'admin' = any (roles) limit 1`
	);
	const words = { hidden: '–' };
	const run = (who: { id: string }) => loadOverview(db, who, [], 'nl', words);
	const first = await run(worker);
	if (!first || first.circles.total === 0) throw new Error('the bench worker sees no circles');
	for (let i = 0; i < 10; i++) await run(worker); // warm-up
	const overview: number[] = [];
	const baseline: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		let t = performance.now();
		await run(worker);
		overview.push(performance.now() - t);
		t = performance.now();
		await readNavigation(db, worker);
		baseline.push(performance.now() - t);
	}
	const all: number[] = [];
	for (let i = 0; i < Math.max(5, Math.round(RUNS / 5)); i++) {
		const t = performance.now();
		await run(admin);
		all.push(performance.now() - t);
	}
	return {
		p50: percentile(overview, 50),
		p95: percentile(overview, 95),
		baselineP95: percentile(baseline, 95),
		adminAllP95: percentile(all, 95),
		circles: first.circles.total
	};
}

const pg = await openPglite();
await migrate(pg, readMigrations());
const pglite = await measure(pg);
await pg.close();

let postgresResult: Awaited<ReturnType<typeof measure>> | null = null;
const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (url) {
	const name = `kring_bench_${randomBytes(4).toString('hex')}`;
	const admin = postgres(url, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const target = new URL(url);
	target.pathname = `/${name}`;
	const db = openPostgres(target.toString(), 2);
	try {
		await migrate(db, readMigrations());
		postgresResult = await measure(db);
	} finally {
		await db.close();
		await admin.unsafe(`drop database if exists ${name} with (force)`);
		await admin.end();
	}
}

// The machine is shared: the load average says how much else ran (2 cores).
const load = Number(loadavg()[0].toFixed(1));
const summary = {
	load_average: load,
	residents: RESIDENTS,
	questions: QUESTIONS,
	circles: CIRCLES,
	volunteers: VOLUNTEERS,
	neighbourhoods: HOODS,
	runs: RUNS,
	overview_p95_ms: { pglite: pglite.p95, postgres: postgresResult?.p95 ?? null },
	overview_p50_ms: { pglite: pglite.p50, postgres: postgresResult?.p50 ?? null },
	baseline_p95_ms: { pglite: pglite.baselineP95, postgres: postgresResult?.baselineP95 ?? null },
	admin_all_neighbourhoods_p95_ms: {
		pglite: pglite.adminAllP95,
		postgres: postgresResult?.adminAllP95 ?? null
	},
	target_p95_ms: TARGET_MS
};

const row = (label: string, r: typeof pglite | null) =>
	r
		? `| ${label} | ${r.p50} ms | ${r.p95} ms | ${r.baselineP95} ms | ${r.adminAllP95} ms | ${TARGET_MS} ms |`
		: `| ${label} | — | — | — | — | ${TARGET_MS} ms |`;

writeSection(
	'Worker overview',
	`Command: \`npm run bench:worker\` (PostgreSQL part with \`TEST_DATABASE_URL\` or \`BENCH_DATABASE_URL\` set).
Machine: ${machine()}; PGlite in memory; PostgreSQL ${postgresResult ? 'Debian 15 on localhost' : 'not measured (no URL set)'}.
Run: ${new Date().toISOString()}; load average ${load} on this shared machine (other sessions' builds and tests).

A city of ${RESIDENTS.toLocaleString('en')} residents, ${QUESTIONS.toLocaleString('en')} questions, ${CIRCLES.toLocaleString('en')} circles
(about 8 members, 20 chat messages and 3 gatherings each), ${VOLUNTEERS} volunteers, 600 help requests, 120 open
proposals and ${HOODS} neighbourhoods with boundaries. Measured: the server-side load of \`/worker\` (\`loadOverview\`:
every query through row-level security as the worker of one neighbourhood, about ${pglite.circles} circles, then
small-count suppression, the map and all figures), ${RUNS} times after a warm-up. Baseline: the header's navigation
read (\`readNavigation\`) that every page does, for the same worker, in the same run. Also shown: an admin looking at
all ${HOODS} neighbourhoods (${CIRCLES.toLocaleString('en')} circles) at once.

| database | overview p50 | overview p95 | baseline p95 | admin, all neighbourhoods, p95 | target p95 |
|---|---|---|---|---|---|
${row('PGlite', pglite)}
${row('PostgreSQL', postgresResult)}
`
);
console.log(JSON.stringify(summary));
