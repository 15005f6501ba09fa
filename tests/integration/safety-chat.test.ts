import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedAuth } from '../../src/lib/server/auth/embedded';
import { createRealtime, registerRealtime, type Realtime } from '../../src/lib/server/realtime';
import { call, connect, connected, next } from '../bench/chat-client';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// The crisis gate on the chat's socket: a real socket.io server and clients on a real database.
let db: TestDatabase;
let http: Server;
let realtime: Realtime;
let url: string;
let fx: ChatFixture;
const open: Socket[] = [];

beforeAll(async () => {
	db = await createTestDatabase();
	fx = await createChatFixture(db, { circles: 1, membersPerCircle: 3 });
	http = createServer();
	realtime = await createRealtime(http, {
		db,
		auth: new EmbeddedAuth(db, { sessionDays: 1 }),
		sendLimit: { points: 30, seconds: 60 }
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

async function joined(token: string) {
	const s = await connected(connect(url, token));
	open.push(s);
	expect((await call(s, 'chat:join', { circleId: fx.circles[0].id })).ok).toBe(true);
	return s;
}

const crisisAlerts = (userId: string) =>
	db.query<{ payload: Record<string, string> }>(
		`select payload from public.notifications where user_id = $1 and kind = 'crisis_alert'`,
		[userId]
	);

describe('chat:send with words about suicide or self-harm', () => {
	it('stores and broadcasts the message, tells the writer (ack and event) and alerts the host', async () => {
		const [host, writer, other] = fx.users;
		const sender = await joined(writer.token);
		const reader = await joined(other.token);
		const crisisEvent = next<{ circleId: string }>(sender, 'safety:crisis');
		const arrives = next<{ body: string }>(reader, 'chat:message');
		const clientId = randomUUID();
		const body = 'ik wil er niet meer zijn';
		const ack = (await call(sender, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId,
			body
		})) as { ok: boolean; crisis?: boolean; message?: { body: string } };
		expect(ack).toMatchObject({ ok: true, crisis: true, message: { body } });
		expect(await crisisEvent).toEqual({ circleId: fx.circles[0].id });
		expect((await arrives).body).toBe(body);
		expect(await crisisAlerts(host.id)).toHaveLength(1);
		expect(await crisisAlerts(writer.id)).toEqual([]);
		expect(await crisisAlerts(other.id)).toEqual([]);

		// A resend of the same message (a lost ack) still shows the help, without a second alert.
		const again = await call(sender, 'chat:send', { circleId: fx.circles[0].id, clientId, body });
		expect(again).toMatchObject({ ok: true, crisis: true });
		expect(await crisisAlerts(host.id)).toHaveLength(1);

		const normal = await call(sender, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body: 'tot dinsdag!'
		});
		expect(normal.ok).toBe(true);
		expect('crisis' in normal).toBe(false);
	});
});

describe('chat:edit with words about suicide or self-harm', () => {
	it('passes the same gate: the writer is told (ack and event), the host is alerted without the text', async () => {
		const [host, , writer] = fx.users;
		const sender = await joined(writer.token);
		const sent = (await call(sender, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body: 'fijne avond allemaal'
		})) as { ok: boolean; crisis?: boolean; message: { id: number } };
		expect(sent.ok).toBe(true);
		expect('crisis' in sent).toBe(false);
		const before = (await crisisAlerts(host.id)).length;

		const crisisEvent = next<{ circleId: string }>(sender, 'safety:crisis');
		const body = 'eigenlijk zie ik het niet meer zitten';
		const edited = (await call(sender, 'chat:edit', { messageId: sent.message.id, body })) as {
			ok: boolean;
			crisis?: boolean;
			message?: { body: string };
		};
		expect(edited).toMatchObject({ ok: true, crisis: true, message: { body } });
		expect(await crisisEvent).toEqual({ circleId: fx.circles[0].id });
		const alerts = await crisisAlerts(host.id);
		expect(alerts).toHaveLength(before + 1);
		expect(JSON.stringify(alerts)).not.toContain('zitten');
		expect(await crisisAlerts(writer.id)).toEqual([]);

		const plain = await call(sender, 'chat:edit', {
			messageId: sent.message.id,
			body: 'fijne avond allemaal!'
		});
		expect(plain.ok).toBe(true);
		expect('crisis' in plain).toBe(false);
	});
});

describe('chat:send with heavy words that are not a crisis (concern)', () => {
	it('tells only the writer (safety:concern, a calm line under the input), alerts nobody', async () => {
		const [host, writer, other] = fx.users;
		const sender = await joined(writer.token);
		const reader = await joined(other.token);
		let readerHeard = false;
		reader.on('safety:concern', () => (readerHeard = true));
		let crisisHeard = false;
		sender.on('safety:crisis', () => (crisisHeard = true));
		const before = (await crisisAlerts(host.id)).length;
		const concernEvent = next<{ circleId: string }>(sender, 'safety:concern');
		const arrives = next<{ body: string }>(reader, 'chat:message');
		const body = 'het wordt me allemaal te veel deze week';
		const ack = await call(sender, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body
		});
		expect(ack).toMatchObject({ ok: true, message: { body } });
		expect('crisis' in ack).toBe(false);
		expect(await concernEvent).toEqual({ circleId: fx.circles[0].id });
		expect((await arrives).body).toBe(body);
		// A wrong event to the room would come right after the message: give it time to land.
		await new Promise((r) => setTimeout(r, 200));
		expect(readerHeard).toBe(false);
		expect(crisisHeard).toBe(false);
		expect(await crisisAlerts(host.id)).toHaveLength(before);
		expect(await crisisAlerts(writer.id)).toEqual([]);
	});
});
