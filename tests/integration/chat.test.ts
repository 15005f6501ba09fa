import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../src/lib/schemas/chat';
import { EmbeddedAuth } from '../../src/lib/server/auth/embedded';
import { withUser } from '../../src/lib/server/db/session';
import {
	createRealtime,
	evictFromCircle,
	limitSend,
	publishMessage,
	registerRealtime,
	type Realtime
} from '../../src/lib/server/realtime';
import { postMessage } from '../../src/lib/server/chat';
import { readNavigation } from '../../src/lib/server/navigation';
import { call, connect, connected, next } from '../bench/chat-client';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// The socket server in this process on a real http port, real socket.io clients, a real
// database: handshake, rooms, persist-then-broadcast, acks, retries, history, safety.
let db: TestDatabase;
let http: Server;
let realtime: Realtime;
let url: string;
let fx: ChatFixture;
const open: Socket[] = [];

const member = (circle: number, i: number) => fx.users.filter((u) => u.circle === circle)[i];
async function client(token: string | null) {
	const s = connect(url, token);
	open.push(s);
	return connected(s);
}
async function joined(token: string, circle: number) {
	const s = await client(token);
	expect((await call(s, 'chat:join', { circleId: fx.circles[circle].id })).ok).toBe(true);
	return s;
}
const send = (s: Socket, circle: number, body: string, clientId: string = randomUUID()) =>
	call(s, 'chat:send', { circleId: fx.circles[circle].id, clientId, body });

beforeAll(async () => {
	db = await createTestDatabase();
	fx = await createChatFixture(db, { circles: 3, membersPerCircle: 4 });
	http = createServer();
	realtime = await createRealtime(http, {
		db,
		auth: new EmbeddedAuth(db, { sessionDays: 1 }),
		sendLimit: { points: 30, seconds: 60 },
		revalidateMs: 300
	});
	registerRealtime(realtime);
	await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
	url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
	open.forEach((s) => s.close());
	registerRealtime(undefined);
	await realtime?.close();
	await new Promise((r) => http?.close(r));
	await db?.close();
});

describe('handshake', () => {
	it('refuses a socket without a session, or with a made-up one', async () => {
		await expect(client(null)).rejects.toThrow('unauthenticated');
		await expect(client('not-a-real-session')).rejects.toThrow('unauthenticated');
	});
	it('refuses browsers from another site', async () => {
		const { io } = await import('socket.io-client');
		const s = io(url, {
			transports: ['polling'],
			forceNew: true,
			reconnection: false,
			extraHeaders: {
				cookie: `kring_session=${member(0, 0).token}`,
				origin: 'https://evil.example'
			}
		});
		open.push(s);
		await expect(connected(s)).rejects.toThrow();
	});
	it('lets a signed-in person connect', async () => {
		const s = await client(member(0, 1).token);
		expect(s.connected).toBe(true);
	});
});

describe('messages', () => {
	it('stores first, then sends to every member; the ack has the stored id and time', async () => {
		const a = await joined(member(0, 1).token, 0);
		const b = await joined(member(0, 2).token, 0);
		const other = await joined(member(1, 1).token, 1);
		let leaked = false;
		other.on('chat:message', () => (leaked = true));
		const received = next<ChatMessage>(b, 'chat:message', (m) => m.body === 'Hallo allemaal');
		const ack = await send(a, 0, '  Hallo allemaal  ');
		expect(ack.ok).toBe(true);
		const stored = ack.message as ChatMessage;
		expect(stored.id).toBeGreaterThan(0);
		expect(Date.parse(stored.createdAt)).toBeGreaterThan(Date.now() - 60_000);
		expect((await received).id).toBe(stored.id);
		const [row] = await db.query<{ body: string }>(
			'select body from public.chat_messages where id = $1',
			[stored.id]
		);
		expect(row.body).toBe('Hallo allemaal');
		await new Promise((r) => setTimeout(r, 100));
		expect(leaked).toBe(false);
	});

	it('a retry with the same client id stores nothing twice', async () => {
		const a = await joined(member(0, 1).token, 0);
		const clientId = randomUUID();
		const first = await send(a, 0, 'Eén keer', clientId);
		const again = await send(a, 0, 'Eén keer', clientId);
		expect((again.message as ChatMessage).id).toBe((first.message as ChatMessage).id);
		const [{ n }] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.chat_messages where client_id = $1',
			[clientId]
		);
		expect(n).toBe(1);
	});

	it('pages back with a cursor and catches up after an id, in order, with edits since', async () => {
		const a = await joined(member(2, 1).token, 2);
		const ids: number[] = [];
		for (let i = 0; i < 7; i++) {
			const ack = await send(a, 2, `bericht ${i}`);
			const message = ack.message as ChatMessage;
			// Each says which one came before it in the circle (ids are shared by all circles).
			if (i > 0) expect(message.previousId).toBe(ids[i - 1]);
			ids.push(message.id);
		}
		const circleId = fx.circles[2].id;
		const latest = await call(a, 'chat:history', { circleId, limit: 3 });
		expect((latest.messages as ChatMessage[]).map((m) => m.id)).toEqual(ids.slice(4));
		expect(latest.hasMore).toBe(true);
		const older = await call(a, 'chat:history', { circleId, before: ids[4], limit: 3 });
		expect((older.messages as ChatMessage[]).map((m) => m.id)).toEqual(ids.slice(1, 4));
		const since = new Date().toISOString();
		await new Promise((r) => setTimeout(r, 20));
		await call(a, 'chat:edit', { messageId: ids[0], body: 'bericht 0 (bewerkt)' });
		const after = await call(a, 'chat:history', { circleId, after: ids[2], changedSince: since });
		const got = after.messages as ChatMessage[];
		// Everything after the id, plus a minute of overlap before `changedSince` (so the
		// older ones, all written just now, come along) with the edit.
		expect(got.map((m) => m.id)).toEqual(ids);
		expect(got[0]).toMatchObject({ body: 'bericht 0 (bewerkt)', edited: true });
		// The overlap is a minute, not the whole history.
		const later = new Date(Date.now() + 2 * 60_000).toISOString();
		const bounded = await call(a, 'chat:history', { circleId, after: ids[2], changedSince: later });
		expect((bounded.messages as ChatMessage[]).map((m) => m.id)).toEqual(ids.slice(3));
	});

	it('authors edit and delete their own; hosts hide with a reason; others cannot', async () => {
		const author = await joined(member(1, 1).token, 1);
		const peer = await joined(member(1, 2).token, 1);
		const host = await joined(member(1, 0).token, 1);
		const id = ((await send(author, 1, 'Eerste versie')).message as ChatMessage).id;

		expect(await call(peer, 'chat:edit', { messageId: id, body: 'gekaapt' })).toEqual({
			ok: false,
			error: 'forbidden'
		});
		expect((await call(peer, 'chat:delete', { messageId: id })).ok).toBe(false);
		expect((await call(peer, 'chat:hide', { messageId: id, reason: 'x' })).ok).toBe(false);

		const seen = next<ChatMessage>(peer, 'chat:message', (m) => m.id === id && m.edited);
		const edited = await call(author, 'chat:edit', { messageId: id, body: 'Tweede versie' });
		expect(edited.message).toMatchObject({ body: 'Tweede versie', edited: true });
		expect((await seen).body).toBe('Tweede versie');

		const hidden = await call(host, 'chat:hide', {
			messageId: id,
			reason: 'Persoonlijke gegevens'
		});
		expect(hidden.message).toMatchObject({
			body: null,
			hidden: { reason: 'Persoonlijke gegevens' }
		});

		const id2 = ((await send(author, 1, 'Weg ermee')).message as ChatMessage).id;
		const removed = await call(author, 'chat:delete', { messageId: id2 });
		expect(removed.message).toMatchObject({ body: null, deleted: true });
		const [row] = await db.query<{ body: string }>(
			'select body from public.chat_messages where id = $1',
			[id2]
		);
		expect(row.body).toBe('');
	});

	it('gives every change a later change time than the one before, so the last write wins', async () => {
		const author = member(0, 3);
		const edit = (tx: Parameters<Parameters<typeof withUser>[2]>[0], id: string, body: string) =>
			tx
				.query<{ updated_at: string }>(
					`update public.chat_messages set body = $2, edited_at = now() where id = $1
					 returning to_char(updated_at at time zone 'utc', 'YYYY-MM-DD"T"HH24:MI:SS.US') as updated_at`,
					[id, body]
				)
				.then(([r]) => r.updated_at);
		// Two edits in one transaction: now() is the same for both, the change times differ.
		const [{ id }] = await db.query<{ id: string }>(
			`insert into public.chat_messages (circle_id, author_id, client_id, body)
			 values ($1, $2, $3, 'een') returning id::text`,
			[fx.circles[0].id, author.id, randomUUID()]
		);
		const [first, second] = await withUser(db, { id: author.id }, async (tx) => [
			await edit(tx, id, 'twee'),
			await edit(tx, id, 'drie')
		]);
		expect(second > first).toBe(true);
		// A row whose last change time is ahead of this transaction's clock (a racing edit
		// that started later but committed first): the next change still comes after it.
		await db.exec(
			`alter table public.chat_messages disable trigger chat_messages_guard_update;
			 update public.chat_messages set updated_at = now() + interval '1 hour' where id = ${Number(id)};
			 alter table public.chat_messages enable trigger chat_messages_guard_update;`
		);
		const later = await withUser(db, { id: author.id }, (tx) => edit(tx, id, 'vier'));
		expect(Date.parse(`${later}Z`)).toBeGreaterThan(Date.now() + 59 * 60_000);
	});

	it('reports a message into the moderation queue with a copy of its text', async () => {
		const author = await joined(member(2, 2).token, 2);
		const reporter = await joined(member(2, 3).token, 2);
		const id = ((await send(author, 2, 'Iets vervelends')).message as ChatMessage).id;
		expect((await call(reporter, 'chat:report', { messageId: id, reason: 'Onaardig' })).ok).toBe(
			true
		);
		expect((await call(reporter, 'chat:report', { messageId: id, reason: 'Nog eens' })).ok).toBe(
			true
		);
		const rows = await withUser(db, { id: fx.worker.id }, (tx) =>
			tx.query<{ message_body: string; reason: string }>(
				'select message_body, reason from private.handled_reports() where message_id = $1',
				[id]
			)
		);
		expect(rows).toEqual([{ message_body: 'Iets vervelends', reason: 'Onaardig' }]);
	});

	it('publishes messages stored by the form action to live sockets', async () => {
		const watcher = await joined(member(2, 1).token, 2);
		const author = member(2, 2);
		const seen = next<ChatMessage>(watcher, 'chat:message', (m) => m.body === 'Via het formulier');
		const { message } = await postMessage(
			db,
			{ id: author.id },
			{ circleId: fx.circles[2].id, clientId: randomUUID(), body: 'Via het formulier' }
		);
		publishMessage(message);
		expect((await seen).id).toBe(message.id);
	});
});

describe('who may read and post', () => {
	it('a non-member cannot join, read or post', async () => {
		const s = await client(fx.outsider.token);
		const circleId = fx.circles[0].id;
		expect(await call(s, 'chat:join', { circleId })).toEqual({ ok: false, error: 'forbidden' });
		expect(await call(s, 'chat:history', { circleId })).toEqual({ ok: false, error: 'forbidden' });
		expect((await send(s, 0, 'Mag ik meedoen?')).error).toBe('forbidden');
		expect(await call(s, 'chat:typing', { circleId })).toEqual({ ok: false, error: 'forbidden' });
		// A member of another circle is a non-member here too.
		const m1 = await client(member(1, 1).token);
		expect((await send(m1, 0, 'Verkeerde kring')).error).toBe('forbidden');
	});

	it('a removed member is taken out at once and can no longer read or post', async () => {
		const leaver = member(0, 3);
		const s = await joined(leaver.token, 0);
		const host = await joined(member(0, 0).token, 0);
		await withUser(db, { id: member(0, 0).id }, (tx) =>
			tx.query('delete from public.memberships where circle_id = $1 and user_id = $2', [
				fx.circles[0].id,
				leaver.id
			])
		);
		const evicted = next(s, 'chat:evicted');
		await evictFromCircle(fx.circles[0].id, leaver.id);
		await evicted;
		let leaked = false;
		s.on('chat:message', () => (leaked = true));
		await send(host, 0, 'Na het vertrek');
		await new Promise((r) => setTimeout(r, 150));
		expect(leaked).toBe(false);
		expect((await send(s, 0, 'Ik ben er nog')).error).toBe('forbidden');
		expect((await call(s, 'chat:history', { circleId: fx.circles[0].id })).error).toBe('forbidden');
		expect((await call(s, 'chat:join', { circleId: fx.circles[0].id })).error).toBe('forbidden');
	});

	it('without an evict call, the periodic check still takes a removed member out', async () => {
		const leaver = member(2, 3);
		const s = await joined(leaver.token, 2);
		await db.query('delete from public.memberships where circle_id = $1 and user_id = $2', [
			fx.circles[2].id,
			leaver.id
		]);
		await expect(next(s, 'chat:evicted')).resolves.toEqual({
			circleId: fx.circles[2].id
		});
	});
});

describe('safety', () => {
	it('answers malformed events with an error ack and keeps running', async () => {
		const s = await joined(member(1, 1).token, 1);
		const circleId = fx.circles[1].id;
		for (const bad of [
			null,
			42,
			'text',
			[],
			{ circleId },
			{ circleId: 'x', clientId: 'y', body: 'z' }
		])
			expect(await call(s, 'chat:send', bad)).toEqual({ ok: false, error: 'invalid' });
		expect(
			await call(s, 'chat:send', { circleId, clientId: randomUUID(), body: 'x'.repeat(2001) })
		).toEqual({ ok: false, error: 'too_long' });
		expect(await call(s, 'chat:send', { circleId, clientId: randomUUID(), body: '   ' })).toEqual({
			ok: false,
			error: 'invalid'
		});
		s.emit('chat:send', { circleId }); // no ack callback at all
		s.emit('chat:no-such-event', 1, 2, 3);
		expect((await send(s, 1, 'Nog steeds hier')).ok).toBe(true);
	});

	it('closes a socket that sends more than the payload limit, and the server lives on', async () => {
		const s = await joined(member(1, 2).token, 1);
		const closed = new Promise((r) => s.once('disconnect', r));
		s.emit('chat:send', {
			circleId: fx.circles[1].id,
			clientId: randomUUID(),
			body: 'x'.repeat(40_000)
		});
		await closed;
		const again = await joined(member(1, 2).token, 1);
		expect((await send(again, 1, 'Weer verbonden')).ok).toBe(true);
	});

	it('limits how fast one person sends', async () => {
		const s = await joined(member(2, 0).token, 2);
		const results: (string | undefined)[] = [];
		for (let i = 0; i < 32; i++) results.push((await send(s, 2, `snel ${i}`)).error);
		expect(results).toContain('rate_limited');
		// The no-JS form counts against the same limit.
		await expect(limitSend(member(2, 0).id)).rejects.toMatchObject({ code: 'rate_limited' });
		await expect(limitSend(member(2, 1).id)).resolves.toBeUndefined();
	});
});

describe('presence, typing and unread counts', () => {
	it('shows who is online and who is typing, throttled', async () => {
		const a = await joined(member(1, 1).token, 1);
		const bUser = member(1, 3);
		const presence = next<{ online: { id: string }[] }>(a, 'chat:presence', (p) =>
			p.online.some((u) => u.id === bUser.id)
		);
		const b = await joined(bUser.token, 1);
		expect((await presence).online.map((u) => u.id)).toContain(member(1, 1).id);
		const typing: unknown[] = [];
		a.on('chat:typing', (t) => typing.push(t));
		const first = next(a, 'chat:typing');
		for (let i = 0; i < 5; i++) await call(b, 'chat:typing', { circleId: fx.circles[1].id });
		// The first has to arrive (however slow the machine); a second would come right after it.
		await first;
		await new Promise((r) => setTimeout(r, 150));
		expect(typing).toEqual([
			{ circleId: fx.circles[1].id, userId: bUser.id, name: expect.any(String) }
		]);
		const gone = next<{ online: { id: string }[] }>(a, 'chat:presence', (p) =>
			p.online.every((u) => u.id !== bUser.id)
		);
		b.close();
		await gone;
	});

	it('counts unread messages per circle, live, and clears them when read', async () => {
		const reader = member(1, 2);
		const nav = await client(reader.token);
		const initial = await call(nav, 'chat:unread', {});
		expect(initial.ok).toBe(true);
		const activity = next<{ circleId: string; id: number }>(nav, 'chat:activity');
		const writer = await joined(member(1, 0).token, 1);
		const id = ((await send(writer, 1, 'Ongelezen?')).message as ChatMessage).id;
		expect(await activity).toMatchObject({ circleId: fx.circles[1].id, id });
		const counts = (await call(nav, 'chat:unread', {})).counts as Record<string, number>;
		expect(counts[fx.circles[1].id]).toBeGreaterThan(0);
		// The page header (server-rendered) shows the same count as the socket.
		const header = await readNavigation(db, reader);
		expect(header.profile?.id).toBe(reader.id);
		expect(header.unreadChat[fx.circles[1].id]).toBe(counts[fx.circles[1].id]);
		const cleared = next<Record<string, number>>(nav, 'chat:unread');
		await call(nav, 'chat:read', { circleId: fx.circles[1].id, lastReadId: id });
		expect((await cleared)[fx.circles[1].id]).toBe(0);
		expect((await readNavigation(db, reader)).unreadChat[fx.circles[1].id]).toBe(0);
	});
});
