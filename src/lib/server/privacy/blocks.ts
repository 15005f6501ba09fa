import { attempt, type DomainError } from '../errors';
import { withUser, type Database } from '../db';
import type { SessionUser } from '../auth';

export type BlockedPerson = { id: string; name: string | null; created_at: Date };
export type CircleBan = {
	user_id: string;
	name: string | null;
	reason: string;
	created_at: Date;
};

/**
 * Blocks a person: no volunteer conversation or proposal with them, no invitation from
 * them, their chat messages folded away for you. They are not told. Returns false for
 * yourself or someone who does not exist.
 */
export async function blockPerson(db: Database, user: SessionUser, personId: string) {
	if (personId === user.id) return false;
	try {
		await withUser(db, user, (tx) =>
			tx.query(`insert into public.blocks (blocked_id) values ($1) on conflict do nothing`, [
				personId
			])
		);
		return true;
	} catch (e) {
		if (/foreign key|violates/i.test(String(e))) return false;
		throw e;
	}
}

/** Lifts your block of a person. */
export async function unblockPerson(db: Database, user: SessionUser, personId: string) {
	const rows = await withUser(db, user, (tx) =>
		tx.query(`delete from public.blocks where blocked_id = $1 returning blocked_id`, [personId])
	);
	return rows.length > 0;
}

/** The people you blocked, by the name they show (their pseudonym where they set one). */
export function listBlocked(db: Database, user: SessionUser): Promise<BlockedPerson[]> {
	return withUser(db, user, (tx) =>
		tx.query<BlockedPerson>(
			`select blocked_id as id, private.blocked_person_name(blocked_id) as name, created_at
			 from public.blocks order by created_at desc`
		)
	);
}

/** Ids of the people you blocked (to fold their chat messages away). */
export async function blockedIds(db: Database, user: SessionUser): Promise<string[]> {
	const rows = await withUser(db, user, (tx) =>
		tx.query<{ id: string }>(`select blocked_id as id from public.blocks`)
	);
	return rows.map((r) => r.id);
}

/** Names of the hosts of a circle you blocked: joining it first shows a warning. */
export async function blockedHosts(
	db: Database,
	user: SessionUser,
	circleId: string
): Promise<string[]> {
	const rows = await withUser(db, user, (tx) =>
		tx.query<{ name: string | null }>(`select name from private.blocked_hosts($1) as name`, [
			circleId
		])
	);
	return rows.map((r) => r.name ?? '—');
}

/**
 * Bans a person from a circle (its hosts, the area's worker, an admin): they leave it at
 * once and cannot join, ask or be invited again until the ban is lifted.
 */
export function banFromCircle(
	db: Database,
	user: SessionUser,
	input: { circleId: string; personId: string; reason: string }
): Promise<true | DomainError> {
	return attempt(() =>
		withUser(db, user, async (tx) => {
			await tx.query(
				`insert into public.circle_bans (circle_id, user_id, reason) values ($1, $2, $3)
				 on conflict do nothing`,
				[input.circleId, input.personId, input.reason]
			);
			return true as const;
		}).catch((e) => {
			// Not yours to moderate: the same answer as the other rules.
			if (/row-level security/i.test(String(e))) throw new Error('not_host');
			// Nobody by that id.
			if ((e as { code?: string }).code === '23503') throw new Error('not_member');
			throw e;
		})
	);
}

/** Lifts a ban; false when there was none you may lift. */
export async function liftBan(db: Database, user: SessionUser, circleId: string, personId: string) {
	const rows = await withUser(db, user, (tx) =>
		tx.query(
			`delete from public.circle_bans where circle_id = $1 and user_id = $2 returning user_id`,
			[circleId, personId]
		)
	);
	return rows.length > 0;
}

/** The bans of a circle, for its hosts and the area's worker. */
export function listBans(db: Database, user: SessionUser, circleId: string): Promise<CircleBan[]> {
	return withUser(db, user, (tx) =>
		tx.query<CircleBan>(
			`select user_id, private.banned_person_name(circle_id, user_id) as name, reason, created_at
			 from public.circle_bans where circle_id = $1 order by created_at desc`,
			[circleId]
		)
	);
}
