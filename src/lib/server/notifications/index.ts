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
			// Held for the daily digest: shown once the digest has bundled them. Most kinds were
			// written with the circle's Dutch name only: its English name (as it is now, where the
			// reader may still see the circle) is added, so an English reader is not told "in
			// Dutch" about a circle that has an English name.
			`select n.id, n.kind,
			        case when c.name_en is not null and not n.payload ? 'circle_en'
			             then n.payload || jsonb_build_object('circle_en', c.name_en)
			             else n.payload end as payload,
			        n.link, n.created_at, n.read_at
			 from public.notifications n
			 left join public.circles c on c.slug = n.payload ->> 'circle_slug'
			 where not n.held_for_digest order by n.created_at desc limit $1`,
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
