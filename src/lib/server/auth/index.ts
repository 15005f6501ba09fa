import { config } from '../config';
import type { Database } from '../db';
import { getMailer } from '../mail';
import { EmbeddedAuth } from './embedded';
import type { AuthPort } from './port';
import { SupabaseAuth } from './supabase';

export type { AuthPort, SessionUser, AuthContext, AuthResult } from './port';
export { EmbeddedAuth, SECURE_SESSION_COOKIE, SESSION_COOKIE } from './embedded';

const store = globalThis as unknown as { __kringAuth?: AuthPort };

/** Supabase Auth when it is configured, the embedded one-time-code sign-in otherwise. */
export function getAuth(db: Database): AuthPort {
	const cfg = config();
	return (store.__kringAuth ??= cfg.supabase
		? new SupabaseAuth(cfg.supabase, fetch, { secureCookies: cfg.env === 'production' })
		: new EmbeddedAuth(db, {
				sessionDays: cfg.sessionDays,
				// `__Host-` cookies with the Secure flag in production (issue 10, point 11).
				secureCookies: cfg.env === 'production',
				mailer: getMailer()
			}));
}
