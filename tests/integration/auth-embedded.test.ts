import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedAuth, SESSION_COOKIE } from '../../src/lib/server/auth/embedded';
import { readMailbox } from '../../src/lib/server/auth/mailbox';
import { cookieJar } from '../helpers/cookies';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
beforeAll(async () => {
	db = await createTestDatabase();
});
afterAll(() => db?.close());

const context = () => ({ cookies: cookieJar(), clientAddress: '127.0.0.1' });

function lastCode(email: string) {
	const letter = readMailbox().find((l) => l.to === email);
	const code = letter?.body.match(/\b(\d{6})\b/)?.[1];
	if (!code) throw new Error(`no code for ${email}`);
	return code;
}

describe('embedded one-time-code sign-in', () => {
	it('signs in with the mailed code, creates user and profile, and signs out', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 30 });
		const ctx = context();
		expect(await auth.sendCode(ctx, 'lisa@kring.example')).toEqual({ ok: true });
		expect(
			await auth.verifyCode(ctx, 'lisa@kring.example', lastCode('lisa@kring.example'))
		).toEqual({ ok: true });

		const token = ctx.cookies.get(SESSION_COOKIE);
		expect(token).toMatch(/^[\w-]{40,}$/);
		expect(ctx.cookies.options.get(SESSION_COOKIE)).toMatchObject({
			httpOnly: true,
			sameSite: 'lax',
			path: '/'
		});
		const user = await auth.currentUser(ctx);
		expect(user?.email).toBe('lisa@kring.example');
		const [profile] = await db.query(
			'select display_name, name_chosen from public.profiles where id = $1',
			[user!.id]
		);
		// Never the part of the email before the @: a placeholder until they choose a name.
		expect(profile).toEqual({ display_name: 'Buurtgenoot', name_chosen: false });
		// The database keeps only a hash of the token.
		const stored = await db.query('select 1 from kring_auth.sessions where token_hash = $1', [
			token
		]);
		expect(stored).toHaveLength(0);

		await auth.signOut(ctx);
		expect(ctx.cookies.get(SESSION_COOKIE)).toBeUndefined();
		const again = context();
		again.cookies.set(SESSION_COOKIE, token!, { path: '/' });
		expect(await auth.currentUser(again)).toBeNull();
	});

	it('a code works once only', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 30 });
		const ctx = context();
		await auth.sendCode(ctx, 'once@kring.example');
		const code = lastCode('once@kring.example');
		const requester = ctx.cookies.get(auth.cookies.requester)!;
		expect((await auth.verifyCode(ctx, 'once@kring.example', code)).ok).toBe(true);
		// Even from the browser that asked for it, with its cookie kept.
		const again = context();
		again.cookies.set(auth.cookies.requester, requester, { path: '/' });
		expect(await auth.verifyCode(again, 'once@kring.example', code)).toEqual({
			ok: false,
			reason: 'invalid_code'
		});
	});

	it('an expired code is refused', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 30 });
		const ctx = context();
		await auth.sendCode(ctx, 'late@kring.example');
		await db.query(
			`update kring_auth.one_time_codes set expires_at = now() - interval '1 minute' where email = 'late@kring.example'`
		);
		expect(
			await auth.verifyCode(ctx, 'late@kring.example', lastCode('late@kring.example'))
		).toEqual({ ok: false, reason: 'expired_code' });
		expect(ctx.cookies.get(SESSION_COOKIE)).toBeUndefined();
	});

	it('a code stops working after five wrong tries, even the right one', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 30 });
		const ctx = context();
		await auth.sendCode(ctx, 'guess@kring.example');
		const code = lastCode('guess@kring.example');
		const wrong = code === '000000' ? '111111' : '000000';
		for (let i = 0; i < 5; i++) {
			expect(await auth.verifyCode(ctx, 'guess@kring.example', wrong)).toEqual({
				ok: false,
				reason: 'invalid_code'
			});
		}
		expect(await auth.verifyCode(ctx, 'guess@kring.example', code)).toEqual({
			ok: false,
			reason: 'invalid_code'
		});
	});

	it('rate limits asking for codes and trying them, per network address', async () => {
		const auth = new EmbeddedAuth(db, {
			sessionDays: 30,
			limits: { sendPerAddressAndEmail: 2, verifyPerAddressAndEmail: 3 }
		});
		const ctx = context();
		expect((await auth.sendCode(ctx, 'busy@kring.example')).ok).toBe(true);
		expect((await auth.sendCode(ctx, 'busy@kring.example')).ok).toBe(true);
		expect(await auth.sendCode(ctx, 'busy@kring.example')).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		for (let i = 0; i < 3; i++) await auth.verifyCode(ctx, 'busy@kring.example', '123456');
		expect(
			await auth.verifyCode(ctx, 'busy@kring.example', lastCode('busy@kring.example'))
		).toEqual({ ok: false, reason: 'rate_limited' });
	});

	it('an expired session is not a session', async () => {
		const auth = new EmbeddedAuth(db, { sessionDays: 30 });
		const ctx = context();
		await auth.startSession(ctx, 'old@kring.example');
		expect(await auth.currentUser(ctx)).not.toBeNull();
		await db.query(`update kring_auth.sessions set expires_at = now() - interval '1 second'`);
		expect(await auth.currentUser(ctx)).toBeNull();
	});
});
