import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/lib/schemas/chat';
import { EmbeddedAuth } from '../../src/lib/server/auth/embedded';
import type { Database } from '../../src/lib/server/db/types';
import { createRealtime, type Realtime } from '../../src/lib/server/realtime';
import { call, connect, connected, next } from '../bench/chat-client';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import {
	createPostgresDatabase,
	startChatNode,
	startRedis,
	type ChatNode
} from '../bench/chat-process';
import { freePort } from '../helpers/port';

// Two app processes on different ports, one real PostgreSQL, one redis-server: a message
// sent on one node reaches members on the other, and presence spans both. Needs a real
// PostgreSQL (two processes cannot share PGlite), so it runs in the TEST_DATABASE_URL
// pass of `npm test` and in CI (.ci/run), with Debian's redis-server.
const pgUrl = process.env.TEST_DATABASE_URL;

/** Different free ports (the OS may hand out the same one twice in a row). */
async function distinctFreePorts(count: number): Promise<number[]> {
	const ports = new Set<number>();
	while (ports.size < count) ports.add(await freePort());
	return [...ports];
}

describe.skipIf(!pgUrl)('two chat processes sharing rooms through Redis', () => {
	const cleanups: (() => Promise<void> | void)[] = [];
	const sockets: Socket[] = [];
	let fx: ChatFixture;
	let nodes: ChatNode[];
	let pgDb: Database;
	let third: Realtime;
	let redisUrl: string;

	beforeAll(async () => {
		// Ports the OS says are free, not random ones from a range another program may hold.
		// Two nodes and, without REDIS_URL, a redis-server of its own.
		const [redisPort, ...ports] = await distinctFreePorts(3);
		const redis = process.env.REDIS_URL
			? { url: process.env.REDIS_URL, stop: async () => {} }
			: await startRedis(redisPort);
		cleanups.push(() => redis.stop());
		redisUrl = redis.url;
		const pg = await createPostgresDatabase(pgUrl!);
		cleanups.push(() => pg.drop());
		pgDb = pg.db;
		fx = await createChatFixture(pg.db, { circles: 2, membersPerCircle: 4 });
		const http = createServer();
		third = await createRealtime(http, {
			db: pg.db,
			auth: new EmbeddedAuth(pg.db, { sessionDays: 1 }),
			redisUrl: redis.url
		});
		cleanups.push(() => third.close());
		nodes = await Promise.all(
			ports.map((port) => startChatNode({ db: pg.url, port, redisUrl: redis.url }))
		);
		cleanups.push(() => Promise.all(nodes.map((n) => n.stop())).then(() => {}));
	});
	afterAll(async () => {
		sockets.forEach((s) => s.close());
		for (const c of cleanups.reverse()) await c();
	});

	const member = (circle: number, i: number) => fx.users.filter((u) => u.circle === circle)[i];
	async function joinedOn(node: number, circle: number, i: number) {
		const s = connect(nodes[node].url, member(circle, i).token);
		sockets.push(s);
		await connected(s);
		expect((await call(s, 'chat:join', { circleId: fx.circles[circle].id })).ok).toBe(true);
		return s;
	}

	it('sends messages across nodes, both ways, to the right circle only', async () => {
		const a = await joinedOn(0, 0, 0);
		const b = await joinedOn(1, 0, 1);
		const stranger = await joinedOn(1, 1, 1);
		let leaked = false;
		stranger.on('chat:message', () => (leaked = true));

		const atB = next<ChatMessage>(b, 'chat:message', (m) => m.body === 'van node 1');
		const sent = await call(a, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body: 'van node 1'
		});
		expect(sent.ok).toBe(true);
		expect((await atB).id).toBe((sent.message as ChatMessage).id);

		const atA = next<ChatMessage>(a, 'chat:message', (m) => m.body === 'van node 2');
		await call(b, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body: 'van node 2'
		});
		expect((await atA).body).toBe('van node 2');
		await new Promise((r) => setTimeout(r, 150));
		expect(leaked).toBe(false);
	});

	it("counts one person's sends on every node against one limit", async () => {
		// The nodes allow 20 sends per 10 s (startChatNode's default): 20 on one node use
		// up the allowance on the other too.
		const send = (s: Socket, i: number) =>
			call(s, 'chat:send', {
				circleId: fx.circles[0].id,
				clientId: randomUUID(),
				body: `tel ${i}`
			});
		const onA = await joinedOn(0, 0, 2);
		const onB = await joinedOn(1, 0, 2);
		for (let i = 0; i < 20; i++) expect((await send(onA, i)).ok).toBe(true);
		expect(await send(onB, 20)).toEqual({ ok: false, error: 'rate_limited' });
	});

	it('shows presence across nodes, and who left', async () => {
		const a = await joinedOn(0, 1, 0);
		const other = member(1, 2);
		const seen = next<{ online: { id: string }[] }>(a, 'chat:presence', (p) =>
			p.online.some((u) => u.id === other.id)
		);
		const b = await joinedOn(1, 1, 2);
		expect((await seen).online.map((u) => u.id)).toEqual(
			expect.arrayContaining([member(1, 0).id, other.id])
		);
		const typing = next<{ userId: string }>(a, 'chat:typing');
		await call(b, 'chat:typing', { circleId: fx.circles[1].id });
		expect((await typing).userId).toBe(other.id);
		const gone = next<{ online: { id: string }[] }>(a, 'chat:presence', (p) =>
			p.online.every((u) => u.id !== other.id)
		);
		b.close();
		expect((await gone).online.map((u) => u.id)).toContain(member(1, 0).id);
	});

	it('evicts a removed member from a node other than the one that removed them', async () => {
		const leaver = member(0, 3);
		const s = await joinedOn(1, 0, 3);
		const host = await joinedOn(0, 0, 0);
		await pgDb.query('delete from public.memberships where circle_id = $1 and user_id = $2', [
			fx.circles[0].id,
			leaver.id
		]);
		const evicted = next(s, 'chat:evicted');
		// A third process on the same Redis (as the one handling a host's form would be).
		await third.evict(fx.circles[0].id, leaver.id);
		await evicted;
		let leaked = false;
		s.on('chat:message', () => (leaked = true));
		await call(host, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body: 'daarna'
		});
		await new Promise((r) => setTimeout(r, 200));
		expect(leaked).toBe(false);
	});

	it("ends a person's sockets on every node from a third process (sign-out everywhere, erasure)", async () => {
		const person = member(1, 3);
		const onA = connect(nodes[0].url, person.token);
		const onB = connect(nodes[1].url, person.token);
		sockets.push(onA, onB);
		await Promise.all([connected(onA), connected(onB)]);
		const ended = (s: Socket) => new Promise<string>((r) => s.once('disconnect', r));
		const both = Promise.all([ended(onA), ended(onB)]);
		await third.disconnectUser(person.id);
		expect(await both).toEqual(['io server disconnect', 'io server disconnect']);
	});

	it('keeps counting sends on its own while Redis is away', async () => {
		const own = await startRedis(await freePort());
		const rt = await createRealtime(createServer(), {
			db: pgDb,
			auth: new EmbeddedAuth(pgDb, { sessionDays: 1 }),
			redisUrl: own.url,
			sendLimit: { points: 2, seconds: 60 }
		});
		try {
			await own.stop();
			await new Promise((r) => setTimeout(r, 300));
			const id = member(1, 3).id;
			await expect(rt.limitSend(id)).resolves.toBeUndefined();
			await expect(rt.limitSend(id)).resolves.toBeUndefined();
			await expect(rt.limitSend(id)).rejects.toMatchObject({ code: 'rate_limited' });
		} finally {
			await rt.close(); // does not wait for the missing Redis
		}
	});

	it('survives a Redis that dies while commands are on their way (no unhandled rejection)', async () => {
		const own = await startRedis(await freePort());
		const rt = await createRealtime(createServer(), {
			db: pgDb,
			auth: new EmbeddedAuth(pgDb, { sessionDays: 1 }),
			redisUrl: own.url
		});
		// Node ends the process on an unhandled rejection: one dropped publish would take
		// every chat on this node down with it.
		const unhandled: unknown[] = [];
		const onUnhandled = (reason: unknown) => unhandled.push(reason);
		process.on('unhandledRejection', onUnhandled);
		try {
			own.pause();
			// The adapter publishes these to the other nodes without waiting for an answer.
			for (let i = 0; i < 5; i++) rt.io.to(`circle:${randomUUID()}`).emit('chat:message', { i });
			await new Promise((r) => setTimeout(r, 100));
			await own.stop('SIGKILL');
			await new Promise((r) => setTimeout(r, 500));
			expect(unhandled).toEqual([]);
		} finally {
			process.off('unhandledRejection', onUnhandled);
			await rt.close();
		}
	});

	it('closing one node leaves the sockets on the other nodes connected', async () => {
		const s = await joinedOn(0, 1, 3);
		const extra = await createRealtime(createServer(), {
			db: pgDb,
			auth: new EmbeddedAuth(pgDb, { sessionDays: 1 }),
			redisUrl
		});
		let dropped = false;
		s.on('disconnect', () => (dropped = true));
		await extra.close();
		await new Promise((r) => setTimeout(r, 300));
		expect(dropped).toBe(false);
		expect(
			(
				await call(s, 'chat:send', {
					circleId: fx.circles[1].id,
					clientId: randomUUID(),
					body: 'nog hier'
				})
			).ok
		).toBe(true);
	});
});
