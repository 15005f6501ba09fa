import { randomUUID } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { asService } from '../db/session';
import { occurrences } from '../gatherings/recurrence';
import { seedVolunteerDemo } from '../volunteers/demo';
import { seedDirectory } from './directory';
import { seedOverviewDemo } from '../overview/demo';
import type { Database, Sql } from '../db/types';
import {
	circles,
	demoAccounts,
	demoMembers,
	neighbourhoods,
	residents,
	secondWorker,
	volunteers
} from './town';

async function addUser(
	tx: Sql,
	person: {
		email: string;
		name: string;
		roles?: readonly string[];
		neighbourhood: string;
		languages?: string[];
	}
): Promise<string> {
	const [user] = await tx.query<{ id: string }>(
		`insert into auth.users (email, raw_user_meta_data, email_confirmed_at)
		 values ($1, jsonb_build_object('display_name', $2::text), now()) returning id`,
		[person.email, person.name]
	);
	await tx.query(
		`update public.profiles
		 set roles = $2, languages = $3,
		     neighbourhood_id = (select id from public.neighbourhoods where slug = $4)
		 where id = $1`,
		[user.id, person.roles ?? ['resident'], person.languages ?? ['nl'], person.neighbourhood]
	);
	return user.id;
}

/**
 * The next date (after today) that falls on one of the weekdays, as YYYY-MM-DD; with
 * `nth`, the next that is also the nth such weekday of its month (the second Tuesday).
 */
function nextWeekday(weekdays: number[], nth?: number): string {
	let date = Temporal.Now.plainDateISO('Europe/Amsterdam').add({ days: 1 });
	while (
		(weekdays.length && !weekdays.includes(date.dayOfWeek)) ||
		(nth !== undefined && Math.ceil(date.day / 7) !== nth)
	)
		date = date.add({ days: 1 });
	return date.toString();
}

async function seedGatherings(
	tx: Sql,
	circleId: string,
	c: (typeof circles)[number],
	hostId: string
) {
	const series = occurrences({
		date: nextWeekday(c.meeting_weekdays, c.gatherings.nth),
		time: c.gatherings.time,
		durationMinutes: c.gatherings.minutes,
		recurrence: c.gatherings.recurrence,
		count: 4
	});
	// One series, as a host planning it would make: later dates can be changed together.
	const seriesId = randomUUID();
	for (const [index, o] of series.entries()) {
		await tx.query(
			`insert into public.gatherings
			   (circle_id, series_index, recurrence, title, starts_at, ends_at, location_name, online_url, created_by,
			    title_en, series_id)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			[
				circleId,
				index,
				c.gatherings.recurrence,
				c.name,
				o.startsAt,
				o.endsAt,
				c.location_name,
				c.format === 'online' ? 'https://meet.jit.si/kring-demo' : null,
				hostId,
				c.name_en,
				seriesId
			]
		);
	}
}

/**
 * Seeds the demo town once (service path). Returns false when it is already there.
 * Used on first start of the embedded default and by `npm run db:seed`.
 */
export async function seedDemoTown(db: Database): Promise<boolean> {
	return asService(db, async (tx) => {
		const [done] = await tx.query<{ n: number }>(
			`select count(*)::int as n from auth.users where email = $1`,
			[demoAccounts[0].email]
		);
		if (done.n > 0) return false;

		for (const n of neighbourhoods) {
			await tx.query(
				`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
				 values ($1, $2, 'Alphen aan den Rijn', $3, $4) on conflict (slug) do nothing`,
				[n.slug, n.name, n.latitude, n.longitude]
			);
		}

		const ids = new Map<string, string>();
		for (const a of demoAccounts) ids.set(a.email, await addUser(tx, a));
		ids.set(secondWorker.email, await addUser(tx, { ...secondWorker, roles: ['worker'] }));
		const people = residents();
		for (const r of people) {
			ids.set(
				r.email,
				await addUser(tx, { ...r, languages: r.question.lang === 'en' ? ['en', 'nl'] : ['nl'] })
			);
			await tx.query(
				`insert into public.questions
				   (user_id, body, theme_slugs, neighbourhood_id, preferred_times, languages, consent_to_contact)
				 values ($1, $2, $3, (select id from public.neighbourhoods where slug = $4), $5, $6, $7)`,
				[
					ids.get(r.email),
					r.question.body,
					r.question.themes,
					r.neighbourhood,
					r.question.times,
					[r.question.lang],
					r.question.consent
				]
			);
		}
		for (const v of volunteers()) {
			ids.set(v.email, await addUser(tx, { ...v, roles: ['resident', 'volunteer'] }));
		}

		for (const c of circles) {
			const [row] = await tx.query<{ id: string }>(
				`insert into public.circles
				   (slug, name, name_en, description, description_en, meeting_note, meeting_note_en,
				    location_name, house_rules, theme_slugs, neighbourhood_id, format, visibility,
				    join_policy, capacity, languages, status, created_by, meeting_weekdays, meeting_parts)
				 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,
				   (select id from public.neighbourhoods where slug = $11), $12, $13, $14, $15, $16,
				   'published', $17, $18, $19)
				 returning id`,
				[
					c.slug,
					c.name,
					c.name_en,
					c.description,
					c.description_en,
					c.meeting_note,
					c.meeting_note_en,
					c.location_name,
					c.house_rules,
					c.themes,
					c.neighbourhood,
					c.format,
					c.visibility,
					c.join_policy,
					c.capacity,
					c.languages,
					ids.get(c.host),
					c.meeting_weekdays,
					c.meeting_parts
				]
			);
			await seedGatherings(tx, row.id, c, ids.get(c.host)!);
			// A handful of residents who share the circle's main theme are already members.
			for (const p of demoMembers(c, people)) {
				await tx.query(
					`insert into public.memberships (circle_id, user_id, role) values ($1, $2, 'member')
					 on conflict do nothing`,
					[row.id, ids.get(p.email)]
				);
			}
		}
		// Volunteers: profiles, open help requests and a collective proposal ready to seed.
		await seedVolunteerDemo(tx, ids);
		await seedDirectory(tx);
		// The workers' overview: boundaries, growing debt questions, a struggling circle.
		await seedOverviewDemo(tx);
		return true;
	});
}
