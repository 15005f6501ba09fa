import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isRedirect } from '@sveltejs/kit';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedAuth, SECURE_SESSION_COOKIE, SESSION_COOKIE } from '../../src/lib/server/auth';
import { readMailbox } from '../../src/lib/server/auth/mailbox';
import { createCircle, setCircleStatus, updateCircle } from '../../src/lib/server/circles';
import { withUser } from '../../src/lib/server/db';
import { demoAccounts } from '../../src/lib/server/demo/town';
import { DomainError } from '../../src/lib/server/errors';
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
	// The demo accounts, with their names, as the demo town has them.
	for (const a of demoAccounts)
		await db.query(
			`insert into auth.users (email, raw_user_meta_data) values ($1, jsonb_build_object('display_name', $2::text))`,
			[a.email, a.name]
		);
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
		// A first sign-in goes by the name form, and then only to a local path.
		expect(await redirectOf(() => actions.verify(verify as never))).toBe(
			`/signin/name?redirectTo=${encodeURIComponent('/')}`
		);
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

describe('16. security headers on static files and /socket.io (server.js)', () => {
	it('every response of the production server carries them, HSTS included', async () => {
		const { secureHttpServer } = await import('../../src/lib/server/security/headers');
		const http = createServer((_req, res) => {
			res.writeHead(200, { 'content-type': 'image/svg+xml' });
			res.end('<svg xmlns="http://www.w3.org/2000/svg"/>');
		});
		const realtime = await createRealtime(http, {
			db,
			auth: new EmbeddedAuth(db, { sessionDays: 1 })
		});
		secureHttpServer(http, true);
		await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
		const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
		try {
			for (const path of [
				'/favicon.svg',
				'/_app/immutable/x.js',
				'/socket.io/?EIO=4&transport=polling'
			]) {
				const response = await fetch(base + path);
				expect(response.status, path).toBe(200);
				const h = response.headers;
				expect(h.get('strict-transport-security'), path).toMatch(/max-age=31536000/);
				expect(h.get('x-content-type-options'), path).toBe('nosniff');
				expect(h.get('referrer-policy'), path).toBe('same-origin');
				expect(h.get('x-frame-options'), path).toBe('DENY');
				expect(h.get('permissions-policy'), path).toMatch(/camera=\(\)/);
				expect(h.get('content-security-policy'), path).toMatch(/default-src 'none'/);
				await response.arrayBuffer();
			}
			// The service worker follows the policy of its own script: it may fetch this origin
			// (to keep pages for offline use), nothing else (issue 13, point 10).
			const worker = await fetch(base + '/service-worker.js');
			expect(worker.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
			expect(worker.headers.get('x-content-type-options')).toBe('nosniff');
			await worker.arrayBuffer();
		} finally {
			await realtime.close();
			await new Promise((r) => http.close(r));
		}
	});

	it('development gets no HSTS (http), the rest the same', async () => {
		const { securityHeaders } = await import('../../src/lib/server/security/headers');
		expect(securityHeaders(false)).not.toHaveProperty('Strict-Transport-Security');
		expect(securityHeaders(true)).toHaveProperty('Strict-Transport-Security');
	});

	it('SvelteKit writes a nonce-based Content-Security-Policy for pages', async () => {
		const { default: svelteConfig } = await import('../../svelte.config.js');
		const csp = svelteConfig.kit?.csp;
		expect(csp?.mode).toBe('auto');
		expect(csp?.directives?.['script-src']).toEqual(['self']);
		expect(csp?.directives?.['frame-ancestors']).toEqual(['none']);
		expect(csp?.directives?.['object-src']).toEqual(['none']);
		expect(csp?.directives?.['worker-src']).toEqual(['self']);
		expect(csp?.directives?.['manifest-src']).toEqual(['self']);
	});
});

describe('10. no circle goes public without review, and proposals are limited', () => {
	const circle = (name: string) => ({
		name,
		description: 'Een kring die niemand heeft nagekeken, met woorden als zeldzaamwoord.',
		name_en: '',
		description_en: '',
		house_rules: '',
		meeting_note: '',
		location_name: '',
		theme_slugs: ['grief'],
		neighbourhood_id: '',
		format: 'in_person' as const,
		visibility: 'public' as const,
		join_policy: 'open' as const,
		capacity: '',
		meeting_weekdays: [],
		meeting_parts: [],
		languages: ['nl'],
		publish: false
	});
	async function resident(email: string) {
		const [u] = await db.query<{ id: string }>(
			`insert into auth.users (email, raw_user_meta_data) values ($1, '{"display_name":"Tester"}') returning id`,
			[email]
		);
		return { id: u.id, email };
	}
	const anonSees = async (id: string) =>
		(await withUser(db, null, (tx) => tx.query('select 1 from public.circles where id = $1', [id])))
			.length > 0;
	const circleRow = async (slug: string) =>
		(
			await db.query<{ id: string; status: string; visibility: string; published_at: Date | null }>(
				'select id, status, visibility, published_at from public.circles where slug = $1',
				[slug]
			)
		)[0];

	it('closing or archiving a proposal does not publish it, nor put its words in the search vocabulary', async () => {
		const me = await resident('sneaky@kring.example');
		for (const status of ['closed', 'archived'] as const) {
			const slug = await createCircle(db, me, circle(`Nooit nagekeken ${status}`), false);
			const { id } = await circleRow(slug);
			expect(await setCircleStatus(db, me, id, status)).toBe(true);
			const row = await circleRow(slug);
			expect(row.status).toBe(status);
			expect(row.visibility).toBe('private');
			expect(await anonSees(id)).toBe(false);
			// Making it public again by hand does not help.
			await updateCircle(db, me, id, circle(`Nooit nagekeken ${status}`));
			await withUser(db, me, (tx) =>
				tx.query(
					`update public.circles set visibility = 'public', published_at = now() where id = $1`,
					[id]
				)
			);
			expect((await circleRow(slug)).visibility).toBe('private');
			expect((await circleRow(slug)).published_at).toBeNull();
			expect(await anonSees(id)).toBe(false);
		}
		const words = await db.query(`select 1 from public.search_words where word = 'zeldzaamwoord'`);
		expect(words).toHaveLength(0);
	});

	it('over the database API a resident cannot insert a closed, archived or published circle', async () => {
		const me = await resident('direct@kring.example');
		for (const status of ['closed', 'archived', 'published']) {
			await expect(
				withUser(db, me, (tx) =>
					tx.query(
						`insert into public.circles (slug, name, description, theme_slugs, status, created_by)
						 values ($1, 'Direct erin', 'Zonder nakijken meteen zichtbaar.', '{grief}', $2, $3)`,
						[`direct-${status}`, status, me.id]
					)
				)
			).rejects.toThrow(/publish_not_allowed/);
		}
	});

	it('a published circle that closes stays listed; a worker publishes a proposal', async () => {
		const me = await resident('host-later@kring.example');
		const slug = await createCircle(db, me, circle('Eerst nagekeken'), false);
		const { id } = await circleRow(slug);
		expect(await anonSees(id)).toBe(false);
		await db.query(
			`update public.profiles set roles = '{resident,worker}' where id = (select id from auth.users where email = 'sneaky@kring.example')`
		);
		const [worker] = await db.query<{ id: string }>(
			`select id from auth.users where email = 'sneaky@kring.example'`
		);
		await withUser(db, worker, (tx) =>
			tx.query(`update public.circles set status = 'published' where id = $1`, [id])
		);
		expect((await circleRow(slug)).published_at).not.toBeNull();
		expect(await anonSees(id)).toBe(true);
		expect(await setCircleStatus(db, me, id, 'closed')).toBe(true);
		expect(await anonSees(id)).toBe(true);
	});

	it('one account has at most 3 proposals waiting, with a clear message on the form', async () => {
		const me = await resident('many@kring.example');
		for (let i = 0; i < 3; i++) await createCircle(db, me, circle(`Voorstel nummer ${i}`), false);
		await expect(createCircle(db, me, circle('Voorstel nummer 3'), false)).rejects.toThrow(
			/too_many_proposals/
		);
		const { actions } = await import('../../src/routes/circles/new/+page.server');
		const form = new URLSearchParams({
			name: 'Nog een voorstel',
			description: 'Nog een kring die ik graag zou willen beginnen.',
			theme_slugs: 'grief',
			languages: 'nl'
		});
		const event = formEvent('/circles/new', Object.fromEntries(form), {
			db,
			user: me,
			auth: new EmbeddedAuth(db, { sessionDays: 1 })
		});
		const result = (await actions.default(event as never)) as {
			status: number;
			data: { form: { message?: string } };
		};
		expect(result.status).toBe(409);
		expect(result.data.form.message).toMatch(/3/);
		expect(result.data.form.message).not.toMatch(/too_many_proposals/);
		const [{ n }] = await db.query<{ n: number }>(
			`select count(*)::int as n from public.circles where created_by = $1`,
			[me.id]
		);
		expect(n).toBe(3);
		expect(new DomainError('too_many_proposals').code).toBe('too_many_proposals');
	});
});

describe('17. the part of an email before the @ never becomes a public name', () => {
	const nameOf = async (email: string) =>
		(
			await db.query<{ display_name: string; name_chosen: boolean }>(
				`select p.display_name, p.name_chosen from public.profiles p join auth.users u on u.id = p.id where u.email = $1`,
				[email]
			)
		)[0];

	it('a new account gets a neutral placeholder in both sign-in modes', async () => {
		// The embedded sign-in inserts like this ...
		await db.query(`insert into auth.users (email) values ('jan.devries@kring.example')`);
		// ... and Supabase Auth puts the email in the user's metadata too.
		await db.query(
			`insert into auth.users (email, raw_user_meta_data) values ($1, jsonb_build_object('email', $1::text, 'email_verified', true, 'sub', gen_random_uuid()))`,
			['fatima.b@kring.example']
		);
		for (const email of ['jan.devries@kring.example', 'fatima.b@kring.example']) {
			const profile = await nameOf(email);
			expect(profile.display_name).toBe('Buurtgenoot');
			expect(profile.display_name).not.toMatch(new RegExp(email.split('@')[0], 'i'));
			expect(profile.name_chosen).toBe(false);
		}
		// A name given at sign-up (the demo town, an invitation) is kept and counts as chosen.
		await db.query(
			`insert into auth.users (email, raw_user_meta_data) values ('named@kring.example', '{"display_name":"Noor"}')`
		);
		expect(await nameOf('named@kring.example')).toEqual({
			display_name: 'Noor',
			name_chosen: true
		});
	});

	it('the first sign-in asks for a name; what they type is what others see', async () => {
		const { actions } = await import('../../src/routes/signin/+page.server');
		const auth = new EmbeddedAuth(db, { sessionDays: 1 });
		const email = 'kees.jansen@kring.example';
		const send = formEvent('/signin?/send&redirectTo=%2Fcircles', { email }, { auth, db });
		await redirectOf(() => actions.send(send as never));
		const verify = formEvent(
			'/signin?/verify&redirectTo=%2Fcircles',
			{ email, code: lastCode(email) },
			{ auth, db }
		);
		verify.cookies.set(auth.cookies.requester, send.cookies.get(auth.cookies.requester)!, {
			path: '/'
		});
		expect(await redirectOf(() => actions.verify(verify as never))).toBe(
			'/signin/name?redirectTo=%2Fcircles'
		);
		expect((await nameOf(email)).display_name).toBe('Buurtgenoot');

		const user = await auth.currentUser({ cookies: verify.cookies, clientAddress: '198.51.100.7' });
		const name = await import('../../src/routes/signin/name/+page.server');
		const bad = formEvent('/signin/name?redirectTo=%2Fcircles', { name: '  ' }, { auth, db, user });
		const refused = (await name.actions.default(bad as never)) as { status: number };
		expect(refused.status).toBe(400);
		const good = formEvent(
			'/signin/name?redirectTo=%2F%09%2Fevil.example',
			{ name: 'Kees' },
			{
				auth,
				db,
				user
			}
		);
		expect(await redirectOf(() => name.actions.default(good as never))).toBe('/');
		expect(await nameOf(email)).toEqual({ display_name: 'Kees', name_chosen: true });

		// The next sign-in goes straight on.
		const again = formEvent(
			'/signin?/demo&redirectTo=%2Fcircles',
			{ account: 'resident' },
			{
				auth,
				db
			}
		);
		expect(await redirectOf(() => actions.demo(again as never))).toBe('/circles');
	});
});
