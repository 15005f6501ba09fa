import { createServerClient } from '@supabase/ssr';
import WebSocket from 'ws';
import type { AuthContext, AuthPort, AuthResult, SessionUser } from './port';

/** Supabase Auth (email one-time code) through @supabase/ssr; cookies hold Supabase's session. */
export class SupabaseAuth implements AuthPort {
	readonly kind = 'supabase';

	constructor(
		private settings: { url: string; anonKey: string },
		private fetchImpl: typeof fetch = fetch,
		/** Production: Supabase's session cookies `__Host-` prefixed and Secure (issue 10, point 11). */
		private options: { secureCookies?: boolean } = {}
	) {}

	/** Supabase's own cookie name (`sb-<project>-auth-token`), `__Host-` prefixed in production. */
	get cookieName(): string {
		const project = new URL(this.settings.url).hostname.split('.')[0];
		const name = `sb-${project}-auth-token`;
		return this.options.secureCookies ? `__Host-${name}` : name;
	}

	#client({ cookies }: AuthContext) {
		return createServerClient(this.settings.url, this.settings.anonKey, {
			global: { fetch: this.fetchImpl },
			// Node 20 has no global WebSocket; supabase-js needs one for its (unused) realtime client.
			realtime: { transport: WebSocket as never },
			cookieOptions: {
				name: this.cookieName,
				path: '/',
				sameSite: 'lax',
				httpOnly: true,
				secure: Boolean(this.options.secureCookies)
			},
			cookies: {
				getAll: () => cookies.getAll(),
				setAll: (list) =>
					list.forEach(({ name, value, options }) =>
						cookies.set(name, value, {
							...options,
							path: '/',
							secure: Boolean(this.options.secureCookies)
						})
					)
			}
		});
	}

	async currentUser(ctx: AuthContext): Promise<SessionUser | null> {
		// getUser() asks Supabase Auth to verify the token; getSession() would trust the cookie.
		const { data, error } = await this.#client(ctx).auth.getUser();
		if (error || !data.user) return null;
		return { id: data.user.id, email: data.user.email ?? '' };
	}

	async sendCode(ctx: AuthContext, email: string): Promise<AuthResult> {
		const { error } = await this.#client(ctx).auth.signInWithOtp({
			email,
			options: { shouldCreateUser: true }
		});
		if (!error) return { ok: true };
		return { ok: false, reason: error.status === 429 ? 'rate_limited' : 'unavailable' };
	}

	async verifyCode(ctx: AuthContext, email: string, code: string): Promise<AuthResult> {
		const { error } = await this.#client(ctx).auth.verifyOtp({ email, token: code, type: 'email' });
		if (!error) return { ok: true };
		if (error.status === 429) return { ok: false, reason: 'rate_limited' };
		if (/expired/i.test(error.message)) return { ok: false, reason: 'expired_code' };
		return { ok: false, reason: 'invalid_code' };
	}

	async signOut(ctx: AuthContext): Promise<void> {
		await this.#client(ctx).auth.signOut();
	}
}
