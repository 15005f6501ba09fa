/**
 * Notifications without overload (issue 12 point 8): per group of kinds and per circle,
 * "immediately", "daily digest" or "off". The database applies the settings to every
 * notification as it is written (private.apply_notification_settings); the daily digest
 * job below bundles what was held into one notification, and one e-mail when SMTP is
 * configured. Safety notifications are never held or turned off.
 */
import { choosableGroups, type ChoosableGroup } from '$lib/notification-groups';
import { asService, withUser, type Actor, type Database, type Sql } from '../db';
import type { Mailer } from '../mail';
import { log } from '../log';

type SignedIn = NonNullable<Actor>;

/** The groups a person chooses for; the same as push messages use ($lib/notification-groups). */
export const notificationGroups = choosableGroups;
export type NotificationGroup = ChoosableGroup;
export const deliveries = ['immediately', 'digest', 'off'] as const;
export type Delivery = (typeof deliveries)[number];

export type NotificationSettings = {
	groups: Record<NotificationGroup, Delivery>;
	circles: {
		id: string;
		name: string;
		name_en: string | null;
		slug: string;
		delivery: Delivery;
	}[];
};

/** The person's settings, with "immediately" where they chose nothing; circles they belong to. */
export function getNotificationSettings(
	db: Database,
	user: SignedIn
): Promise<NotificationSettings> {
	return withUser(db, user, async (tx) => {
		const rows = await tx.query<{ kind: string; delivery: Delivery }>(
			`select kind, delivery from public.notification_settings where circle_id is null`
		);
		const circles = await tx.query<NotificationSettings['circles'][number]>(
			`select c.id, c.name, c.name_en, c.slug, coalesce(s.delivery, 'immediately') as delivery
			 from public.memberships m join public.circles c on c.id = m.circle_id
			 left join public.notification_settings s
			   on s.circle_id = c.id and s.user_id = m.user_id and s.kind = 'all'
			 where m.user_id = (select auth.uid()) order by c.name`
		);
		const groups = Object.fromEntries(
			notificationGroups.map((g) => [g, rows.find((r) => r.kind === g)?.delivery ?? 'immediately'])
		) as Record<NotificationGroup, Delivery>;
		return { groups, circles };
	});
}

/** Stores the person's choices in one transaction; "immediately" removes a setting. */
export function saveNotificationSettings(
	db: Database,
	user: SignedIn,
	input: { groups: Partial<Record<NotificationGroup, Delivery>>; circles: Record<string, Delivery> }
) {
	return withUser(db, user, async (tx) => {
		const kinds = Object.keys(input.groups);
		const circleIds = Object.keys(input.circles);
		await tx.query(
			`delete from public.notification_settings
			 where (circle_id is null and kind = any ($1::text[])) or circle_id = any ($2::uuid[])`,
			[kinds, circleIds]
		);
		const chosen = Object.entries(input.groups).filter(([, d]) => d !== 'immediately');
		const chosenCircles = Object.entries(input.circles).filter(([, d]) => d !== 'immediately');
		await tx.query(
			`insert into public.notification_settings (kind, circle_id, delivery)
			 select k, c, d from unnest($1::text[], $2::uuid[], $3::text[]) as t(k, c, d)`,
			[
				[...chosen.map(([k]) => k), ...chosenCircles.map(() => 'all')],
				[...chosen.map(() => null), ...chosenCircles.map(([c]) => c)],
				[...chosen.map(([, d]) => d), ...chosenCircles.map(([, d]) => d)]
			]
		);
	});
}

export type DigestLetter = { to: string; subject: string; text: string };

type Held = { user_id: string; email: string | null; kinds: Record<string, number>; total: number };

/** The e-mail of a digest: counts per group in plain words, and one link. */
export function digestLetter(held: Held, origin: string, words: DigestWords): DigestLetter {
	const lines = Object.entries(held.kinds)
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.map(([group, n]) => `- ${words.group(group as NotificationGroup)}: ${n}`);
	return {
		to: held.email ?? '',
		subject: words.subject(held.total),
		text: [
			words.intro(held.total),
			'',
			...lines,
			'',
			`${origin}/notifications`,
			'',
			words.settings(`${origin}/notifications/settings`)
		].join('\n')
	};
}

export type DigestWords = {
	subject: (n: number) => string;
	intro: (n: number) => string;
	group: (g: NotificationGroup) => string;
	settings: (link: string) => string;
};

/**
 * The daily digest (service path): for everyone with held notifications, one in-app
 * notification that counts them per group, and one e-mail when the mailer is real; the
 * held notifications are then shown as read. Idempotent: what is bundled is not bundled
 * again. Returns how many people got a digest.
 */
export async function sendDailyDigests(
	db: Database,
	mailer: Mailer | undefined,
	origin: string,
	words: DigestWords
): Promise<number> {
	const held = await asService(db, (tx) => bundleHeld(tx));
	if (mailer?.real) {
		for (const h of held) {
			if (!h.email) continue;
			await mailer
				.send(digestLetter(h, origin, words))
				.catch((e) => log.error({ err: e }, 'digest e-mail failed'));
		}
	}
	return held.length;
}

async function bundleHeld(tx: Sql): Promise<Held[]> {
	return tx.query<Held>(
		`with bundled as (
		   update public.notifications set held_for_digest = false, digested_at = now(),
		     read_at = coalesce(read_at, now())
		   where held_for_digest
		   returning user_id, private.notification_group(kind) as grp
		 ), per_group as (
		   select user_id, grp, count(*)::int as n from bundled group by user_id, grp
		 ), per_user as (
		   select user_id, jsonb_object_agg(grp, n) as kinds, sum(n)::int as total
		   from per_group group by user_id
		 ), told as (
		   insert into public.notifications (user_id, kind, payload, link)
		   select user_id, 'daily_digest', jsonb_build_object('count', total::text), '/notifications'
		   from per_user
		 )
		 select p.user_id, u.email, p.kinds, p.total
		 from per_user p left join auth.users u on u.id = p.user_id
		 order by p.user_id`
	);
}
