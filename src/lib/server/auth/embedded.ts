import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { asService, type Database } from '../db';
import { createMailer, type Mailer } from '../mail';
import type { AuthContext, AuthPort, AuthResult, SessionUser } from './port';

export const SESSION_COOKIE = 'kring_session';
const CODE_MINUTES = 10;
const MAX_ATTEMPTS_PER_CODE = 5;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function hashCode(email: string, code: string, salt = randomBytes(12).toString('hex')) {
	return `${salt}:${sha256(`${salt}:${email}:${code}`)}`;
}

function codeMatches(stored: string, email: string, code: string) {
	const [salt] = stored.split(':');
	const a = Buffer.from(hashCode(email, code, salt));
	const b = Buffer.from(stored);
	return a.length === b.length && timingSafeEqual(a, b);
}

type Limits = { sendPerEmail: number; sendPerAddress: number; verifyPerEmail: number };

/** Email one-time-code sign-in for when Supabase Auth is not configured. */
export class EmbeddedAuth implements AuthPort {
	readonly kind = 'embedded';
	#sendByEmail: RateLimiterMemory;
	#sendByAddress: RateLimiterMemory;
	#verifyByEmail: RateLimiterMemory;

	constructor(
		private db: Database,
		private options: {
			sessionDays: number;
			secureCookies?: boolean;
			limits?: Partial<Limits>;
			/** Where codes go: SMTP when configured, else the demo mailbox. */
			mailer?: Mailer;
		}
	) {
		const l = { sendPerEmail: 5, sendPerAddress: 30, verifyPerEmail: 10, ...options.limits };
		const window = 15 * 60;
		this.#sendByEmail = new RateLimiterMemory({ points: l.sendPerEmail, duration: window });
		this.#sendByAddress = new RateLimiterMemory({ points: l.sendPerAddress, duration: window });
		this.#verifyByEmail = new RateLimiterMemory({ points: l.verifyPerEmail, duration: window });
	}

	async currentUser({ cookies }: AuthContext): Promise<SessionUser | null> {
		const token = cookies.get(SESSION_COOKIE);
		if (!token) return null;
		const [row] = await asService(this.db, (tx) =>
			tx.query<SessionUser>(
				`select u.id, u.email from kring_auth.sessions s join auth.users u on u.id = s.user_id
				 where s.token_hash = $1 and s.expires_at > now()`,
				[sha256(token)]
			)
		);
		return row ?? null;
	}

	async sendCode(ctx: AuthContext, email: string): Promise<AuthResult> {
		try {
			await this.#sendByAddress.consume(ctx.clientAddress);
			await this.#sendByEmail.consume(email);
		} catch {
			return { ok: false, reason: 'rate_limited' };
		}
		const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
		await asService(this.db, async (tx) => {
			// A new code replaces the ones before it.
			await tx.query(
				`update kring_auth.one_time_codes set used_at = now() where email = $1 and used_at is null`,
				[email]
			);
			await tx.query(
				`insert into kring_auth.one_time_codes (email, code_hash, expires_at)
				 values ($1, $2, now() + make_interval(mins => $3))`,
				[email, hashCode(email, code), CODE_MINUTES]
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
		try {
			await this.#verifyByEmail.consume(email);
		} catch {
			return { ok: false, reason: 'rate_limited' };
		}
		const result = await asService(this.db, async (tx): Promise<AuthResult> => {
			const [row] = await tx.query<{
				id: string;
				code_hash: string;
				attempts: number;
				expired: boolean;
			}>(
				`select id, code_hash, attempts, expires_at <= now() as expired
				 from kring_auth.one_time_codes
				 where email = $1 and used_at is null
				 order by created_at desc limit 1 for update`,
				[email]
			);
			if (!row) return { ok: false, reason: 'invalid_code' };
			if (row.expired) return { ok: false, reason: 'expired_code' };
			if (!codeMatches(row.code_hash, email, code)) {
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
		if (result.ok) await this.startSession(ctx, email);
		return result;
	}

	/** Creates the user like Supabase Auth does (the trigger makes the profile) and a session. */
	async startSession({ cookies }: AuthContext, email: string): Promise<void> {
		const token = randomBytes(32).toString('base64url');
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
				[sha256(token), user.id, days]
			);
		});
		cookies.set(SESSION_COOKIE, token, {
			path: '/',
			httpOnly: true,
			sameSite: 'lax',
			secure: this.options.secureCookies,
			maxAge: days * 24 * 60 * 60
		});
	}

	async signOut({ cookies }: AuthContext): Promise<void> {
		const token = cookies.get(SESSION_COOKIE);
		if (token) {
			await asService(this.db, (tx) =>
				tx.query(`delete from kring_auth.sessions where token_hash = $1`, [sha256(token)])
			);
		}
		cookies.delete(SESSION_COOKIE, { path: '/' });
	}
}
