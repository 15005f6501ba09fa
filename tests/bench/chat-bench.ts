import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Socket } from 'socket.io-client';
import { call, connect, connected } from './chat-client';
import { createChatFixture, type ChatFixture } from './chat-fixture';
import { createPostgresDatabase, startChatNode } from './chat-process';
import { postMessage } from '../../src/lib/server/chat';
import type { Database } from '../../src/lib/server/db/types';

/**
 * npm run bench:chat — delivery latency (send → every member of the circle received it),
 * lost and duplicated messages, and server memory per connected client, for Kring's chat
 * and for a bare socket.io broadcast server, with 100, 500 and 1,000 clients over 50
 * circles, both connected at once and measured in alternating slices. Everything on
 * 127.0.0.1; each phase is bounded in time. Prints a JSON line last.
 */
const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000').split(',').map(Number);
const CIRCLES = 50;
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 30_000); // per system, in slices
const MEAN_INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 10_000); // per client
const DRAIN_MS = 4000;
const WARMUP_ROUNDS = 5;
const SLICE_MS = Number(process.env.BENCH_SLICE_MS ?? 3000);

type Result = {
	system: 'kring' | 'baseline';
	clients: number;
	messages: number;
	p50: number;
	p99: number;
	deliveryP50: number;
	deliveryP99: number;
	lost: number;
	duplicated: number;
	failedSends: number;
	rssKbPerClient: number;
};

const rssKb = (pid: number) =>
	Number(
		execFileSync('ps', ['-o', 'rss=', '-p', String(pid)])
			.toString()
			.trim()
	);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
	if (!xs.length) return NaN;
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x: number) => Math.round(x * 100) / 100;

async function inBatches<T>(items: T[], size: number, fn: (t: T) => Promise<void>) {
	for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

type Member = { token: string | null; circle: string };

/** One system's connected clients and what they have sent and received so far. */
async function connectGroup(
	system: 'kring' | 'baseline',
	url: string,
	pid: number,
	members: Member[]
) {
	await sleep(500);
	const rssBefore = rssKb(pid);
	const sockets: Socket[] = members.map((m) => connect(url, m.token));
	// key -> { sent, expected receivers, receivers so far, when the last one got it }
	const pending = new Map<
		string,
		{ sent: number; expected: number; got: Set<number>; done: number }
	>();
	const group = {
		system,
		members,
		sockets,
		pending,
		delivery: [] as number[],
		duplicated: 0,
		failedSends: 0,
		sent: 0,
		rssKbPerClient: 0,
		byCircle: new Map<string, number>(),
		send: (i: number, body: string) =>
			call(
				sockets[i],
				system === 'kring' ? 'chat:send' : 'send',
				system === 'kring'
					? { circleId: members[i].circle, clientId: crypto.randomUUID(), body }
					: { room: members[i].circle, body },
				20_000
			)
	};
	members.forEach((m) => group.byCircle.set(m.circle, (group.byCircle.get(m.circle) ?? 0) + 1));
	const onMessage = (i: number) => (msg: { body: string | null }) => {
		const key = msg.body?.split(' ')[0];
		const p = key ? pending.get(key) : undefined;
		if (!p) return;
		if (p.got.has(i)) return void group.duplicated++;
		p.got.add(i);
		const now = performance.now();
		group.delivery.push(now - p.sent);
		if (p.got.size === p.expected) p.done = now;
	};
	const event = system === 'kring' ? 'chat:message' : 'message';
	await inBatches(
		sockets.map((s, i) => [s, i] as const),
		50,
		async ([s, i]) => {
			await connected(s, 30_000);
			s.on(event, onMessage(i));
			const ack =
				system === 'kring'
					? await call(s, 'chat:join', { circleId: members[i].circle }, 30_000)
					: await call(s, 'join', { room: members[i].circle }, 30_000);
			if (!ack.ok) throw new Error(`join failed: ${JSON.stringify(ack)}`);
		}
	);
	await sleep(1000);
	group.rssKbPerClient = round((rssKb(pid) - rssBefore) / members.length);

	// Warm-up, not measured, the same for both systems: a few rounds of one send per
	// circle at once, so the server's code is compiled and (for Kring) every pooled
	// database connection has loaded its caches before the clock starts.
	const firstOfCircle = [...new Map(members.map((m, i) => [m.circle, i])).values()];
	for (let round = 0; round < WARMUP_ROUNDS; round++)
		await Promise.all(
			firstOfCircle.map((i) => group.send(i, `warmup${round} ${members[i].circle.slice(0, 8)}`))
		);
	return group;
}
type Group = Awaited<ReturnType<typeof connectGroup>>;

/** Every client of the group sends at its Poisson rate for `ms`; resolves once all are acked. */
async function sendFor(group: Group, ms: number) {
	const sends: Promise<void>[] = [];
	const timers: ReturnType<typeof setTimeout>[] = [];
	const start = performance.now();
	const gap = () => -Math.log(1 - Math.random()) * MEAN_INTERVAL_MS;
	group.sockets.forEach((_, i) => {
		const circle = group.members[i].circle;
		timers[i] = setTimeout(function tick() {
			if (performance.now() - start > ms) return;
			const key = `${group.system[0]}${group.sent++}`;
			group.pending.set(key, {
				sent: performance.now(),
				expected: group.byCircle.get(circle)!,
				got: new Set(),
				done: 0
			});
			sends.push(
				group
					.send(i, `${key} hallo uit kring ${circle.slice(0, 8)}`)
					.then((ack) => {
						if (!ack.ok) group.failedSends++;
					})
					.catch(() => void group.failedSends++)
			);
			timers[i] = setTimeout(tick, gap());
		}, gap());
	});
	await sleep(ms + 50);
	timers.forEach((t) => clearTimeout(t));
	await Promise.all(sends);
}

function summarise(group: Group): Result {
	const complete: number[] = [];
	let lost = 0;
	for (const p of group.pending.values()) {
		lost += p.expected - p.got.size;
		if (p.done) complete.push(p.done - p.sent);
	}
	return {
		system: group.system,
		clients: group.members.length,
		messages: group.pending.size,
		p50: round(pct(complete, 50)),
		p99: round(pct(complete, 99)),
		deliveryP50: round(pct(group.delivery, 50)),
		deliveryP99: round(pct(group.delivery, 99)),
		lost,
		duplicated: group.duplicated,
		failedSends: group.failedSends,
		rssKbPerClient: group.rssKbPerClient
	};
}

/**
 * Both systems' clients stay connected while the clock runs in short slices, Kring and
 * baseline in turn (K B B K K B …), so both see the same machine: on a shared 2-core
 * machine other work moves a 15-second phase's p99 more than the systems differ.
 */
async function compare(
	kring: { url: string; pid: number },
	baseline: { url: string; pid: number },
	members: Member[]
): Promise<Result[]> {
	const k = await connectGroup('kring', kring.url, kring.pid, members);
	const b = await connectGroup(
		'baseline',
		baseline.url,
		baseline.pid,
		members.map((m) => ({ ...m, token: null }))
	);
	const slices = Math.max(1, Math.round(PHASE_MS / SLICE_MS));
	for (let s = 0; s < slices; s++) {
		const pair = s % 2 === 0 ? [k, b] : [b, k];
		for (const group of pair) {
			await sendFor(group, PHASE_MS / slices);
			await sleep(300);
		}
	}
	await sleep(DRAIN_MS);
	[...k.sockets, ...b.sockets].forEach((socket) => socket.close());
	return [summarise(k), summarise(b)];
}

/**
 * The send path's database call alone (`postMessage`: one statement through RLS,
 * committed), from this process at the same Poisson rate as the largest phase, with no
 * sockets: how much of Kring's latency is the round trip to PostgreSQL.
 */
async function databaseAlone(db: Database, fixture: ChatFixture, perSecond: number) {
	const times: number[] = [];
	const calls: Promise<void>[] = [];
	const one = async () => {
		const u = fixture.users[Math.floor(Math.random() * fixture.users.length)];
		const started = performance.now();
		await postMessage(
			db,
			{ id: u.id },
			{ circleId: fixture.circles[u.circle].id, clientId: crypto.randomUUID(), body: 'alleen db' }
		);
		times.push(performance.now() - started);
	};
	for (let i = 0; i < WARMUP_ROUNDS; i++) await Promise.all(fixture.circles.map(() => one()));
	times.length = 0;
	const end = performance.now() + PHASE_MS;
	while (performance.now() < end) {
		calls.push(one());
		await sleep(-Math.log(1 - Math.random()) * (1000 / perSecond));
	}
	await Promise.all(calls);
	return { calls: times.length, p50: round(pct(times, 50)), p99: round(pct(times, 99)) };
}

export async function main() {
	const max = Math.max(...SIZES);
	const perCircle = Math.ceil(max / CIRCLES);
	const pgUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
	const cleanups: (() => Promise<void> | void)[] = [];
	let fixture: ChatFixture;
	let dbTarget: string;
	let dbLabel: string;
	const kringPort = 5290;
	const basePort = 5291;
	const size = { circles: CIRCLES, membersPerCircle: perCircle };
	let kring;
	let benchDb: Database | null = null;
	if (pgUrl) {
		const pg = await createPostgresDatabase(pgUrl);
		benchDb = pg.db;
		cleanups.push(() => pg.drop());
		fixture = await createChatFixture(pg.db, size);
		dbTarget = pg.url;
		dbLabel = 'PostgreSQL';
		kring = await startChatNode({ db: dbTarget, port: kringPort, sendPoints: 10_000 });
	} else {
		const dir = mkdtempSync(join(tmpdir(), 'kring-bench-'));
		cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
		dbTarget = `pglite:${dir}`;
		dbLabel = 'PGlite (embedded)';
		kring = await startChatNode({
			db: dbTarget,
			port: kringPort,
			fixture: size,
			sendPoints: 10_000
		});
		fixture = kring.fixture!;
	}
	cleanups.push(() => kring.stop());
	const baseline = spawn(
		process.execPath,
		// CHAT_NODE_FLAGS (e.g. --cpu-prof) apply to both servers.
		[
			...(process.env.CHAT_NODE_FLAGS ?? '').split(' ').filter(Boolean),
			fileURLToPath(new URL('./chat-baseline.mjs', import.meta.url))
		],
		{ env: { ...process.env, PORT: String(basePort) }, stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((r) =>
		baseline.stdout!.on('data', (d) => String(d).includes('READY') && r())
	);
	cleanups.push(() => void baseline.kill('SIGTERM'));

	console.log(
		`chat benchmark: ${cpus().length} × ${cpus()[0]?.model}, ${Math.round(totalmem() / 2 ** 30)} GiB, node ${process.version}, database ${dbLabel}`
	);
	console.log(
		`${CIRCLES} circles, each client sends on average every ${MEAN_INTERVAL_MS / 1000} s for ${PHASE_MS / 1000} s, in slices of ${SLICE_MS / 1000} s taking turns with the other system`
	);
	const results: Result[] = [];
	let dbAlone: Awaited<ReturnType<typeof databaseAlone>> | null = null;
	// Other work on the machine moves these numbers a lot: the load is part of the result.
	const loadAtStart = loadavg().map(round);
	try {
		for (const n of SIZES) {
			// n clients spread evenly over the 50 circles: the first n/50 members of each.
			const k = Math.ceil(n / CIRCLES);
			const members = fixture.users
				.filter((u) => fixture.users.filter((v) => v.circle === u.circle).indexOf(u) < k)
				.slice(0, n)
				.map((u) => ({ token: u.token, circle: fixture.circles[u.circle].id }));
			const pair = await compare(
				{ url: kring.url, pid: kring.proc.pid! },
				{ url: `http://127.0.0.1:${basePort}`, pid: baseline.pid! },
				members
			);
			for (const r of pair) {
				results.push(r);
				console.log(
					`${String(n).padStart(5)} clients  ${r.system.padEnd(8)}  ${String(r.messages).padStart(5)} msgs  ` +
						`all-received p50 ${r.p50} ms  p99 ${r.p99} ms  (per delivery p50 ${r.deliveryP50} / p99 ${r.deliveryP99})  ` +
						`lost ${r.lost}  dup ${r.duplicated}  failed sends ${r.failedSends}  rss ${r.rssKbPerClient} KB/client`
				);
			}
		}
		if (benchDb) {
			dbAlone = await databaseAlone(benchDb, fixture, max / (MEAN_INTERVAL_MS / 1000));
			console.log(
				`database call alone, same rate, no sockets: ${dbAlone.calls} calls  p50 ${dbAlone.p50} ms  p99 ${dbAlone.p99} ms`
			);
		}
	} finally {
		for (const c of cleanups.reverse()) await c();
	}
	const largest = Math.max(...SIZES);
	const k = results.find((r) => r.system === 'kring' && r.clients === largest)!;
	const b = results.find((r) => r.system === 'baseline' && r.clients === largest)!;
	console.log(
		JSON.stringify({
			clients: largest,
			kring_p50_ms: k.p50,
			kring_p99_ms: k.p99,
			baseline_p50_ms: b.p50,
			baseline_p99_ms: b.p99,
			p99_ratio: round(k.p99 / b.p99),
			lost: k.lost + b.lost,
			duplicated: k.duplicated + b.duplicated,
			kring_lost: k.lost,
			kring_duplicated: k.duplicated,
			failed_sends: k.failedSends,
			rss_kb_per_client: k.rssKbPerClient,
			baseline_rss_kb_per_client: b.rssKbPerClient,
			messages: k.messages,
			db_alone_p50_ms: dbAlone?.p50,
			db_alone_p99_ms: dbAlone?.p99,
			database: dbLabel,
			load_avg_start: loadAtStart,
			load_avg_end: loadavg().map(round)
		})
	);
	process.exit(0);
}
