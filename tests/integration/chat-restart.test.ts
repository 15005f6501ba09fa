import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/lib/schemas/chat';
import { ChatSync } from '../../src/lib/components/chat/sync';
import type { Database } from '../../src/lib/server/db/types';
import { connect } from '../bench/chat-client';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { createPostgresDatabase, startChatNode, type ChatNode } from '../bench/chat-process';
import { freePort } from '../helpers/port';

// Kills the chat server process (SIGKILL) in the middle of a conversation and starts it
// again. Members keep typing meanwhile. Every acknowledged message must reach every
// member exactly once, in order, and every typed message must be stored exactly once.
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
	for (const c of cleanups.reverse()) await c();
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it('delivers every acknowledged message exactly once to every member after a crash', async () => {
	const port = await freePort();
	let dbTarget: string;
	let fixture: ChatFixture | null = null;
	let service: Database | null = null;
	const fixtureSize = { circles: 1, membersPerCircle: 4 };
	if (process.env.TEST_DATABASE_URL) {
		const pg = await createPostgresDatabase(process.env.TEST_DATABASE_URL);
		cleanups.push(() => pg.drop());
		fixture = await createChatFixture(pg.db, fixtureSize);
		service = pg.db;
		dbTarget = pg.url;
	} else {
		const dir = mkdtempSync(join(tmpdir(), 'kring-chat-restart-'));
		cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
		dbTarget = `pglite:${dir}`;
	}
	let node: ChatNode = await startChatNode({
		db: dbTarget,
		port,
		fixture: fixtureSize,
		sendPoints: 1000
	});
	cleanups.push(() => node.stop());
	fixture ??= node.fixture!;
	const circleId = fixture.circles[0].id;

	const acked = new Set<number>();
	const sockets: Socket[] = [];
	const members = fixture.users.map((u) => {
		const socket = connect(node.url, u.token, { reconnection: true });
		sockets.push(socket);
		const sync = new ChatSync(socket, circleId, { ackMs: 1500, onAck: (m) => acked.add(m.id) });
		sync.start();
		return sync;
	});
	cleanups.push(() => sockets.forEach((s) => s.close()));
	await expect.poll(() => members.every((m) => m.joined), { timeout: 15_000 }).toBe(true);

	let typed = 0;
	let talking = true;
	const conversation = (async () => {
		while (talking) {
			for (const [i, m] of members.entries()) {
				m.send(`lid ${i} zegt ${typed++}`);
			}
			await sleep(15);
		}
	})();

	// The crash must fall in the middle of a conversation: wait for the first acknowledgements
	// (on a busy CI machine the first ones can take longer than a fixed pause), then talk on.
	await expect.poll(() => acked.size, { timeout: 20_000 }).toBeGreaterThan(0);
	await sleep(400);
	await node.stop('SIGKILL');
	await sleep(300); // people keep typing while the server is down
	node = await startChatNode({ db: dbTarget, port, sendPoints: 1000 });
	await sleep(600);
	talking = false;
	await conversation;

	// Everything typed is sent eventually, and every member ends up with all of it.
	await expect
		.poll(() => members.every((m) => m.outbox.length === 0), { timeout: 60_000 })
		.toBe(true);
	await expect
		.poll(() => members.every((m) => [...acked].every((id) => m.messages.has(id))), {
			timeout: 30_000
		})
		.toBe(true);

	// A message stored just before the crash can lose its ack; it then leaves the outbox when
	// it comes back in the catch-up (ChatSync). So: nearly all acked, and every member holds
	// every typed message exactly once, the acknowledged ones included.
	expect(acked.size).toBeGreaterThan(typed - members.length);
	const texts = new Set<string>();
	for (const m of members) {
		const list = m.list();
		const ids = list.map((x: ChatMessage) => x.id);
		expect(ids).toHaveLength(typed);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		expect([...acked].every((id) => ids.includes(id))).toBe(true);
		expect(new Set(ids).size).toBe(ids.length);
		for (const x of list) texts.add(x.body ?? '');
		expect([...m.added.values()].every((n) => n === 1)).toBe(true);
	}
	// Every member holds the same typed messages, none lost.
	expect(texts.size).toBe(typed);
	// Stored exactly once each, despite resends after the crash.
	if (service) {
		const [{ n }] = await service.query<{ n: number }>(
			'select count(*)::int as n from public.chat_messages where circle_id = $1',
			[circleId]
		);
		expect(n).toBe(typed);
	}
}, 150_000);
