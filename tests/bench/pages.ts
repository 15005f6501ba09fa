// npm run bench:pages — Lighthouse 12 (mobile settings: Moto G Power screen, simulated slow
// 4G and 4× CPU slowdown) in Debian's Chromium against the production build (`server.js`:
// compression and the chat server) with a fresh demo town. Needs `npm run build` first.
// Baselines in the same run: a static HTML page with the app's stylesheet and no JavaScript,
// from a bare node http server with server.js's compression. Prints a table, a JSON line per
// page and a one-line JSON summary last, and updates the "Pages" section of BENCHMARKS.md.
// BENCH_RUNS (default 3) runs per page, the median is reported; BENCH_PAGES=home,chat picks pages.
import type { ChildProcess } from 'node:child_process';
import {
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
// chrome-launcher is Lighthouse's own launcher (installed with it); it never downloads a browser.
import * as chromeLauncher from 'chrome-launcher';
import compression from 'compression';
import lighthouse from 'lighthouse';
import { machine, writeSection } from './bench-utils';
import { demoCookie, startProductionServer } from '../helpers/production-server';

const TARGETS = { score: 98, fcpMs: 1200, cls: 0.05, jsKb: 60 };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUILD = process.env.KRING_OUT ? `build-${process.env.KRING_OUT}` : 'build';

type Page = {
	key: string;
	path: string;
	as?: 'host';
	baseline?: boolean;
	target?: boolean;
	/** `baseline`: the bare static server; else the app. */
	origin?: 'baseline';
};
const PAGES: Page[] = [
	{ key: 'static', path: '/', baseline: true, origin: 'baseline' },
	{ key: 'home', path: '/', target: true },
	{ key: 'circles', path: '/circles', target: true },
	{ key: 'circle', path: '/circles/autisme-cafe-ridderveld', target: true },
	{ key: 'circle-member', path: '/circles/autisme-cafe-ridderveld', as: 'host' },
	{ key: 'chat', path: '/circles/autisme-cafe-ridderveld/chat', as: 'host', target: true },
	{ key: 'question', path: '/questions/new', as: 'host' },
	{ key: 'signin', path: '/signin' },
	{ key: 'help', path: '/help' }
];

type Figures = {
	score: number;
	fcp_ms: number;
	lcp_ms: number;
	tbt_ms: number;
	cls: number;
	/** JavaScript as Lighthouse counts it: compressed bodies plus each response's headers. */
	js_kb: number;
	/** The compressed JavaScript itself (brotli bodies) of every script in the run. */
	js_body_kb: number;
	/**
	 * The part of it the page needs to start (what the target is held to): the modules its HTML
	 * preloads, i.e. the route's own module graph. Not what is fetched after the app started,
	 * such as socket.io for signed-in people or the error page SvelteKit loads in the background.
	 */
	js_start_kb: number;
	js_requests: number;
	total_kb: number;
};

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});
}

/**
 * The static baseline: the header and a few paragraphs with the app's stylesheet inline (as the
 * app sends it) and no scripts, from a bare node http server with the same compression as
 * server.js (the app's server sends static files a CSP that forbids inline styles, rightly).
 */
function baselineServer(port: number): Promise<Server> {
	const assets = join(BUILD, 'client/_app/immutable/assets');
	const cssFile = readdirSync(assets).find((f) => /^0\..*\.css$/.test(f));
	if (!cssFile) throw new Error(`no stylesheet in ${assets}`);
	const css = readFileSync(join(assets, cssFile));
	const para =
		'<p>Kring brengt mensen uit de buurt samen in kleine groepen. Stel je vraag en we zoeken een kring die past.</p>';
	const html =
		`<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kring</title><style>${css}</style></head>` +
		`<body class="bg-stone-50 text-stone-900 antialiased"><header class="border-b border-stone-300 bg-white"><div class="mx-auto flex max-w-6xl items-center px-4 py-3"><a href="/" class="text-xl font-bold text-brand-700">Kring</a></div></header>` +
		`<main class="mx-auto max-w-4xl px-4 py-6"><h1>Samen sterker in je buurt</h1>${para.repeat(6)}<a class="btn" href="/questions/new">Stel je vraag</a></main></body></html>`;
	const compress = compression();
	const server = createHttpServer((req, res) =>
		// compression is typed for express; it works on plain node requests, as in server.js.
		compress(req as never, res as never, () => {
			res.setHeader('Content-Type', 'text/html; charset=utf-8');
			res.end(html);
		})
	);
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const median = (values: number[]) => {
	const s = [...values].sort((a, b) => a - b);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

const bodySizes = new Map<string, number>();
/** The compressed size of one script as Chromium got it (brotli, precompressed by the build). */
async function bodySize(url: string): Promise<number> {
	let size = bodySizes.get(url);
	if (size === undefined) {
		const res = await fetch(url, { headers: { 'accept-encoding': 'br' } });
		await res.arrayBuffer();
		size = Number(res.headers.get('content-length'));
		if (!Number.isFinite(size) || size <= 0) throw new Error(`no content-length for ${url}`);
		bodySizes.set(url, size);
	}
	return size;
}

async function audit(port: number, url: string, headers: Record<string, string>) {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance'],
		extraHeaders: headers,
		// Lighthouse keeps cookies and local storage between runs by default; a cookie left by
		// an earlier page (the language, say) would then replace the session cookie sent here.
		clearStorageTypes: [
			'cookies',
			'local_storage',
			'indexeddb',
			'file_systems',
			'shader_cache',
			'service_workers',
			'cache_storage'
		]
	});
	if (!result) throw new Error(`no Lighthouse result for ${url}`);
	const { lhr } = result;
	if (process.env.BENCH_SAVE)
		writeFileSync(
			join(process.env.BENCH_SAVE, `${new URL(url).pathname.replace(/\W+/g, '_')}.json`),
			JSON.stringify(lhr)
		);
	if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
	const n = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
	const summary = (lhr.audits['resource-summary']?.details as { items?: unknown[] })?.items as
		{ resourceType: string; transferSize: number }[] | undefined;
	const bytes = (type: string) => summary?.find((i) => i.resourceType === type)?.transferSize ?? 0;
	type Request = { url: string; statusCode: number; resourceType?: string };
	const requests =
		(lhr.audits['network-requests']?.details as { items?: Request[] } | undefined)?.items ?? [];
	const main = requests.find((i) => i.url === lhr.finalDisplayedUrl);
	const scripts = requests.filter((i) => i.resourceType === 'Script').map((i) => i.url);
	const html = await fetch(url, { headers }).then((r) => r.text());
	const preloaded = new Set(
		[...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map(
			(match) => new URL(match[1].replaceAll('&amp;', '&'), lhr.finalDisplayedUrl).href
		)
	);
	let jsBody = 0;
	let jsStart = 0;
	for (const script of scripts) {
		const size = await bodySize(script);
		jsBody += size;
		if (preloaded.has(script)) jsStart += size;
	}
	return {
		figures: {
			score: Math.round((lhr.categories.performance.score ?? 0) * 100),
			fcp_ms: n('first-contentful-paint'),
			lcp_ms: n('largest-contentful-paint'),
			tbt_ms: n('total-blocking-time'),
			cls: n('cumulative-layout-shift'),
			js_kb: bytes('script') / 1000,
			js_body_kb: jsBody / 1000,
			js_start_kb: jsStart / 1000,
			js_requests: scripts.length,
			total_kb: bytes('total') / 1000
		} satisfies Figures,
		finalUrl: lhr.finalDisplayedUrl,
		status: main?.statusCode,
		benchmarkIndex: lhr.environment.benchmarkIndex,
		version: lhr.lighthouseVersion
	};
}

const round = (v: number, d = 0) => Number(v.toFixed(d));

function meets(f: Figures) {
	return (
		f.score >= TARGETS.score &&
		f.fcp_ms <= TARGETS.fcpMs &&
		f.cls < TARGETS.cls &&
		f.js_start_kb <= TARGETS.jsKb
	);
}

async function main() {
	if (!existsSync(join(BUILD, 'handler.js')))
		throw new Error('Run `npm run build` before `npm run bench:pages`.');
	const builtAt = statSync(join(BUILD, 'handler.js')).mtime.toISOString();
	const only = process.env.BENCH_PAGES?.split(',');
	const pages = PAGES.filter((p) => !only || only.includes(p.key));
	const started = new Date().toISOString();
	const loadStart = loadavg().map((l) => round(l, 2));

	const dataDir = mkdtempSync(join(tmpdir(), 'kring-bench-pages-'));
	const port = await freePort();
	const baseURL = `http://localhost:${port}`;
	const staticPort = await freePort();
	const staticServer = await baselineServer(staticPort);
	const urlOf = (p: Page) =>
		(p.origin === 'baseline' ? `http://localhost:${staticPort}` : baseURL) + p.path;
	let server: ChildProcess | undefined;
	let chrome: chromeLauncher.LaunchedChrome | undefined;
	let version = '';
	const rows: (Page & { figures: Figures; runs: number[]; status?: number; index: number })[] = [];
	try {
		server = await startProductionServer(port, dataDir);
		const cookie = pages.some((p) => p.as) ? await demoCookie(baseURL, 'host') : '';
		chrome = await chromeLauncher.launch({
			chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			// Dutch in the browser itself (navigator.languages and Accept-Language agree), so
			// the page hydrates in the language it was rendered in.
			chromeFlags: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--lang=nl-NL'
			]
		});
		// One unmeasured visit per page first, so the server's first-render costs are not counted.
		for (const p of pages)
			await fetch(urlOf(p), { headers: p.as ? { cookie } : {} }).then((r) => r.text());
		for (const p of pages) {
			const headers: Record<string, string> = {};
			if (p.as) headers.Cookie = cookie;
			const runs: Awaited<ReturnType<typeof audit>>[] = [];
			for (let i = 0; i < RUNS; i++) {
				// On a loaded machine Lighthouse now and then loses the trace (NO_NAVSTART): retry.
				for (let attempt = 1; ; attempt++) {
					try {
						runs.push(await audit(chrome.port, urlOf(p), headers));
						break;
					} catch (e) {
						if (attempt >= 3) throw e;
						console.error(`${p.key}: ${(e as Error).message}; trying again`);
					}
				}
			}
			const last = runs[runs.length - 1];
			version = last.version;
			if (new URL(last.finalUrl).pathname !== p.path)
				throw new Error(`${p.key}: ended at ${last.finalUrl}, not ${p.path}`);
			const pick = (k: keyof Figures) => median(runs.map((r) => r.figures[k]));
			const figures: Figures = {
				score: pick('score'),
				fcp_ms: round(pick('fcp_ms')),
				lcp_ms: round(pick('lcp_ms')),
				tbt_ms: round(pick('tbt_ms')),
				cls: round(pick('cls'), 4),
				js_kb: round(pick('js_kb'), 1),
				js_body_kb: round(pick('js_body_kb'), 1),
				js_start_kb: round(pick('js_start_kb'), 1),
				js_requests: pick('js_requests'),
				total_kb: round(pick('total_kb'), 1)
			};
			const row = {
				...p,
				figures,
				runs: runs.map((r) => r.figures.score),
				status: last.status,
				index: round(median(runs.map((r) => r.benchmarkIndex)))
			};
			rows.push(row);
			console.log(
				JSON.stringify({
					page: p.key,
					path: p.path,
					signed_in: Boolean(p.as),
					...figures,
					scores: row.runs,
					meets_targets: p.baseline ? undefined : meets(figures)
				})
			);
		}
	} finally {
		await chrome?.kill();
		server?.kill('SIGTERM');
		if (server && server.exitCode === null) await new Promise((r) => server!.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
		staticServer.close();
	}
	const loadEnd = loadavg().map((l) => round(l, 2));

	const header =
		'| page | path | signed in | score | FCP | LCP | TBT | CLS | JS to start | JS in all | JS files | JS with headers | all bytes | meets targets |\n' +
		'|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|';
	const lines = rows.map((r) => {
		const f = r.figures;
		const verdict = r.baseline ? 'baseline' : meets(f) ? 'yes' : 'no';
		return `| ${r.key} | \`${r.path}\` | ${r.as ? 'yes' : 'no'} | ${f.score} | ${f.fcp_ms} ms | ${f.lcp_ms} ms | ${f.tbt_ms} ms | ${f.cls} | ${f.js_start_kb} kB | ${f.js_body_kb} kB | ${f.js_requests} | ${f.js_kb} kB | ${f.total_kb} kB | ${verdict} |`;
	});
	const table = `${header}\n${lines.join('\n')}`;
	console.log(`\n${table}\n`);

	const targeted = rows.filter((r) => r.target);
	const summary = {
		runs_per_page: RUNS,
		pages: Object.fromEntries(rows.map((r) => [r.key, r.figures])),
		target_pages_meeting: targeted.filter((r) => meets(r.figures)).map((r) => r.key),
		target_pages_missing: targeted.filter((r) => !meets(r.figures)).map((r) => r.key),
		benchmark_index: median(rows.map((r) => r.index)),
		load_avg_start: loadStart,
		load_avg_end: loadEnd
	};

	if (!only) {
		writeSection(
			'Pages',
			`Command: \`npm run build && npm run bench:pages\` (Lighthouse ${version}, mobile
settings: simulated slow 4G and 4× CPU slowdown, cold cache; Debian's Chromium
\`/usr/bin/chromium\` headless; the production server \`server.js\` with compression and the
chat server, a fresh demo town on PGlite, Dutch).
Machine: ${machine()}; Lighthouse benchmark index ${summary.benchmark_index}; load average
${loadStart.join(' / ')} at the start, ${loadEnd.join(' / ')} at the end (other sessions share the machine).
Run: ${started} (build of ${builtAt}); median of ${RUNS} runs per page.

Targets (issue 13) for home, \`/circles\`, a circle page and a chat page: score ≥ ${TARGETS.score},
First Contentful Paint ≤ ${TARGETS.fcpMs / 1000} s, Cumulative Layout Shift < ${TARGETS.cls},
≤ ${TARGETS.jsKb} kB JavaScript transferred (compressed) on first load. "JS to start" is what
the target is held to: the brotli bodies of the modules the page's HTML preloads, the route's
own module graph that shows and starts the page. "JS in all" is every script the page loaded
during Lighthouse's run, which adds what is fetched after the app started: socket.io-client
(11.8 kB) for signed-in people, for the chat and the unread count, and the error page SvelteKit
loads in the background. "JS with headers" is Lighthouse's own transfer size of all of them, which adds about 0.7 kB of HTTP/1.1
response headers per file (over HTTP/2 behind a proxy these are mostly compressed away).
The other pages are measured against the same targets. Baselines in the same run: \`static\` is a static HTML page
with the app's stylesheet inline (as the app sends it) and no JavaScript, from a bare node
http server in the benchmark process with the same compression as \`server.js\`. "Signed in" pages are visited as the
demo host (Mohamed), through a session cookie from the demo sign-in.

${table}

Summary line: \`${JSON.stringify(summary)}\``
		);
	}
	console.log(JSON.stringify(summary));
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
