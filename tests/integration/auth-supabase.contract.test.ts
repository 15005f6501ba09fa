import { describe, expect, it } from 'vitest';
import { SupabaseAuth } from '../../src/lib/server/auth/supabase';
import fixtures from '../fixtures/supabase-auth/email-otp.json';
import { cookieJar } from '../helpers/cookies';

// Contract test: the Supabase adapter against recorded Supabase Auth responses. A fake
// fetch plays the recorded exchange and checks that each request is the one expected.
type Exchange = (typeof fixtures)['otp_sent'];
const settings = {
	url: 'https://kring-test.supabase.co',
	anonKey: 'anon-key-for-the-contract-test-0123456789'
};

function replay(...script: Exchange[]) {
	const seen: { method: string; path: string; body: unknown; auth: string | null }[] = [];
	const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
		const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
		const method = init?.method ?? 'GET';
		const headers = new Headers(init?.headers);
		seen.push({
			method,
			path: url.pathname,
			body: init?.body ? JSON.parse(String(init.body)) : null,
			auth: headers.get('authorization')
		});
		const next = script.shift();
		if (!next) throw new Error(`unexpected request ${method} ${url.pathname}`);
		expect(`${method} ${url.pathname}`).toBe(`${next.request.method} ${next.request.path}`);
		expect(headers.get('apikey')).toBe(settings.anonKey);
		return new Response(next.body === null ? null : JSON.stringify(next.body), {
			status: next.status,
			headers: { 'content-type': 'application/json' }
		});
	}) as typeof fetch;
	return { fetchImpl, seen, left: () => script.length };
}

const ctx = () => ({ cookies: cookieJar(), clientAddress: '127.0.0.1' });

describe('Supabase Auth adapter', () => {
	it('asks Supabase to email a one-time code and create the user if new', async () => {
		const r = replay(fixtures.otp_sent);
		expect(
			await new SupabaseAuth(settings, r.fetchImpl).sendCode(ctx(), 'anna@kring.example')
		).toEqual({ ok: true });
		expect(r.seen[0].body).toMatchObject({ email: 'anna@kring.example', create_user: true });
	});

	it('reports Supabase rate limiting as such', async () => {
		const r = replay(fixtures.otp_rate_limited as unknown as Exchange);
		expect(
			await new SupabaseAuth(settings, r.fetchImpl).sendCode(ctx(), 'anna@kring.example')
		).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
	});

	it('verifies the code, stores the session in cookies, and then verifies the user with Supabase', async () => {
		const r = replay(
			fixtures.verify_ok as unknown as Exchange,
			fixtures.user_ok as unknown as Exchange,
			fixtures.logout as unknown as Exchange
		);
		const auth = new SupabaseAuth(settings, r.fetchImpl);
		const c = ctx();
		expect(await auth.verifyCode(c, 'anna@kring.example', '123456')).toEqual({ ok: true });
		expect(r.seen[0].body).toMatchObject({
			email: 'anna@kring.example',
			token: '123456',
			type: 'email'
		});
		expect(c.cookies.getAll().some((x) => x.name.startsWith('sb-kring-test-auth-token'))).toBe(
			true
		);

		const user = await auth.currentUser(c);
		expect(user).toEqual({ id: fixtures.user_ok.body.id, email: 'anna@kring.example' });
		// The server asked Supabase, with the session's access token, instead of trusting the cookie.
		expect(r.seen[1].auth).toBe(`Bearer ${fixtures.verify_ok.body.access_token}`);

		await auth.signOut(c);
		expect(r.seen[2].path).toBe('/auth/v1/logout');
		expect(c.cookies.getAll().filter((x) => x.value)).toHaveLength(0);
		expect(r.left()).toBe(0);
	});

	it('treats a session Supabase rejects as signed out', async () => {
		const r = replay(
			fixtures.verify_ok as unknown as Exchange,
			fixtures.user_invalid as unknown as Exchange
		);
		const auth = new SupabaseAuth(settings, r.fetchImpl);
		const c = ctx();
		await auth.verifyCode(c, 'anna@kring.example', '123456');
		expect(await auth.currentUser(c)).toBeNull();
	});

	it('without a session cookie asks nothing and returns no user', async () => {
		const r = replay();
		expect(await new SupabaseAuth(settings, r.fetchImpl).currentUser(ctx())).toBeNull();
		expect(r.seen).toHaveLength(0);
	});

	it('maps an expired or wrong code to a clear reason', async () => {
		const r = replay(fixtures.verify_expired as unknown as Exchange);
		expect(
			await new SupabaseAuth(settings, r.fetchImpl).verifyCode(
				ctx(),
				'anna@kring.example',
				'000000'
			)
		).toEqual({
			ok: false,
			reason: 'expired_code'
		});
	});
});
