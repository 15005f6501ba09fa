import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { asService, type Database } from '../db';
import { createMailer, type Mailer } from '../mail';
import type { AuthContext, AuthPort, AuthResult, SessionUser } from './port';

/** The session cookie in development over http; production uses SECURE_SESSION_COOKIE. */
export const SESSION_COOKIE = 'kring_session';
/** `__Host-`: the browser keeps it only when it is Secure, for path / and this host only. */
export const SECURE_SESSION_COOKIE = '__Host-kring_session';
const REQUESTER_COOKIE = 'kring_signin';
const DEVICE_COOKIE = 'kring_device';
const CODE_MINUTES = 10;
const MAX_ATTEMPTS_PER_CODE = 5;
const DEVICE_DAYS = 365;

/** The names of the embedded sign-in's cookies: `__Host-` prefixed in production. */
export function cookieNames(secure: boolean) {
	const name = (base: string) => (secure ? `__Host-${base}` : base);
	return {
		session: secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE,
		requester: name(REQUESTER_COOKIE),
		device: name(DEVICE_COOKIE)
	};
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = () => randomBytes(32).toString('base64url');
const looksLikeToken = (s: string | undefined): s is string => !!s && /^[\w-]{32,64}$/.test(s);

function hashCode(email: string, code: string, salt = randomBytes(12).toString('hex')) {
	return `${salt}:${sha256(`${salt}:${email}:${code}`)}`;
}

function codeMatches(stored: string, email: string, code: string) {
	const [salt] = stored.split(':');
	const a = Buffer.from(hashCode(email, code, salt));
	const b = Buffer.from(stored);
	return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sign-in limits per 15 minutes. Every limit that counts per email address is also per
 * network address (or skips browsers that signed in to that address before), so nobody
 * can use it up for someone else: that would lock them out (issue 10, point 14).
 */
export type Limits = {
	/** Code requests from one network address, whatever the email. */
	sendPerAddress: number;
	/** Code requests for one email from one network address. */
	sendPerAddressAndEmail: number;
	/** Code requests for one email from browsers that never signed in to it (mail flood). */
	sendPerEmail: number;
	/** Code tries from one network address, whatever the email. */
	verifyPerAddress: number;
	/** Code tries for one email from one network address. */
	verifyPerAddressAndEmail: number;
};

export const defaultLimits: Limits = {
	sendPerAddress: 30,
	sendPerAddressAndEmail: 5,
	sendPerEmail: 10,
	verifyPerAddress: 100,
	verifyPerAddressAndEmail: 10
};

/** Email one-time-code sign-in for when Supabase Auth is not configured. */
export class EmbeddedAuth implements AuthPort {
	readonly kind = 'embedded';
	readonly cookies: ReturnType<typeof cookieNames>;
	#limiters: Record<keyof Limits, RateLimiterMemory>;

	constructor(
		private db: Database,
		private options: {
			sessionDays: number;
			/** Production: `__Host-` cookies with the Secure flag. */
			secureCookies?: boolean;
			limits?: Partial<Limits>;
			/** Where codes go: SMTP when configured, else the demo mailbox. */
			mailer?: Mailer;
		}
	) {
		const limits = { ...defaultLimits, ...options.limits };
		const duration = 15 * 60;
		this.#limiters = Object.fromEntries(
			Object.entries(limits).map(([key, points]) => [
				key,
				new RateLimiterMemory({ points, duration })
			])
		) as Record<keyof Limits, RateLimiterMemory>;
		this.cookies = cookieNames(Boolean(options.secureCookies));
	}

	#set(cookies: Cookies, name: string, value: string, maxAge: number) {
		cookies.set(name, value, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: Boolean(this.options.secureCookies),
			maxAge
		});
	}

	#delete(cookies: Cookies, name: string) {
		cookies.delete(name, { path: '/', secure: Boolean(this.options.secureCookies) });
	}

	async currentUser({ cookies }: AuthContext): Promise<SessionUser | null> {
		const value = cookies.get(this.cookies.session);
		if (!value) return null;
		const [row] = await asService(this.db, (tx) =>
			tx.query<{ id: string; email: string; session_id: string; expires_at: Date }>(
				`select u.id, u.email, s.id as session_id, s.expires_at
				 from kring_auth.sessions s join auth.users u on u.id = s.user_id
				 where s.token_hash = $1 and s.expires_at > now()`,
				[sha256(value)]
			)
		);
		if (!row) return null;
		return {
			id: row.id,
			email: row.email,
			sessionId: row.session_id,
			expiresAt: new Date(row.expires_at)
		};
	}

	/** Whether this browser signed in to this email address before (see known_devices). */
	async #knownDevice(cookies: Cookies, email: string): Promise<boolean> {
		const device = cookies.get(this.cookies.device);
		if (!looksLikeToken(device)) return false;
		const rows = await asService(this.db, (tx) =>
			tx.query(
				`select 1 from kring_auth.known_devices
				 where token_hash = $1 and email = $2 and expires_at > now()`,
				[sha256(device), email]
			)
		);
		return rows.length > 0;
	}

	async #consume(...checks: [keyof Limits, string][]): Promise<boolean> {
		try {
			for (const [limit, key] of checks) await this.#limiters[limit].consume(key);
			return true;
		} catch {
			return false;
		}
	}

	async sendCode(ctx: AuthContext, email: string): Promise<AuthResult> {
		const ip = ctx.clientAddress;
		const known = await this.#knownDevice(ctx.cookies, email);
		const allowed = await this.#consume(
			['sendPerAddress', ip],
			['sendPerAddressAndEmail', `${ip}|${email}`],
			// A flood of mail to one address from many networks stops here, but never for a
			// browser that has signed in to that address before.
			...(known ? [] : ([['sendPerEmail', email]] as [keyof Limits, string][]))
		);
		if (!allowed) return { ok: false, reason: 'rate_limited' };

		// The code belongs to this browser: only it can try it, and a later request replaces
		// only this browser's earlier codes, never someone else's.
		let requester = ctx.cookies.get(this.cookies.requester);
		if (!looksLikeToken(requester)) requester = token();
		this.#set(ctx.cookies, this.cookies.requester, requester, (CODE_MINUTES + 5) * 60);

		const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
		await asService(this.db, async (tx) => {
			await tx.query(
				`update kring_auth.one_time_codes set used_at = now()
				 where email = $1 and requester_hash = $2 and used_at is null`,
				[email, sha256(requester)]
			);
			await tx.query(
				`insert into kring_auth.one_time_codes (email, code_hash, expires_at, requester_hash)
				 values ($1, $2, now() + make_interval(mins => $3), $4)`,
				[email, hashCode(email, code), CODE_MINUTES, sha256(requester)]
			);
		});
		await (this.options.mailer ?? createMailer()).send({
			to: email,
			subject: `Je Kring-code: ${code}`,
			text: `Je code is ${code}. Hij werkt ${CODE_MINUTES} minuten.\n\nYour code is ${code}; it works for ${CODE_MINUTES} minutes.`
		});
		return { ok: true };
	}

	async verifyCode(ctx: AuthContext, email: string, code: string): Promise<AuthResult> {
		const ip = ctx.clientAddress;
		const allowed = await this.#consume(
			['verifyPerAddress', ip],
			['verifyPerAddressAndEmail', `${ip}|${email}`]
		);
		if (!allowed) return { ok: false, reason: 'rate_limited' };
		const requester = ctx.cookies.get(this.cookies.requester);
		if (!looksLikeToken(requester)) return { ok: false, reason: 'invalid_code' };

		const result = await asService(this.db, async (tx): Promise<AuthResult> => {
			const [row] = await tx.query<{
				id: string;
				code_hash: string;
				expired: boolean;
			}>(
				`select id, code_hash, expires_at <= now() as expired
				 from kring_auth.one_time_codes
				 where email = $1 and requester_hash = $2 and used_at is null
				 order by created_at desc limit 1 for update`,
				[email, sha256(requester)]
			);
			if (!row) return { ok: false, reason: 'invalid_code' };
			if (row.expired) return { ok: false, reason: 'expired_code' };
			if (!codeMatches(row.code_hash, email, code)) {
				// Wrong tries count against this code only: five, and it is gone.
				await tx.query(
					`update kring_auth.one_time_codes
					 set attempts = attempts + 1,
					     used_at = case when attempts + 1 >= $2 then now() end
					 where id = $1`,
					[row.id, MAX_ATTEMPTS_PER_CODE]
				);
				return { ok: false, reason: 'invalid_code' };
			}
			await tx.query(`update kring_auth.one_time_codes set used_at = now() where id = $1`, [
				row.id
			]);
			return { ok: true };
		});
		if (!result.ok) return result;
		this.#delete(ctx.cookies, this.cookies.requester);
		await this.#rememberDevice(ctx.cookies, email);
		await this.startSession(ctx, email);
		return result;
	}

	/** After a sign-in with a code: this browser's later code requests skip the per-email limit. */
	async #rememberDevice(cookies: Cookies, email: string) {
		let device = cookies.get(this.cookies.device);
		if (!looksLikeToken(device)) device = token();
		await asService(this.db, (tx) =>
			tx.query(
				`insert into kring_auth.known_devices (token_hash, email, expires_at)
				 values ($1, $2, now() + make_interval(days => $3))
				 on conflict (token_hash, email) do update set expires_at = excluded.expires_at`,
				[sha256(device), email, DEVICE_DAYS]
			)
		);
		this.#set(cookies, this.cookies.device, device, DEVICE_DAYS * 24 * 60 * 60);
	}

	/** Creates the user like Supabase Auth does (the trigger makes the profile) and a session. */
	async startSession({ cookies }: AuthContext, email: string): Promise<void> {
		const value = token();
		const days = this.options.sessionDays;
		await asService(this.db, async (tx) => {
			const [user] = await tx.query<{ id: string }>(
				`insert into auth.users (email, email_confirmed_at, last_sign_in_at) values ($1, now(), now())
				 on conflict (email) do update set last_sign_in_at = now()
				 returning id`,
				[email]
			);
			await tx.query(`delete from kring_auth.sessions where expires_at <= now()`);
			await tx.query(
				`insert into kring_auth.sessions (token_hash, user_id, expires_at)
				 values ($1, $2, now() + make_interval(days => $3))`,
				[sha256(value), user.id, days]
			);
		});
		this.#set(cookies, this.cookies.session, value, days * 24 * 60 * 60);
	}

	async signOut({ cookies }: AuthContext): Promise<void> {
		const value = cookies.get(this.cookies.session);
		if (value) {
			await asService(this.db, (tx) =>
				tx.query(`delete from kring_auth.sessions where token_hash = $1`, [sha256(value)])
			);
		}
		this.#delete(cookies, this.cookies.session);
	}
}
