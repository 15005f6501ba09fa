// npx tsx tests/bench/start-profile.ts — what the browser's main thread does while a page
// starts (issue 13: Lighthouse's Total Blocking Time). For each build named in PROFILE_BUILDS
// (comma-separated KRING_OUT names; "" is `build`), a production server with a fresh demo town;
// the pages are loaded in turn, builds interleaved, so they share the machine's load.
// Per load, in a fresh browser context at 412 × 823 (Lighthouse's phone):
// - with 4× CPU slowdown (as Lighthouse): the long tasks (PerformanceObserver) and their
//   blocking time (the part over 50 ms), the measure closest to TBT;
// - unthrottled, with the CPU profiler (PROFILE_CPU=1): time per function, self and
//   inclusive, summed over the loads (names are readable in a `vite build --minify false`).
// - with PROFILE_TRACE=1, a Chromium trace: the main thread's tasks over PROFILE_MIN_TASK ms
//   (default 3) with what runs in them (PROFILE_QUIET=1 leaves the list out), and the tasks
//   that start the app (module evaluation, promises, timers), total and longest;
//   PROFILE_UNTHROTTLED=1 measures without the slowdown. With PROFILE_UNTHROTTLED=1 it also
//   reports each load's tasks by CPU time (the trace's thread time, which the machine's load
//   stretches far less than wall time): `cpu_blocking`, the sum over the main thread's tasks
//   from the first parse on of max(0, 4 × CPU ms − 50) — Lighthouse's simulation (Lantern)
//   multiplies observed tasks by 4 and counts all of them after its early estimate of the first
//   paint, the parser's later tasks included — and the CPU ms of the tasks of 10 ms and more.
// PROFILE_RUNS (default 5), PROFILE_PAGES (home,circles,circle,chat). On a shared machine
// compare the lower quartiles (p25): other sessions' work only ever lengthens a task.
// Example: KRING_OUT=base npm run build (on main), KRING_OUT=perf npm run build (a branch),
// then PROFILE_BUILDS=base,perf PROFILE_RUNS=10 npx tsx tests/bench/start-profile.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { freePort } from '../helpers/port';
import { demoCookie, startProductionServer } from '../helpers/production-server';

const RUNS = Number(process.env.PROFILE_RUNS ?? 5);
const BUILDS = (process.env.PROFILE_BUILDS ?? '').split(',');
const CPU = process.env.PROFILE_CPU === '1';
const TRACE = process.env.PROFILE_TRACE === '1';
const TOP = Number(process.env.PROFILE_TOP ?? 40);
const PAGES = [
	{ key: 'home', path: '/' },
	{ key: 'circles', path: '/circles' },
	{ key: 'circle', path: '/circles/autisme-cafe-ridderveld' },
	{ key: 'chat', path: '/circles/autisme-cafe-ridderveld/chat', host: true }
].filter((p) => !process.env.PROFILE_PAGES || process.env.PROFILE_PAGES.split(',').includes(p.key));

async function startServer(out: string) {
	const port = await freePort();
	const dataDir = mkdtempSync(join(tmpdir(), 'kring-start-profile-'));
	const baseURL = `http://localhost:${port}`;
	const server = await startProductionServer(port, dataDir, out);
	const cookie = await demoCookie(baseURL, 'host');
	return {
		out,
		baseURL,
		cookie,
		stop() {
			server.kill('SIGTERM');
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

type ProfileNode = {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
};
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

function addProfile(profile: Profile, self: Map<string, number>, incl: Map<string, number>) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const key = (n: ProfileNode) => {
		const f = n.callFrame;
		const file = f.url.split('/').pop() ?? '';
		return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
	};
	for (let i = 0; i < profile.samples.length; i++) {
		const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
		let node = byId.get(profile.samples[i]);
		if (!node) continue;
		const k = key(node);
		if (k.startsWith('(idle)') || k.startsWith('(program)')) continue;
		self.set(k, (self.get(k) ?? 0) + dt);
		const seen = new Set<string>();
		while (node) {
			const kk = key(node);
			if (!seen.has(kk)) {
				seen.add(kk);
				incl.set(kk, (incl.get(kk) ?? 0) + dt);
			}
			const p = parent.get(node.id);
			node = p === undefined ? undefined : byId.get(p);
		}
	}
}

/** Per traced load: the app's start-up tasks, total and longest (ms, as throttled). */
let scriptWork: [number, number][] = [];
/** Per traced load: the Lantern-like blocking time by CPU time, and the long tasks' CPU ms. */
let cpuWork: { blocking: number; long: number[] }[] = [];

async function loadOnce(
	browser: Browser,
	server: Awaited<ReturnType<typeof startServer>>,
	page: (typeof PAGES)[number],
	cpu?: { self: Map<string, number>; incl: Map<string, number> }
) {
	const context = await browser.newContext({
		viewport: { width: 412, height: 823 },
		deviceScaleFactor: 1.75,
		isMobile: true,
		locale: 'nl-NL',
		serviceWorkers: 'block',
		// As Lighthouse does in bench:pages: the session cookie as a header.
		extraHTTPHeaders: page.host ? { cookie: server.cookie } : {}
	});
	await context.addInitScript(() => {
		const w = window as unknown as { __long: number[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	const tab = await context.newPage();
	const cdp = await context.newCDPSession(tab);
	if (TRACE)
		await browser.startTracing(tab, {
			categories: [
				'toplevel',
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'v8.execute',
				'v8',
				'blink.user_timing',
				'loading'
			]
		});
	if (cpu) {
		await cdp.send('Profiler.enable');
		await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
		await cdp.send('Profiler.start');
	} else if (!process.env.PROFILE_UNTHROTTLED) {
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	}
	await tab.goto(server.baseURL + page.path, { waitUntil: 'load' });
	await tab.waitForTimeout(cpu ? 300 : 1500);
	let long: number[] = [];
	if (TRACE) {
		const trace = JSON.parse((await browser.stopTracing()).toString());
		const { total, longest } = printTasks(trace);
		scriptWork.push([total, longest]);
		cpuWork.push(cpuTasks(trace));
	}
	if (cpu) {
		const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
		addProfile(profile, cpu.self, cpu.incl);
	} else {
		long = await tab.evaluate(() => (window as unknown as { __long: number[] }).__long);
	}
	await context.close();
	return long;
}

type TraceEvent = {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	/** Thread (CPU) time. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: { data?: { url?: string; functionName?: string } };
};
/** The page's renderer main thread: the thread that parsed its HTML, and its first parse. */
function mainThread(events: TraceEvent[]) {
	return events.find(
		(e) =>
			e.name === 'ParseHTML' &&
			(e.args as { beginData?: { url?: string } })?.beginData?.url?.startsWith('http://localhost')
	);
}

/**
 * Tasks by CPU time from the first parse on: blocking as Lantern would count it at 4× (over
 * 50 ms), and the CPU ms of each task of 10 ms and more (Lantern drops shorter ones).
 */
function cpuTasks(trace: { traceEvents: TraceEvent[] }) {
	const main = mainThread(trace.traceEvents);
	if (!main) return { blocking: NaN, long: [] };
	let blocking = 0;
	const long: number[] = [];
	for (const e of trace.traceEvents) {
		if (e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e.name !== 'RunTask') continue;
		if (e.ts + (e.dur ?? 0) < main.ts) continue;
		const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
		blocking += Math.max(0, 4 * cpu - 50);
		if (cpu >= 10) long.push(Math.round(cpu));
	}
	return { blocking, long };
}

/** The renderer main thread's tasks over 3 ms, each with its biggest nested events. */
function printTasks(trace: { traceEvents: TraceEvent[] }): { total: number; longest: number } {
	const events = trace.traceEvents;
	const main = mainThread(events);
	if (!main) return { total: NaN, longest: NaN };
	const own = events
		.filter(
			(e) => e.pid === main.pid && e.tid === main.tid && (e.ph === 'X' || e.ph === 'B') && e.dur
		)
		.sort((a, b) => a.ts - b.ts);
	const tasks = own.filter(
		(e) => e.name === 'RunTask' && (e.dur ?? 0) > Number(process.env.PROFILE_MIN_TASK ?? 3) * 1000
	);
	const t0 = own[0]?.ts ?? 0;
	// The app's start: tasks that evaluate modules or run its promises and timers.
	let total = 0;
	let longest = 0;
	for (const t of own.filter((e) => e.name === 'RunTask')) {
		const runsScript = own.some(
			(e) =>
				/^(v8\.evaluateModule|RunMicrotasks|TimerFire)$/.test(e.name) &&
				e.ts >= t.ts &&
				e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0) &&
				(e.dur ?? 0) > 500
		);
		if (!runsScript) continue;
		total += (t.dur ?? 0) / 1000;
		longest = Math.max(longest, (t.dur ?? 0) / 1000);
	}
	if (process.env.PROFILE_QUIET) return { total, longest };
	for (const t of tasks) {
		const inside = own.filter(
			(e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0)
		);
		const parts = inside
			.filter((e) =>
				/^(EvaluateScript|v8.evaluateModule|FunctionCall|RunMicrotasks|ParseHTML|UpdateLayoutTree|Layout|Paint|v8.compileModule|v8.compile|TimerFire|EventDispatch|HitTest|PrePaint|V8.GC_SCAVENGER|MajorGC|MinorGC|ParseAuthorStyleSheet|XHRReadyStateChange|v8.run)$/.test(
					e.name
				)
			)
			.map((e) => {
				const d = e.args?.data;
				const where = d?.url ? ` ${d.url.split('/').pop()}` : '';
				const fn = d?.functionName ? ` ${d.functionName}` : '';
				return `${e.name}${where}${fn} ${((e.dur ?? 0) / 1000).toFixed(1)}`;
			});
		console.log(
			`  task at ${((t.ts - t0) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(1)} ms :: ${parts.slice(0, 14).join(' | ')}`
		);
	}
	return { total, longest };
}

const quantile = (v: number[], q: number) => {
	const s = [...v].sort((a, b) => a - b);
	return s[Math.floor((s.length - 1) * q)];
};

const median = (v: number[]) => {
	const s = [...v].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

async function main() {
	const servers = [];
	for (const out of BUILDS) servers.push(await startServer(out));
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']
	});
	const load = () =>
		loadavg()
			.map((l) => l.toFixed(2))
			.join(' ');
	console.log(`load average at start: ${load()}`);
	try {
		const results = new Map<
			string,
			{
				blocking: number[];
				longest: number[];
				startTotal: number[];
				startLongest: number[];
				cpuBlocking: number[];
				cpuLong: string[];
			}
		>();
		const cpus = new Map<string, { self: Map<string, number>; incl: Map<string, number> }>();
		// Warm the servers' first renders.
		for (const s of servers) for (const p of PAGES) await loadOnce(browser, s, p);
		scriptWork = [];
		cpuWork = [];
		for (let r = 0; r < RUNS; r++) {
			for (const p of PAGES) {
				for (const s of servers) {
					const k = `${s.out || 'build'} ${p.key}`;
					if (TRACE) console.log(`-- ${k}`);
					if (CPU) {
						if (!cpus.has(k)) cpus.set(k, { self: new Map(), incl: new Map() });
						await loadOnce(browser, s, p, cpus.get(k));
					} else {
						const long = await loadOnce(browser, s, p);
						if (!results.has(k))
							results.set(k, {
								blocking: [],
								longest: [],
								startTotal: [],
								startLongest: [],
								cpuBlocking: [],
								cpuLong: []
							});
						const row = results.get(k)!;
						for (const [total, longest] of scriptWork) {
							row.startTotal.push(total);
							row.startLongest.push(longest);
						}
						scriptWork = [];
						for (const { blocking, long } of cpuWork) {
							row.cpuBlocking.push(blocking);
							row.cpuLong.push(long.join('/'));
						}
						cpuWork = [];
						row.blocking.push(long.reduce((sum, d) => sum + Math.max(0, d - 50), 0));
						row.longest.push(long.length ? Math.max(...long) : 0);
					}
				}
			}
		}
		for (const [k, row] of results)
			console.log(
				JSON.stringify({
					build_page: k,
					blocking_median_ms: Math.round(median(row.blocking)),
					// The quietest loads: other sessions' work only ever adds to a task.
					blocking_p25_ms: Math.round(quantile(row.blocking, 0.25)),
					blocking_min_ms: Math.round(Math.min(...row.blocking)),
					longest_median_ms: Math.round(median(row.longest)),
					...(row.startTotal.length
						? {
								start_tasks_p25_ms: Math.round(quantile(row.startTotal, 0.25)),
								start_tasks_median_ms: Math.round(median(row.startTotal)),
								start_longest_p25_ms: Math.round(quantile(row.startLongest, 0.25)),
								start_longest_median_ms: Math.round(median(row.startLongest))
							}
						: {}),
					...(row.cpuBlocking.length && process.env.PROFILE_UNTHROTTLED
						? {
								cpu_blocking_p25_ms: Math.round(quantile(row.cpuBlocking, 0.25)),
								cpu_blocking_median_ms: Math.round(median(row.cpuBlocking)),
								cpu_blocking_ms: row.cpuBlocking.map(Math.round),
								cpu_long_tasks_ms: row.cpuLong
							}
						: {}),
					blocking_ms: row.blocking.map(Math.round),
					longest_ms: row.longest.map(Math.round)
				})
			);
		for (const [k, { self, incl }] of cpus) {
			const per = (v: number) => (v / RUNS).toFixed(2);
			console.log(`\n== ${k}: ms per load, self (top ${TOP})`);
			for (const [f, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP))
				console.log(`${per(v).padStart(8)}  ${f}`);
			console.log(`\n== ${k}: ms per load, inclusive (top ${TOP * 2})`);
			for (const [f, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, TOP * 2))
				console.log(`${per(v).padStart(8)}  ${f}`);
		}
		console.log(`load average at end: ${load()}`);
	} finally {
		await browser.close();
		for (const s of servers) s.stop();
	}
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
