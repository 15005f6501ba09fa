import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRedirect } from '@sveltejs/kit';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedAuth } from '../../src/lib/server/auth/embedded';
import { createRealtime, registerRealtime, type Realtime } from '../../src/lib/server/realtime';
import { call, connect, connected, next } from '../bench/chat-client';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import {
	actions as chatActions,
	load as chatLoad
} from '../../src/routes/circles/[slug]/chat/+page.server';
import { cookieJar } from '../helpers/cookies';
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

/** A writer and a reader in the circle, and whether the reader heard a concern or the writer a crisis. */
async function concernPair(writerToken: string, readerToken: string) {
	const sender = await joined(writerToken);
	const reader = await joined(readerToken);
	const heard = { readerConcern: false, writerCrisis: false };
	reader.on('safety:concern', () => (heard.readerConcern = true));
	sender.on('safety:crisis', () => (heard.writerCrisis = true));
	return { sender, reader, heard: () => ({ ...heard }) };
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
		const { sender, reader, heard } = await concernPair(writer.token, other.token);
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
		expect(heard()).toEqual({ readerConcern: false, writerCrisis: false });
		expect(await crisisAlerts(host.id)).toHaveLength(before);
		expect(await crisisAlerts(writer.id)).toEqual([]);
	});
});

describe('chat:edit into heavy words that are not a crisis (concern)', () => {
	it('gives the same outcome as a new message: safety:concern to the writer only, no alert', async () => {
		const [host, writer, other] = fx.users;
		const { sender, heard } = await concernPair(writer.token, other.token);
		const sent = (await call(sender, 'chat:send', {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body: 'tot donderdag'
		})) as { ok: boolean; message: { id: number } };
		expect(sent.ok).toBe(true);
		const before = (await crisisAlerts(host.id)).length;
		const concernEvent = next<{ circleId: string }>(sender, 'safety:concern');
		const body = 'het wordt me allemaal te veel deze week';
		const edited = await call(sender, 'chat:edit', { messageId: sent.message.id, body });
		expect(edited).toMatchObject({ ok: true, message: { body } });
		expect('crisis' in edited).toBe(false);
		expect(await concernEvent).toEqual({ circleId: fx.circles[0].id });
		await new Promise((r) => setTimeout(r, 200));
		expect(heard()).toEqual({ readerConcern: false, writerCrisis: false });
		expect(await crisisAlerts(host.id)).toHaveLength(before);
	});
});

describe('the chat form without JavaScript (send and edit)', () => {
	type Jar = ReturnType<typeof cookieJar>;
	const redirectOf = async (run: () => Promise<unknown>) => {
		try {
			await run();
		} catch (e) {
			if (isRedirect(e)) return e.location;
			throw e;
		}
		throw new Error('no redirect');
	};
	const event = (user: { id: string }, cookies: Jar, form: Record<string, string>) => {
		const body = new FormData();
		for (const [k, v] of Object.entries(form)) body.set(k, v);
		return {
			locals: { db, user: { id: user.id } },
			params: { slug: fx.circles[0].slug },
			cookies,
			request: new Request(`http://localhost/circles/${fx.circles[0].slug}/chat`, {
				method: 'POST',
				body
			})
		} as never;
	};
	const load = async (user: { id: string }, cookies: Jar, search = '') => {
		const headers: Record<string, string> = {};
		const data = (await chatLoad({
			locals: { db, user: { id: user.id } },
			params: { slug: fx.circles[0].slug },
			url: new URL(`http://localhost/circles/${fx.circles[0].slug}/chat${search}`),
			cookies,
			setHeaders: (h: Record<string, string>) => Object.assign(headers, h)
		} as never)) as { notice: string | null; noticeHtml: string | null };
		return { notice: data.notice, noticeHtml: data.noticeHtml, headers };
	};
	const newest = async (authorId: string) =>
		(
			await db.query<{ id: number }>(
				'select id from public.chat_messages where author_id = $1 order by id desc limit 1',
				[authorId]
			)
		)[0].id;

	it('a heavy message: the line once, from a one-time cookie, never from the address', async () => {
		const [host, writer] = fx.users;
		const cookies = cookieJar();
		const before = (await crisisAlerts(host.id)).length;
		const location = await redirectOf(() =>
			chatActions.send(
				event(writer, cookies, {
					clientId: randomUUID(),
					body: 'het wordt me allemaal te veel deze week'
				})
			)
		);
		expect(location).toMatch(/^\/circles\/[^?]+\/chat#m-\d+$/);
		expect(cookies.get('kring_chat_notice')).toBe(`${writer.id}:concern`);
		const first = await load(writer, cookies);
		expect(first.notice).toBe('concern');
		// Not kept by the browser or the service worker, so back and reload do not bring it back.
		expect(first.headers['cache-control']).toContain('no-store');
		expect(first.headers['x-kring-once']).toBe('1');
		expect(cookies.get('kring_chat_notice')).toBeUndefined();
		const again = await load(writer, cookies);
		expect(again.notice).toBeNull();
		expect(again.headers).toEqual({});
		expect(await crisisAlerts(host.id)).toHaveLength(before);
	});

	it('an edit into heavy words shows the same line; an edit into crisis words alerts the host and shows 113', async () => {
		const [host, writer] = fx.users;
		const cookies = cookieJar();
		await redirectOf(() =>
			chatActions.send(event(writer, cookies, { clientId: randomUUID(), body: 'tot vrijdag' }))
		);
		expect(cookies.get('kring_chat_notice')).toBeUndefined();
		const id = String(await newest(writer.id));
		const before = (await crisisAlerts(host.id)).length;

		const heavy = await redirectOf(() =>
			chatActions.edit(
				event(writer, cookies, { messageId: id, body: 'ik kan niet meer, alles is me te veel' })
			)
		);
		expect(heavy).toBe(`/circles/${fx.circles[0].slug}/chat#m-${id}`);
		expect((await load(writer, cookies)).notice).toBe('concern');
		expect(await crisisAlerts(host.id)).toHaveLength(before);

		const plain = await redirectOf(() =>
			chatActions.edit(event(writer, cookies, { messageId: id, body: 'tot zaterdag' }))
		);
		expect(plain).not.toContain('notice');
		expect((await load(writer, cookies)).notice).toBeNull();

		const crisis = await redirectOf(() =>
			chatActions.edit(
				event(writer, cookies, { messageId: id, body: 'ik wil er een eind aan maken' })
			)
		);
		// Not to the message (#m-…), where the browser would scroll the crisis help away.
		expect(crisis).toBe(`/circles/${fx.circles[0].slug}/chat`);
		expect((await load(writer, cookies)).notice).toBe('crisis');
		expect((await load(writer, cookies)).notice).toBeNull();
		// The alert of a new message (or, when one is already open for this writer today, that
		// alert counts one more and points at this message), without the text.
		const [alert] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.crisis_alerts where message_id = $1',
			[Number(id)]
		);
		expect(alert.n).toBe(1);
		expect(JSON.stringify(await crisisAlerts(host.id))).not.toContain('eind');
	});

	it('a link with ?notice=crisis or ?notice=concern shows nothing; the other notices still come from the address', async () => {
		const [, , reader] = fx.users;
		const cookies = cookieJar();
		for (const notice of ['crisis', 'concern']) {
			const page = await load(reader, cookies, `?notice=${notice}`);
			expect(page.notice).toBeNull();
			expect(page.noticeHtml).toBeNull();
		}
		expect((await load(reader, cookies, '?notice=blocked')).notice).toBe('blocked');
		expect((await load(reader, cookies, '?notice=something')).notice).toBeNull();
	});

	it("the one-time notice is its writer's: on a shared phone the next person signed in does not see it", async () => {
		const [, writer, next] = fx.users;
		const cookies = cookieJar();
		const location = await redirectOf(() =>
			chatActions.send(
				event(writer, cookies, { clientId: randomUUID(), body: 'ik wil er niet meer zijn' })
			)
		);
		// The page opens at its top, where 113 and 112 are, not at the message (#m-…).
		expect(location).toBe(`/circles/${fx.circles[0].slug}/chat`);
		expect(cookies.get('kring_chat_notice')).toBe(`${writer.id}:crisis`);
		const page = await load(next, cookies);
		expect(page.notice).toBeNull();
		expect(page.noticeHtml).toBeNull();
		// Gone, not kept for later: the writer signing in again on this phone does not get it either.
		expect(cookies.get('kring_chat_notice')).toBeUndefined();
		expect((await load(writer, cookies)).notice).toBeNull();

		// A cookie made by hand with only a level (the old form) shows nothing.
		cookies.set('kring_chat_notice', 'crisis', { path: '/' });
		expect((await load(writer, cookies)).notice).toBeNull();
	});
});
