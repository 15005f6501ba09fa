/**
 * npm run bench:matching — a synthetic city (25,000 residents, 1,500 circles, 40
 * neighbourhoods) with 1,000 → 5,000 → 20,000 open questions. Measures suggestions for one
 * question (p50/p95 over 200 questions, as an anonymous visitor through RLS) and the
 * proposals job over the whole city (time; peak RSS of this process over the run and during
 * the job; RSS once the database is open, which on PGlite is the embedded database itself,
 * since it runs in this process). PGlite (in memory, as the tests use it) by default;
 * a real PostgreSQL with BENCH_DATABASE_URL (or TEST_DATABASE_URL): a fresh database is
 * created there and dropped after. The last line is a one-line JSON summary (5,000 questions).
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { runProposals } from '../../src/lib/server/matching/proposals';
import { suggest } from '../../src/lib/server/matching/suggest';
import { createTestDatabase } from '../helpers/database';

if (process.env.BENCH_DATABASE_URL) process.env.TEST_DATABASE_URL = process.env.BENCH_DATABASE_URL;

const themes = [
	['autism', 'Mijn zoon heeft autisme en school loopt vast', 'autisme ouders school prikkels'],
	['adhd', 'Mijn dochter heeft ADHD, huiswerk is elke avond strijd', 'adhd huiswerk ouders'],
	['foster-care', 'Wij zijn pleegouders en zoeken andere pleeggezinnen', 'pleegouders hechting'],
	['family-caregiving', 'Ik zorg elke dag voor mijn moeder en ben moe', 'mantelzorg zorgen rust'],
	['dementia', 'Mijn vader heeft dementie en vergeet alles', 'dementie mantelzorgers'],
	['debt', 'Ik heb schulden en durf de post niet open te maken', 'schulden geldzorgen post plan'],
	['work', 'Ik wil weer aan het werk na lange tijd thuis', 'werk solliciteren'],
	['grief', 'Mijn man is overleden en ik mis hem elke dag', 'rouw verlies verder'],
	['loneliness', 'Ik ben veel alleen en wil koffie drinken met anderen', 'eenzaam koffie contact'],
	['brain-injury', 'Na mijn beroerte ben ik snel moe', 'hersenletsel beroerte moe'],
	['mental-health', 'Ik voel me somber en angstig', 'somber angst stress'],
	['newcomers', 'Ik ben nieuw in Nederland en wil mensen leren kennen', 'nieuwkomers taal'],
	['divorce', 'Sinds mijn scheiding is alles anders', 'scheiding kinderen ex'],
	['addiction', 'Mijn partner drinkt te veel', 'verslaving alcohol naasten']
] as const;
const extra = [
	'thuis',
	'avond',
	'kinderen',
	'hulp',
	'buurt',
	'samen',
	'praten',
	'moe',
	'zorgen',
	'vragen'
];
const parts = ['morning', 'afternoon', 'evening'];
const residentTexts = (
	JSON.parse(
		readFileSync(new URL('../fixtures/matching-questions.json', import.meta.url), 'utf8')
	) as { questions: { text: string }[] }
).questions.map((q) => q.text);

function rng(seed: number) {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}
const rand = rng(42);
const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)];

// Peak RSS of this process: over the whole run (maxRSS), and per window sampled every 20 ms
// (reset by peakWindow()) so the proposals job's own peak can be told apart from the start.
let peak = 0;
let windowPeak = 0;
const sampler = setInterval(() => {
	const rss = process.memoryUsage().rss;
	peak = Math.max(peak, rss);
	windowPeak = Math.max(windowPeak, rss);
}, 20);
const mb = (bytes: number) => Math.round(bytes / 1048576);
// The kernel's high-water mark (maxRSS, in KB) catches short spikes the 20 ms sampler misses.
const rssMb = () =>
	mb(Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024));
const peakWindow = () => {
	windowPeak = process.memoryUsage().rss;
	return () => mb(Math.max(windowPeak, process.memoryUsage().rss));
};

async function main() {
	const started = Date.now();
	const db = await createTestDatabase();
	const target = db.target;
	// On PGlite the database runs inside this process: this is its own footprint (WASM
	// heap, compiled module, the empty migrated database), before any city data.
	const openRssMb = mb(process.memoryUsage().rss);
	const openPeakMb = rssMb();
	console.log(
		`[bench] ${target}, ${os.cpus()[0]?.model} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GB, node ${process.version}`
	);

	await db.query(`
		insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
		select 'wijk-' || i, 'Wijk ' || i, 'Benchstad', 52.0 + (i / 8) * 0.02, 4.5 + (i % 8) * 0.03
		from generate_series(0, 39) as i`);
	await db.query(`
		insert into auth.users (email, raw_user_meta_data, email_confirmed_at)
		select 'b' || i || '@bench.example', jsonb_build_object('display_name', 'Bewoner ' || i), now()
		from generate_series(1, 25000) as i`);
	await db.query(`
		update public.profiles p set neighbourhood_id = n.id
		from (select id, row_number() over (order by slug) - 1 as k from public.neighbourhoods) n
		where n.k = (abs(hashtext(p.id::text)) % 40)`);
	const users = await db.query<{ id: string; neighbourhood_id: string }>(
		`select id, neighbourhood_id from public.profiles order by id`
	);
	const places = await db.query<{ id: string; slug: string }>(
		`select id, slug from public.neighbourhoods`
	);

	// 1,500 circles, each theme in some neighbourhoods only (so unmet needs exist).
	const circleRows = Array.from({ length: 1500 }, (_, i) => {
		const [theme, body, words] = themes[i % themes.length];
		const place = places[(i * 7) % 40];
		return {
			slug: `kring-${i}`,
			name: `Kring ${words.split(' ')[0]} ${place.slug}`,
			description: `${body}. Samen praten over ${words}.`,
			theme,
			place: place.id,
			weekday: 1 + (i % 7),
			part: parts[i % 3],
			capacity: 8 + (i % 12),
			host: users[i * 13].id
		};
	});
	await db.query(
		`insert into public.circles (slug, name, description, theme_slugs, neighbourhood_id, meeting_weekdays,
		   meeting_parts, capacity, status, created_by)
		 select s, n, d, array[t], p::uuid, array[w]::smallint[], array[pa], c, 'published', h::uuid
		 from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::int[], $9::text[])
		   as x(s, n, d, t, p, w, pa, c, h)`,
		[
			circleRows.map((c) => c.slug),
			circleRows.map((c) => c.name),
			circleRows.map((c) => c.description),
			circleRows.map((c) => c.theme),
			circleRows.map((c) => c.place),
			circleRows.map((c) => c.weekday),
			circleRows.map((c) => c.part),
			circleRows.map((c) => c.capacity),
			circleRows.map((c) => c.host)
		]
	);
	console.log(`[bench] city ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

	let made = 0;
	async function addQuestions(total: number) {
		while (made < total) {
			const n = Math.min(2000, total - made);
			const rows = Array.from({ length: n }, (_, k) => {
				const u = users[(made + k) % users.length];
				const [theme, body] = pick(themes);
				return {
					user: u.id,
					body: `${body}, ${pick(extra)} ${pick(extra)}.`,
					theme,
					place: u.neighbourhood_id,
					time: pick(parts),
					consent: rand() < 0.75
				};
			});
			await db.query(
				`insert into public.questions (user_id, body, theme_slugs, neighbourhood_id, preferred_times, consent_to_contact)
				 select u::uuid, b, array[t], p::uuid, array[ti], c::boolean
				 from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) as x(u, b, t, p, ti, c)`,
				[
					rows.map((r) => r.user),
					rows.map((r) => r.body),
					rows.map((r) => r.theme),
					rows.map((r) => r.place),
					rows.map((r) => r.time),
					rows.map((r) => (r.consent ? 'true' : 'false'))
				]
			);
			made += n;
		}
	}

	async function measure(questions: number) {
		await addQuestions(questions);
		const samples: number[] = [];
		const cpuSamples: number[] = [];
		for (let i = 0; i < 200; i++) {
			const [, body] = pick(themes);
			// Every other question is a real resident's text from the evaluation set (long
			// letters, chat, other languages): new words each time, not a warm cache.
			const text = i % 2 ? pick(residentTexts) : `${body} ${pick(extra)}`;
			const t0 = performance.now();
			const cpu0 = process.cpuUsage();
			await suggest(db, null, { text, neighbourhood: pick(places).slug });
			samples.push(performance.now() - t0);
			// CPU time of this process (PGlite runs in it): what the call costs, whatever else
			// the machine is doing at the time (wall time on a busy shared machine is not).
			const cpu = process.cpuUsage(cpu0);
			cpuSamples.push((cpu.user + cpu.system) / 1000);
		}
		samples.sort((a, b) => a - b);
		cpuSamples.sort((a, b) => a - b);
		const beforeJobRssMb = mb(process.memoryUsage().rss);
		const jobPeak = peakWindow();
		const t0 = performance.now();
		const result = await runProposals(db, { trigger: 'bench', minSize: 4 });
		const proposalsS = (performance.now() - t0) / 1000;
		const proposalsPeakRssMb = jobPeak();
		const row = {
			questions,
			suggest_p50_ms: Number(samples[Math.floor(samples.length * 0.5)].toFixed(1)),
			suggest_p95_ms: Number(samples[Math.floor(samples.length * 0.95)].toFixed(1)),
			suggest_cpu_p50_ms: Number(cpuSamples[Math.floor(cpuSamples.length * 0.5)].toFixed(1)),
			suggest_cpu_p95_ms: Number(cpuSamples[Math.floor(cpuSamples.length * 0.95)].toFixed(1)),
			proposals_s: Number(proposalsS.toFixed(2)),
			proposals: result.created + result.updated,
			peak_rss_mb: rssMb(),
			proposals_peak_rss_mb: proposalsPeakRssMb,
			before_proposals_rss_mb: beforeJobRssMb,
			js_heap_mb: mb(process.memoryUsage().heapUsed)
		};
		console.log(`[bench] ${JSON.stringify(row)}`);
		return row;
	}

	const growth = [];
	for (const n of [1000, 5000, 20000]) growth.push(await measure(n));
	await db.close();
	clearInterval(sampler);
	const full = growth[1];
	console.log(
		JSON.stringify({
			db: target,
			residents: 25000,
			circles: 1500,
			neighbourhoods: 40,
			questions: full.questions,
			suggest_p95_ms: full.suggest_p95_ms,
			suggest_cpu_p95_ms: full.suggest_cpu_p95_ms,
			proposals_s: full.proposals_s,
			peak_rss_mb: full.peak_rss_mb,
			proposals_peak_rss_mb: full.proposals_peak_rss_mb,
			db_open_rss_mb: openRssMb,
			db_open_peak_rss_mb: openPeakMb,
			growth: growth.map((g) => ({
				questions: g.questions,
				suggest_p95_ms: g.suggest_p95_ms,
				suggest_cpu_p95_ms: g.suggest_cpu_p95_ms,
				proposals_s: g.proposals_s
			}))
		})
	);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
