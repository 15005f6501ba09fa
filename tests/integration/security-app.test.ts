import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRedirect } from '@sveltejs/kit';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedAuth, SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../../src/lib/server/auth';
import { readMailbox } from '../../src/lib/server/auth/mailbox';
import { SupabaseAuth } from '../../src/lib/server/auth/supabase';
import {
	createRealtime,
	disconnectUser,
	registerRealtime,
	type Realtime
} from '../../src/lib/server/realtime';
import { call, connected } from '../bench/chat-client';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { cookieJar } from '../helpers/cookies';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// Issue 10, "through the app": each hole an attacker found, tried the way they tried it.
let db: TestDatabase;
beforeAll(async () => {
	db = await createTestDatabase();
});
afterAll(() => db?.close());

const ORIGIN = 'http://localhost:5173';
const context = (ip = '198.51.100.7') => ({ cookies: cookieJar(), clientAddress: ip });

function lastCode(email: string) {
	const code = readMailbox()
		.find((l) => l.to === email)
		?.body.match(/\b(\d{6})\b/)?.[1];
	if (!code) throw new Error(`no code for ${email}`);
	return code;
}

/** A form post to a route action, as SvelteKit would hand it over. */
function formEvent(
	path: string,
	form: Record<string, string>,
	locals: Record<string, unknown>,
	ip = '198.51.100.7'
) {
	const url = new URL(path, ORIGIN);
	const cookies = cookieJar();
	return {
		url,
		cookies,
		locals: { user: null, ...locals },
		params: {},
		getClientAddress: () => ip,
		setHeaders: () => {},
		request: new Request(url, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
			body: new URLSearchParams(form)
		})
	};
}

/** Runs a route action and returns where it redirected to (or throws what it returned). */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
	try {
		const result = await run();
		throw new Error(`no redirect: ${JSON.stringify(result)}`);
	} catch (e) {
		if (isRedirect(e)) return e.location;
		throw e;
	}
}

describe('9. no open redirect after sign-in', () => {
	const evil = [
		'%2F%09%2Fevil.example',
		'%2F%0A%2Fevil.example',
		'%2F%0D%0A%2Fevil.example',
		'%2F%5Cevil.example',
		'https%3A%2F%2Fevil.example',
		'%2F%2Fevil.example'
	];

	it('the demo sign-in only follows same-origin paths', async () => {
		const { actions } = await import('../../src/routes/signin/+page.server');
		const auth = new EmbeddedAuth(db, { sessionDays: 1 });
		for (const target of evil) {
			const event = formEvent(
				`/signin?/demo&redirectTo=${target}`,
				{ account: 'resident' },
				{
					auth,
					db
				}
			);
			const location = await redirectOf(() => actions.demo(event as never));
			expect(new URL(location, ORIGIN).origin, target).toBe(ORIGIN);
			expect(location, target).not.toMatch(/[\r\n\t]/);
		}
		const ok = formEvent(
			'/signin?/demo&redirectTo=%2Fcircles%3Fq%3Dkoffie',
			{ account: 'host' },
			{
				auth,
				db
			}
		);
		expect(await redirectOf(() => actions.demo(ok as never))).toBe('/circles?q=koffie');
	});

	it('sending and verifying a code only follow same-origin paths', async () => {
		const { actions } = await import('../../src/routes/signin/+page.server');
		const auth = new EmbeddedAuth(db, { sessionDays: 1 });
		const email = 'redirect@kring.example';
		const send = formEvent(`/signin?/send&redirectTo=${evil[0]}`, { email }, { auth, db });
		const afterSend = await redirectOf(() => actions.send(send as never));
		expect(afterSend).toBe(`/signin?step=code&redirectTo=${encodeURIComponent('/')}`);

		const verify = formEvent(
			`/signin?/verify&redirectTo=${evil[0]}`,
			{ email, code: lastCode(email) },
			{ auth, db }
		);
		// The code belongs to the browser that asked for it.
		verify.cookies.set(auth.cookies.requester, send.cookies.get(auth.cookies.requester)!, {
			path: '/'
		});
		expect(await redirectOf(() => actions.verify(verify as never))).toBe('/');
	});
});

describe('11. Secure, __Host- session cookies in production', () => {
	it('production sets __Host-kring_session with Secure, path / and no domain; development keeps the plain name', async () => {
		const production = new EmbeddedAuth(db, { sessionDays: 1, secureCookies: true });
		const ctx = context();
		await production.startSession(ctx, 'secure@kring.example');
		expect(ctx.cookies.get(SESSION_COOKIE)).toBeUndefined();
		expect(ctx.cookies.get(SECURE_SESSION_COOKIE)).toMatch(/^[\w-]{40,}$/);
		const options = ctx.cookies.options.get(SECURE_SESSION_COOKIE) as Record<string, unknown>;
		expect(options).toMatchObject({ secure: true, path: '/', httpOnly: true, sameSite: 'lax' });
		expect(options.domain).toBeUndefined();
		expect((await production.currentUser(ctx))?.email).toBe('secure@kring.example');

		// A cookie without the prefix (which any subdomain or http page could plant) is ignored.
		const planted = context();
		planted.cookies.set(SESSION_COOKIE, ctx.cookies.get(SECURE_SESSION_COOKIE)!, { path: '/' });
		expect(await production.currentUser(planted)).toBeNull();

		const development = new EmbeddedAuth(db, { sessionDays: 1 });
		const dev = context();
		await development.startSession(dev, 'plain@kring.example');
		expect(dev.cookies.get(SESSION_COOKIE)).toBeTruthy();
		expect(dev.cookies.options.get(SESSION_COOKIE)).toMatchObject({ secure: false });
	});

	it('Supabase session cookies get the __Host- prefix and Secure in production', () => {
		const settings = { url: 'https://abcd.supabase.co', anonKey: 'x'.repeat(40) };
		expect(new SupabaseAuth(settings, fetch, { secureCookies: true }).cookieName).toBe(
			'__Host-sb-abcd-auth-token'
		);
		expect(new SupabaseAuth(settings).cookieName).toBe('sb-abcd-auth-token');
	});
});

describe('14. nobody can lock someone else out of signing in', () => {
	it('many code requests and wrong codes from other addresses leave the owner able to sign in', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 1 });
		const victim = 'target@kring.example';
		// The owner asks for a code first.
		const owner = context('192.0.2.10');
		expect(await auth.sendCode(owner, victim)).toEqual({ ok: true });
		const code = lastCode(victim);

		// An attacker from a few addresses asks for codes and tries wrong ones.
		for (let a = 0; a < 3; a++) {
			const attacker = context(`203.0.113.${a + 1}`);
			for (let i = 0; i < 5; i++) await auth.sendCode(attacker, victim);
			for (let i = 0; i < 12; i++) {
				const guess = String(100000 + a * 100 + i);
				if (guess === code) continue;
				expect((await auth.verifyCode(attacker, victim, guess)).ok).toBe(false);
			}
			// Even the owner's own code does not work from the attacker's browser.
			expect((await auth.verifyCode(attacker, victim, code)).ok).toBe(false);
		}
		// Wrong codes typed without any browser of their own do nothing either.
		for (let i = 0; i < 12; i++) await auth.verifyCode(context('203.0.113.9'), victim, '000000');

		// The owner's code still works in the owner's browser.
		expect(await auth.verifyCode(owner, victim, code)).toEqual({ ok: true });
		expect((await auth.currentUser(owner))?.email).toBe(victim);
	});

	it('the owner can still ask for a new code after an attacker used up the per-email limit', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 1 });
		const victim = 'flooded@kring.example';
		// The owner signed in once before in this browser.
		const owner = context('192.0.2.20');
		await auth.sendCode(owner, victim);
		expect((await auth.verifyCode(owner, victim, lastCode(victim))).ok).toBe(true);

		// Requests from many addresses use up the per-email flood limit ...
		for (let a = 0; a < 12; a++) await auth.sendCode(context(`203.0.113.${50 + a}`), victim);
		expect(await auth.sendCode(context('203.0.113.99'), victim)).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		// ... but not for the browser that signed in to this address before.
		const again = context('192.0.2.20');
		again.cookies.set(auth.cookies.device, owner.cookies.get(auth.cookies.device)!, { path: '/' });
		expect(await auth.sendCode(again, victim)).toEqual({ ok: true });
		expect((await auth.verifyCode(again, victim, lastCode(victim))).ok).toBe(true);
	});

	it('one address cannot try endless codes', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 1 });
		const ctx = context('203.0.113.200');
		await auth.sendCode(ctx, 'brute@kring.example');
		const results = [];
		for (let i = 0; i < 12; i++)
			results.push(await auth.verifyCode(ctx, 'brute@kring.example', String(200000 + i)));
		expect(results.at(-1)).toEqual({ ok: false, reason: 'rate_limited' });
	});
});

describe('13. an open socket stops working after sign-out', () => {
	let http: Server;
	let realtime: Realtime;
	let url: string;
	let fx: ChatFixture;
	const auth = () => new EmbeddedAuth(db, { sessionDays: 1, secureCookies: true });
	const sockets: Socket[] = [];

	beforeAll(async () => {
		fx = await createChatFixture(db, { circles: 1, membersPerCircle: 3 });
		http = createServer();
		realtime = await createRealtime(http, { db, auth: auth(), revalidateMs: 60_000 });
		registerRealtime(realtime);
		await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
		url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		sockets.forEach((s) => s.close());
		registerRealtime(undefined);
		await realtime?.close();
		await new Promise((r) => http?.close(r));
	});

	function open(cookie: string) {
		const s = ioClient(url, {
			transports: ['websocket'],
			forceNew: true,
			reconnection: false,
			extraHeaders: { cookie }
		});
		sockets.push(s);
		return connected(s);
	}
	const member = (i: number) => fx.users[i];
	const circleId = () => fx.circles[0].id;
	const closed = (s: Socket) =>
		new Promise<string>((resolve) => {
			if (s.disconnected) return resolve('already');
			s.once('disconnect', (reason) => resolve(reason));
		});

	it('the handshake reads the __Host- cookie in production, and only that one', async () => {
		const s = await open(`${SECURE_SESSION_COOKIE}=${member(1).token}`);
		expect(s.connected).toBe(true);
		await expect(open(`${SESSION_COOKIE}=${member(1).token}`)).rejects.toThrow('unauthenticated');
	});

	it('a sign-out elsewhere (session gone) makes the next send and read fail, and ends the socket', async () => {
		const s = await open(`${SECURE_SESSION_COOKIE}=${member(1).token}`);
		expect((await call(s, 'chat:join', { circleId: circleId() })).ok).toBe(true);
		const ended = closed(s);
		await db.query(`delete from kring_auth.sessions where user_id = $1`, [member(1).id]);
		const send = await call(s, 'chat:send', {
			circleId: circleId(),
			clientId: crypto.randomUUID(),
			body: 'na het afmelden'
		}).catch(() => ({ ok: false, error: 'gone' }));
		expect(send.ok).toBe(false);
		expect(await ended).toBe('io server disconnect');
		const stored = await db.query(
			`select 1 from public.chat_messages where body = 'na het afmelden'`
		);
		expect(stored).toHaveLength(0);
	});

	it('an expired session refuses reads too', async () => {
		const s = await open(`${SECURE_SESSION_COOKIE}=${member(2).token}`);
		await db.query(
			`update kring_auth.sessions set expires_at = now() - interval '1 second' where user_id = $1`,
			[member(2).id]
		);
		const history = await call(s, 'chat:history', { circleId: circleId(), limit: 5 }).catch(() => ({
			ok: false
		}));
		expect(history.ok).toBe(false);
		expect(history).not.toHaveProperty('messages');
	});

	it("signing out through the app ends that session's sockets at once, without waiting for an event", async () => {
		const a = auth();
		const ctx = context();
		await a.startSession(ctx, member(0).email);
		const cookie = `${SECURE_SESSION_COOKIE}=${ctx.cookies.get(SECURE_SESSION_COOKIE)}`;
		const s = await open(cookie);
		const ended = closed(s);
		const user = await a.currentUser(ctx);
		const { actions } = await import('../../src/routes/signout/+page.server');
		const event = formEvent('/signout', {}, { auth: a, db, user });
		event.cookies.set(SECURE_SESSION_COOKIE, ctx.cookies.get(SECURE_SESSION_COOKIE)!, {
			path: '/'
		});
		expect(await redirectOf(() => actions.default(event as never))).toBe('/');
		expect(await ended).toBe('io server disconnect');
	});

	it('disconnectUser ends every socket of a person (for account erasure)', async () => {
		const a = auth();
		const one = context();
		const two = context();
		await a.startSession(one, member(0).email);
		await a.startSession(two, member(0).email);
		const s1 = await open(`${SECURE_SESSION_COOKIE}=${one.cookies.get(SECURE_SESSION_COOKIE)}`);
		const s2 = await open(`${SECURE_SESSION_COOKIE}=${two.cookies.get(SECURE_SESSION_COOKIE)}`);
		const ended = Promise.all([closed(s1), closed(s2)]);
		await disconnectUser(member(0).id);
		expect(await ended).toEqual(['io server disconnect', 'io server disconnect']);
	});
});
