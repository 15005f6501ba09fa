import { withUser, type Actor, type Database, type Sql } from '../db';

type SignedIn = NonNullable<Actor>;

export type Notification = {
	id: string;
	kind: string;
	payload: Record<string, string>;
	link: string | null;
	created_at: Date;
	read_at: Date | null;
};

export function listNotifications(db: Database, actor: SignedIn, limit = 50) {
	return withUser(db, actor, (tx) =>
		tx.query<Notification>(
			// held for the daily digest: shown once the digest has bundled them
			`select id, kind, payload, link, created_at, read_at from public.notifications
			 where not held_for_digest order by created_at desc limit $1`,
			[limit]
		)
	);
}

/** How many of your notifications are unread, inside a transaction that runs as you. */
export async function countUnreadNotifications(tx: Sql): Promise<number> {
	const [row] = await tx.query<{ n: number }>(
		'select count(*)::int as n from public.notifications where read_at is null and not held_for_digest'
	);
	return row.n;
}

/** Marks one notification (or all, without an id) as read. */
export function markNotificationsRead(db: Database, actor: SignedIn, id?: string) {
	return withUser(db, actor, (tx) =>
		tx.query(
			`update public.notifications set read_at = now()
			 where read_at is null and ($1::uuid is null or id = $1)`,
			[id ?? null]
		)
	);
}
