import type { Database, Sql } from './types';

/** Who a query runs for. `null` is an anonymous visitor. */
export type Actor = { id: string; email?: string | null } | null;

/**
 * Runs `fn` in a transaction as Postgres role `authenticated` (or `anon`), with
 * `request.jwt.claims` set as Supabase's PostgREST does, so `auth.uid()` and every
 * row-level security policy apply. Every user-facing query goes through here.
 */
export function withUser<T>(db: Database, actor: Actor, fn: (tx: Sql) => Promise<T>): Promise<T> {
	return db.transaction(async (tx) => {
		const role = actor ? 'authenticated' : 'anon';
		const claims = actor ? { sub: actor.id, role, email: actor.email ?? undefined } : { role };
		await tx.query(
			`select set_config('request.jwt.claims', $1, true), set_config('role', $2, true)`,
			[JSON.stringify(claims), role],
			{ prepare: true }
		);
		return fn(tx);
	});
}

/**
 * The service path: runs as the database owner and bypasses row-level security.
 * Only for system work (migrations, seeding, sign-in bookkeeping, scheduled jobs).
 */
export function asService<T>(db: Database, fn: (tx: Sql) => Promise<T>): Promise<T> {
	return db.transaction(fn);
}
