import type { Cookies } from '@sveltejs/kit';

export type SessionUser = {
	id: string;
	email: string;
	/** An opaque id of this sign-in session (embedded sign-in), so its sockets can be ended. */
	sessionId?: string;
	/** When this session ends; a socket opened with it stops working then. */
	expiresAt?: Date;
};

/** What a sign-in adapter needs from the request: its cookies and who is asking. */
export type AuthContext = { cookies: Cookies; clientAddress: string };

export type AuthFailure = 'rate_limited' | 'invalid_code' | 'expired_code' | 'unavailable';
export type AuthResult = { ok: true } | { ok: false; reason: AuthFailure };

/**
 * Sign-in, the same for Supabase Auth and the embedded one-time-code sign-in.
 * Both write to auth.users, so the profile trigger and every RLS policy work alike.
 */
export interface AuthPort {
	readonly kind: 'embedded' | 'supabase';
	/** The signed-in user, verified by the server (never an unverified cookie). */
	currentUser(ctx: AuthContext): Promise<SessionUser | null>;
	sendCode(ctx: AuthContext, email: string): Promise<AuthResult>;
	verifyCode(ctx: AuthContext, email: string, code: string): Promise<AuthResult>;
	signOut(ctx: AuthContext): Promise<void>;
}
