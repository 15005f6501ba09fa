import { randomBytes, randomUUID } from 'node:crypto';
import type { GatheringInput } from '$lib/schemas/gathering';
import { asService, withUser, type Actor, type Database } from '../db';
import { attempt } from '../errors';
import type { Mailer } from '../mail';
import { occurrences } from './recurrence';
import { log } from '../log';

export { occurrences } from './recurrence';
export { gatheringsCalendar } from './calendar';
export { changeGathering } from './changes';
export { englishTitle } from './titles';

type SignedIn = NonNullable<Actor>;

export type Gathering = {
	id: string;
	circle_id: string;
	circle_slug: string;
	circle_name: string;
	circle_name_en: string | null;
	title: string;
	title_en: string | null;
	description: string;
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
	recurrence: string;
	series_id: string | null;
	/** Later dates of its series that have not started and are not cancelled. */
	later_count: number;
	location_name: string;
	address: string;
	room: string;
	online_url: string | null;
	capacity: number | null;
	cancelled_at: Date | null;
	yes_count: number;
	maybe_count: number;
	my_answer: 'yes' | 'maybe' | 'no' | null;
	is_host: boolean;
	is_member: boolean;
};

const gatheringColumns = `
	g.id, g.circle_id, c.slug as circle_slug, c.name as circle_name, c.name_en as circle_name_en,
	g.title, g.title_en, g.description,
	g.starts_at, g.ends_at, g.time_zone, g.recurrence, g.series_id,
	(select count(*)::int from public.gatherings s
	 where s.series_id = g.series_id and s.series_index > g.series_index
	   and s.cancelled_at is null and s.starts_at > now()) as later_count,
	g.location_name, g.address, g.room,
	-- the online link is for members only (the column is not granted; the function checks)
	private.gathering_online_url(g.id) as online_url,
	g.capacity, g.cancelled_at,
	(select count(*)::int from public.gathering_rsvps r where r.gathering_id = g.id and r.answer = 'yes') as yes_count,
	(select count(*)::int from public.gathering_rsvps r where r.gathering_id = g.id and r.answer = 'maybe') as maybe_count,
	(select r.answer from public.gathering_rsvps r where r.gathering_id = g.id and r.user_id = (select auth.uid())) as my_answer,
	private.is_circle_host(g.circle_id) as is_host,
	private.is_circle_member(g.circle_id) as is_member`;

/** Plans one gathering or a recurring series (hosts only, never in the past). */
export function planGatherings(
	db: Database,
	actor: SignedIn,
	circleId: string,
	input: Omit<GatheringInput, 'title_en'> & { title_en?: string }
) {
	const list = occurrences({
		date: input.date,
		time: input.time,
		durationMinutes: input.duration_minutes,
		recurrence: input.recurrence,
		count: input.count
	});
	const seriesId = list.length > 1 ? randomUUID() : null;
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const ids: string[] = [];
			for (const [index, o] of list.entries()) {
				const [row] = await tx.query<{ id: string }>(
					`insert into public.gatherings
					   (circle_id, series_id, series_index, recurrence, title, description, starts_at, ends_at,
					    location_name, address, room, online_url, capacity, title_en, created_by)
					 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, (select auth.uid()))
					 returning id`,
					[
						circleId,
						seriesId,
						index,
						input.recurrence,
						input.title,
						input.description,
						o.startsAt,
						o.endsAt,
						input.location_name,
						input.address,
						input.room,
						input.online_url || null,
						input.capacity === '' ? null : Number(input.capacity),
						input.title_en || null
					]
				);
				ids.push(row.id);
			}
			return ids;
		})
	);
}

export function getGathering(db: Database, actor: Actor, id: string): Promise<Gathering | null> {
	return withUser(db, actor, async (tx) => {
		const [row] = await tx.query<Gathering>(
			`select ${gatheringColumns} from public.gatherings g join public.circles c on c.id = g.circle_id
			 where g.id = $1`,
			[id]
		);
		return row ?? null;
	});
}

/** Upcoming gatherings of one circle (what RLS lets the actor see). */
export function upcomingGatherings(db: Database, actor: Actor, circleId: string, limit = 6) {
	return withUser(db, actor, (tx) =>
		tx.query<Gathering>(
			`select ${gatheringColumns} from public.gatherings g join public.circles c on c.id = g.circle_id
			 where g.circle_id = $1 and g.ends_at > now() and g.cancelled_at is null
			 order by g.starts_at limit $2`,
			[circleId, limit]
		)
	);
}

/** All upcoming gatherings of the actor's circles. */
export function myGatherings(db: Database, actor: SignedIn, limit = 200) {
	return withUser(db, actor, (tx) =>
		tx.query<Gathering>(
			`select ${gatheringColumns} from public.gatherings g join public.circles c on c.id = g.circle_id
			 where private.is_circle_member(g.circle_id) and g.ends_at > now() - interval '30 days'
			 order by g.starts_at limit $1`,
			[limit]
		)
	);
}

export function answerGathering(
	db: Database,
	actor: SignedIn,
	gatheringId: string,
	answer: 'yes' | 'maybe' | 'no'
) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const rows = await tx.query(
				`insert into public.gathering_rsvps (gathering_id, user_id, answer) values ($1, (select auth.uid()), $2)
				 on conflict (gathering_id, user_id) do update set answer = excluded.answer
				 returning answer`,
				[gatheringId, answer]
			);
			return rows.length > 0;
		})
	);
}

/** Who comes: names for fellow members only (RLS on RSVPs and profiles). */
export async function gatheringAttendees(db: Database, actor: Actor, gatheringId: string) {
	if (!actor) return [];
	return withUser(db, actor, (tx) =>
		tx.query<{ name: string; answer: 'yes' | 'maybe' | 'no' }>(
			`select coalesce(private.public_name(r.user_id), '?') as name, r.answer
			 from public.gathering_rsvps r
			 where r.gathering_id = $1 order by r.answer desc, name`,
			[gatheringId]
		)
	);
}

/**
 * Cancels one gathering (one date of a series); hosts only (RLS), never once it has
 * started (trigger). Members who said yes are told (trigger).
 */
export function cancelGathering(db: Database, actor: SignedIn, gatheringId: string) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const rows = await tx.query(
				'update public.gatherings set cancelled_at = now() where id = $1 and cancelled_at is null returning 1',
				[gatheringId]
			);
			return rows.length > 0;
		})
	);
}

/** The actor's calendar feed token, made on first use. */
export function calendarFeedToken(db: Database, actor: SignedIn) {
	return withUser(db, actor, async (tx) => {
		const [existing] = await tx.query<{ token: string }>('select token from public.calendar_feeds');
		if (existing) return existing.token;
		const token = randomBytes(24).toString('base64url');
		await tx.query('insert into public.calendar_feeds (token) values ($1)', [token]);
		return token;
	});
}

/** A new feed address; the old one stops working at once. */
export function renewCalendarFeed(db: Database, actor: SignedIn) {
	return withUser(db, actor, async (tx) => {
		await tx.query('delete from public.calendar_feeds');
		const token = randomBytes(24).toString('base64url');
		await tx.query('insert into public.calendar_feeds (token) values ($1)', [token]);
		return token;
	});
}

/** Whose feed a token is. Service read: the secret token is the permission. */
export async function calendarFeedOwner(db: Database, token: string): Promise<SignedIn | null> {
	if (!/^[\w-]{32,}$/.test(token)) return null;
	const [row] = await asService(db, (tx) =>
		tx.query<{ id: string }>('select user_id as id from public.calendar_feeds where token = $1', [
			token
		])
	);
	return row ?? null;
}

/**
 * Sends the in-app reminder for gatherings starting within a day, once, to members who
 * did not say no. System job (service path); returns how many reminders went out.
 */
export async function sendDueReminders(
	db: Database,
	within = '24 hours',
	mailer?: Mailer,
	origin = ''
): Promise<number> {
	const recipients = await asService(db, async (tx) => {
		const due = await tx.query<{ id: string }>(
			`update public.gatherings set reminder_sent_at = now()
			 where reminder_sent_at is null and cancelled_at is null
			   and starts_at > now() and starts_at <= now() + $1::interval
			 returning id`,
			[within]
		);
		if (!due.length) return [];
		const people = await tx.query<Reminder>(
			`select m.user_id, u.email, g.id as gathering_id, g.title, c.name as circle_name,
			   g.starts_at, g.ends_at, g.time_zone
			 from public.gatherings g
			 join public.circles c on c.id = g.circle_id
			 join public.memberships m on m.circle_id = g.circle_id
			 left join auth.users u on u.id = m.user_id
			 where g.id = any ($1::uuid[])
			   and not exists (select 1 from public.gathering_rsvps r where r.gathering_id = g.id and r.user_id = m.user_id and r.answer = 'no')`,
			[due.map((d) => d.id)]
		);
		for (const p of people) {
			await tx.query(
				`select public.notify($1, 'gathering_reminder',
				   jsonb_build_object('circle', $2::text, 'title', $3::text, 'starts_at', $4::timestamptz), $5)`,
				[p.user_id, p.circle_name, p.title, p.starts_at, `/gatherings/${p.gathering_id}`]
			);
		}
		return people;
	});
	// Email only once the reminders are stored, and only when real mail is configured.
	if (mailer?.real) {
		for (const p of recipients) {
			if (!p.email) continue;
			await mailer
				.send(reminderLetter(p, origin))
				.catch((e) => log.error({ err: e }, 'reminder email failed'));
		}
	}
	return recipients.length;
}

type Reminder = {
	user_id: string;
	email: string | null;
	gathering_id: string;
	title: string;
	circle_name: string;
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
};

/** A plain reminder in Dutch and English (Kring does not yet store a language per person). */
export function reminderLetter(r: Reminder, origin: string) {
	const when = (locale: string) =>
		new Date(r.starts_at).toLocaleString(locale, {
			timeZone: r.time_zone,
			weekday: 'long',
			day: 'numeric',
			month: 'long',
			hour: '2-digit',
			minute: '2-digit'
		});
	return {
		to: r.email!,
		subject: `Herinnering: ${r.title} (${r.circle_name})`,
		text: [
			`${r.title} van ${r.circle_name} is ${when('nl-NL')}.`,
			`${origin}/gatherings/${r.gathering_id}`,
			'',
			`Reminder: ${r.title} of ${r.circle_name} is on ${when('en-GB')}.`
		].join('\n')
	};
}
