// npm run bench:search — circle search over 5,000 circles, p95 on PGlite and on PostgreSQL
// (BENCH_DATABASE_URL or TEST_DATABASE_URL, a superuser URL; a fresh database is made and
// dropped). The baseline is the unfiltered circle list through the same RLS path, measured
// in the same run. Prints a one-line JSON summary last and updates BENCHMARKS.md.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { searchCircles } from '../../src/lib/server/circles/queries';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import type { Database } from '../../src/lib/server/db/types';
import type { CircleFilters } from '../../src/lib/schemas/circle-filters';
import { machine, percentile, writeSection } from './bench-utils';
import { CIRCLES, QUERIES, fillCity, pick, queries, rand, themes } from './search-fill';

function workload(): CircleFilters[] {
	return Array.from({ length: QUERIES }, (_, i) => {
		const f: CircleFilters = {};
		if (i % 2 === 0) f.q = pick(queries);
		if (i % 3 === 0) f.theme = pick(themes);
		if (i % 5 === 0) f.neighbourhood = `wijk-${Math.floor(rand() * 40)}`;
		if (i % 7 === 0) f.format = 'in_person';
		if (i % 4 === 1) f.day = 1 + Math.floor(rand() * 7);
		if (i % 6 === 1) f.part = 'evening';
		if (i % 8 === 3) f.open = '1';
		return f;
	});
}

async function measure(db: Database) {
	await fillCity(db);
	const list = workload();
	for (const f of list.slice(0, 20)) await searchCircles(db, null, f); // warm-up
	const search: number[] = [];
	const baseline: number[] = [];
	let found = 0;
	for (const f of list) {
		let t = performance.now();
		found += (await searchCircles(db, null, f)).length;
		search.push(performance.now() - t);
		t = performance.now();
		await searchCircles(db, null, {});
		baseline.push(performance.now() - t);
	}
	return {
		p50: percentile(search, 50),
		p95: percentile(search, 95),
		baselineP95: percentile(baseline, 95),
		avgResults: Math.round(found / list.length)
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

const summary = {
	circles: CIRCLES,
	queries: QUERIES,
	p50_ms_pglite: pglite.p50,
	p95_ms_pglite: pglite.p95,
	baseline_p95_ms_pglite: pglite.baselineP95,
	p50_ms_postgres: postgresResult?.p50 ?? null,
	p95_ms_postgres: postgresResult?.p95 ?? null,
	baseline_p95_ms_postgres: postgresResult?.baselineP95 ?? null,
	avg_results: pglite.avgResults,
	target_p95_ms: 50
};

writeSection(
	'Search',
	`Command: \`npm run bench:search\` (PostgreSQL part with \`TEST_DATABASE_URL\` or \`BENCH_DATABASE_URL\` set).
Machine: ${machine()}; PGlite in memory; PostgreSQL ${postgresResult ? 'Debian 15 on localhost' : 'not measured (no URL set)'}.
Run: ${new Date().toISOString()}.

${CIRCLES} published circles over 40 neighbourhoods; ${QUERIES} searches mixing words (Dutch, English,
misspellings), theme, neighbourhood, format, day, part of day and open seats, as an anonymous visitor
through row-level security (\`withUser\` transaction, RLS policies, member counts for the shown page).
Baseline: the unfiltered circle list (first 100 by name) through the same path, in the same run.

| database | search p50 | search p95 | baseline p95 | target p95 |
|---|---|---|---|---|
| PGlite | ${pglite.p50} ms | ${pglite.p95} ms | ${pglite.baselineP95} ms | 50 ms |
| PostgreSQL | ${postgresResult ? `${postgresResult.p50} ms` : '—'} | ${postgresResult ? `${postgresResult.p95} ms` : '—'} | ${postgresResult ? `${postgresResult.baselineP95} ms` : '—'} | 50 ms |
`
);
console.log(JSON.stringify(summary));
