import { config } from '../config';
import type { Database } from '../db';
import { getMailer } from '../mail';
import { EmbeddedAuth } from './embedded';
import type { AuthPort } from './port';
import { SupabaseAuth } from './supabase';

export type { AuthPort, SessionUser, AuthContext, AuthResult } from './port';
export { EmbeddedAuth } from './embedded';

const store = globalThis as unknown as { __kringAuth?: AuthPort };

/** Supabase Auth when it is configured, the embedded one-time-code sign-in otherwise. */
export function getAuth(db: Database): AuthPort {
	const cfg = config();
	return (store.__kringAuth ??= cfg.supabase
		? new SupabaseAuth(cfg.supabase)
		: new EmbeddedAuth(db, { sessionDays: cfg.sessionDays, mailer: getMailer() }));
}
