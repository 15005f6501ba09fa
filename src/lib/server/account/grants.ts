import { withUser, type Database } from '../db';
import type { SessionUser } from '../auth';

/** What a resident can open to a neighbourhood worker. */
export const GRANT_SCOPES = ['profile', 'questions', 'help_requests'] as const;
export type GrantScope = (typeof GRANT_SCOPES)[number];
export const GRANT_MIN_DAYS = 1;
export const GRANT_MAX_DAYS = 90;

export type GrantRead = { read_at: string; scope: GrantScope[]; worker: string | null };
export type Grant = {
	id: string;
	worker: string;
	scope: GrantScope[];
	created_at: string;
	expires_at: string;
	revoked_at: string | null;
	active: boolean;
	reads: GrantRead[];
};

export class GrantError extends Error {
	constructor(readonly code: 'grant_days' | 'grant_worker') {
		super(code);
	}
}

/** Neighbourhood workers a resident may open their data to. */
export function grantWorkers(db: Database, user: SessionUser) {
	return withUser(db, user, (tx) =>
		tx.query<{ id: string; name: string }>(`select id, name from private.grant_workers()`)
	);
}

/** Opens chosen data to one worker for 1 to 90 days; returns the grant's id. */
export async function giveAccess(
	db: Database,
	user: SessionUser,
	input: { workerId: string; scope: GrantScope[]; days: number }
): Promise<string> {
	try {
		const [row] = await withUser(db, user, (tx) =>
			tx.query<{ id: string }>(`select private.give_access($1::uuid, $2::text[], $3::int) as id`, [
				input.workerId,
				input.scope,
				input.days
			])
		);
		return row.id;
	} catch (e) {
		const m = /grant_(days|worker)/.exec(String((e as Error).message));
		if (m) throw new GrantError(`grant_${m[1]}` as GrantError['code']);
		throw e;
	}
}

/** Ends a grant at once; false when it was not the person's or already ended. */
export async function revokeAccess(db: Database, user: SessionUser, grantId: string) {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ ok: boolean }>(`select private.revoke_access($1::uuid) as ok`, [grantId])
	);
	return Boolean(row?.ok);
}

/** The person's grants, newest first, each with the log of every read. */
export async function myGrants(db: Database, user: SessionUser): Promise<Grant[]> {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ grants: Grant[] }>(`select private.my_grants() as grants`)
	);
	return row?.grants ?? [];
}

/** Live grants given to a worker (nothing after expiry or revocation, by RLS). */
export function grantsForWorker(db: Database, user: SessionUser) {
	return withUser(db, user, (tx) =>
		tx.query<{ id: string; scope: GrantScope[]; expires_at: Date }>(
			`select id, scope, expires_at from public.access_grants
			 where worker_id = (select auth.uid()) order by expires_at`
		)
	);
}

/** A worker reads what a live grant opens; null once it expired or was revoked. Logged. */
export async function readGrant(
	db: Database,
	user: SessionUser,
	grantId: string
): Promise<Record<string, unknown> | null> {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ data: Record<string, unknown> | null }>(
			`select private.read_granted_data($1::uuid) as data`,
			[grantId]
		)
	);
	return row?.data ?? null;
}
