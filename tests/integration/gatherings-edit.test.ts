import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCircle, updateCircle } from '../../src/lib/server/circles';
import { DomainError } from '../../src/lib/server/errors';
import {
	answerGathering,
	cancelGathering,
	changeGathering,
	getGathering,
	planGatherings
} from '../../src/lib/server/gatherings';
import { listNotifications } from '../../src/lib/server/notifications';
import { circles as demoCircles } from '../../src/lib/server/demo/town';
import type { GatheringChangeInput } from '../../src/lib/schemas/gathering-change';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Hosts change a gathering or the rest of its series and cancel one date (issue 13.6); the
// rules are in the database, so they hold for direct SQL too.
let db: TestDatabase;
let cafe: string;
let host: { id: string };
let yes: { id: string };
let maybe: { id: string };
let stranger: { id: string };
/** A weekly series of four across the change to summer time (Sunday 28 March 2027). */
let series: string[];
const { as, denied } = roleQueries(() => db);
const code = (r: unknown) => (r instanceof DomainError ? r.code : r);
const iso = (d: Date | string) => new Date(d).toISOString();

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	host = { id: await userId(db, 'mohamed@kring.example') };
	stranger = { id: await userId(db, 'joke@kring.example') };
	[{ id: cafe }] = await db.query<{ id: string }>(
		`select id from public.circles where slug = 'autisme-cafe-ridderveld'`
	);
	const members = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'member' order by user_id limit 2`,
		[cafe]
	);
	[yes, maybe] = members.map((m) => ({ id: m.user_id }));
	const ids = await planGatherings(db, host, cafe, {
		title: 'Lenteavond',
		title_en: 'Spring evening',
		description: '',
		date: '2027-03-16',
		time: '19:30',
		duration_minutes: 90,
		recurrence: 'weekly',
		count: 4,
		location_name: 'Buurthuis De Wever',
		address: 'Kerkstraat 1',
		room: 'Zaal 2',
		online_url: '',
		capacity: '10'
	});
	if (!Array.isArray(ids)) throw ids;
	series = ids;
	for (const id of series) {
		expect(await answerGathering(db, yes, id, 'yes')).toBe(true);
		expect(await answerGathering(db, maybe, id, 'maybe')).toBe(true);
	}
});
afterAll(() => db?.close());

const change = (over: Partial<GatheringChangeInput> = {}): GatheringChangeInput => ({
	title: 'Lenteavond',
	title_en: 'Spring evening',
	date: '2027-03-23',
	time: '19:30',
	duration_minutes: 90,
	location_name: 'Buurthuis De Wever',
	address: 'Kerkstraat 1',
	room: 'Zaal 2',
	online_url: '',
	capacity: '10',
	scope: 'one',
	...over
});
const kinds = async (who: { id: string }, kind: string) =>
	(await listNotifications(db, who)).filter((n) => n.kind === kind);
const starts = async () =>
	(
		await db.query<{ starts_at: Date }>(
			'select starts_at from public.gatherings where id = any ($1::uuid[]) order by series_index',
			[series]
		)
	).map((r) => iso(r.starts_at));

describe('changing gatherings', () => {
	it('an English title is stored with the plan', async () => {
		expect(await getGathering(db, yes, series[0])).toMatchObject({
			title_en: 'Spring evening',
			later_count: 3
		});
	});

	it('a host changes one date: only that one moves, and those who said yes are told once', async () => {
		const before = await starts();
		expect(before[1]).toBe('2027-03-23T18:30:00.000Z');
		const changed = await changeGathering(
			db,
			host,
			series[1],
			change({ time: '20:00', room: 'Zaal 3' })
		);
		expect(changed).toBe(1);
		const after = await starts();
		expect(after).toEqual([before[0], '2027-03-23T19:00:00.000Z', before[2], before[3]]);
		const [one] = await db.query<{ room: string; ends_at: Date }>(
			'select room, ends_at from public.gatherings where id = $1',
			[series[1]]
		);
		expect(one).toMatchObject({ room: 'Zaal 3' });
		expect(iso(one.ends_at)).toBe('2027-03-23T20:30:00.000Z');
		const told = await kinds(yes, 'gathering_changed');
		expect(told).toHaveLength(1);
		expect(told[0]).toMatchObject({ link: `/gatherings/${series[1]}` });
		expect(told[0].payload).toMatchObject({ title: 'Lenteavond', title_en: 'Spring evening' });
		expect(await kinds(maybe, 'gathering_changed')).toHaveLength(0);
		expect(await kinds(host, 'gathering_changed')).toHaveLength(0);
	});

	it('a host changes this and the later dates: wall-clock time across summer time, a shift of days, one message per person', async () => {
		// Only the time changes: the later dates keep their own place.
		await db.query(`update public.gatherings set room = 'Keuken' where id = $1`, [series[3]]);
		const toldBefore = (await kinds(yes, 'gathering_changed')).length;
		const changed = await changeGathering(
			db,
			host,
			series[1],
			change({ date: '2027-03-24', time: '19:00', room: 'Zaal 3', scope: 'later' })
		);
		expect(changed).toBe(3);
		// 24 March is winter time (UTC+1); 31 March and 7 April summer time (UTC+2).
		expect(await starts()).toEqual([
			'2027-03-16T18:30:00.000Z',
			'2027-03-24T18:00:00.000Z',
			'2027-03-31T17:00:00.000Z',
			'2027-04-07T17:00:00.000Z'
		]);
		const rooms = await db.query<{ room: string }>(
			'select room from public.gatherings where id = any ($1::uuid[]) order by series_index',
			[series]
		);
		expect(rooms.map((r) => r.room)).toEqual(['Zaal 2', 'Zaal 3', 'Zaal 2', 'Keuken']);
		// Three dates changed, one new message for someone who said yes to all of them.
		expect(await kinds(yes, 'gathering_changed')).toHaveLength(toldBefore + 1);
	});

	it('capacity below the number of yes answers is refused, also by direct SQL', async () => {
		await answerGathering(db, host, series[2], 'yes');
		expect(
			code(
				await changeGathering(
					db,
					host,
					series[2],
					change({ date: '2027-03-31', time: '19:00', capacity: '1' })
				)
			)
		).toBe('capacity_below_yes');
		await expect(
			as(host, 'update public.gatherings set capacity = 1 where id = $1', [series[2]])
		).rejects.toThrow(/capacity_below_yes/);
		expect(
			await changeGathering(
				db,
				host,
				series[2],
				change({ date: '2027-03-31', time: '19:00', capacity: '2' })
			)
		).toBe(1);
	});

	it('another member, a stranger and an anonymous visitor cannot change or cancel', async () => {
		for (const who of [yes, stranger]) {
			expect(
				await denied(who, `update public.gatherings set title = 'Weg' where id = $1 returning id`, [
					series[0]
				])
			).toBe(true);
			await expect(
				as(
					who,
					`select public.change_gathering($1, true, '2027-03-16', '09:00', 90, 'Weg', '', '', '', '', '', null)`,
					[series[0]]
				)
			).rejects.toThrow(/not_host/);
			expect(await cancelGathering(db, who, series[0])).toBe(false);
		}
		await expect(
			as(
				null,
				`select public.change_gathering($1, true, '2027-03-16', '09:00', 90, 'Weg', '', '', '', '', '', null)`,
				[series[0]]
			)
		).rejects.toThrow(/permission denied/);
		const [g] = await db.query<{ title: string; cancelled_at: Date | null }>(
			'select title, cancelled_at from public.gatherings where id = $1',
			[series[0]]
		);
		expect(g).toEqual({ title: 'Lenteavond', cancelled_at: null });
	});

	it('a host cannot move a gathering to another circle or series', async () => {
		// Refused by the column grants (20261203130000) before the trigger's own check.
		const [other] = await db.query<{ circle_id: string }>(
			`select m.circle_id from public.memberships m where m.user_id = $1 and m.role = 'host' and m.circle_id <> $2 limit 1`,
			[host.id, cafe]
		);
		if (other) {
			await expect(
				as(host, 'update public.gatherings set circle_id = $2 where id = $1', [
					series[0],
					other.circle_id
				])
			).rejects.toThrow(/stays in its circle|permission denied/);
		}
		await expect(
			as(host, 'update public.gatherings set series_index = 9 where id = $1', [series[0]])
		).rejects.toThrow(/stays in its circle|permission denied/);
	});

	it('a host cancels one date of a series; those who said yes are told; it can no longer change', async () => {
		expect(await cancelGathering(db, host, series[3])).toBe(true);
		const rows = await db.query<{ cancelled: boolean }>(
			'select cancelled_at is not null as cancelled from public.gatherings where id = any ($1::uuid[]) order by series_index',
			[series]
		);
		expect(rows.map((r) => r.cancelled)).toEqual([false, false, false, true]);
		const told = await kinds(yes, 'gathering_cancelled');
		expect(told).toHaveLength(1);
		expect(told[0].link).toBe(`/gatherings/${series[3]}`);
		expect(await kinds(maybe, 'gathering_cancelled')).toHaveLength(0);
		expect(code(await changeGathering(db, host, series[3], change({ date: '2027-04-07' })))).toBe(
			'gathering_cancelled'
		);
		// A series change from an earlier date passes the cancelled one by.
		expect(
			await changeGathering(
				db,
				host,
				series[1],
				change({ date: '2027-03-24', time: '19:15', scope: 'later' })
			)
		).toBe(2);
	});

	it('a gathering that has started or is over cannot be changed or cancelled', async () => {
		await db.query(
			`update public.gatherings set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 hour' where id = $1`,
			[series[0]]
		);
		expect(code(await changeGathering(db, host, series[0], change({ date: '2030-01-01' })))).toBe(
			'gathering_over'
		);
		expect(code(await cancelGathering(db, host, series[0]))).toBe('gathering_over');
		await expect(
			as(host, `update public.gatherings set room = 'Elders' where id = $1`, [series[0]])
		).rejects.toThrow(/gathering_over/);
		// Moving a future gathering into the past is refused too.
		expect(code(await changeGathering(db, host, series[1], change({ date: '2020-03-24' })))).toBe(
			'gathering_in_past'
		);
	});
});

describe('English texts (issue 13.7)', () => {
	it('a host gives the house rules and meeting note in English; an edit without them keeps them', async () => {
		const c = (await getCircle(db, host, 'autisme-cafe-ridderveld'))!;
		const input = {
			name: c.name,
			description: c.description,
			name_en: c.name_en ?? '',
			description_en: c.description_en ?? '',
			house_rules: c.house_rules,
			meeting_note: c.meeting_note,
			location_name: c.location_name,
			theme_slugs: c.theme_slugs,
			neighbourhood_id: c.neighbourhood_id ?? '',
			format: c.format,
			visibility: c.visibility,
			join_policy: c.join_policy,
			capacity: c.capacity === null ? '' : String(c.capacity),
			meeting_weekdays: c.meeting_weekdays,
			meeting_parts: c.meeting_parts as ('morning' | 'afternoon' | 'evening')[],
			languages: c.languages,
			publish: false
		};
		const rules = 'We listen to each other. What is said here stays here.';
		expect(
			await updateCircle(db, host, cafe, {
				...input,
				house_rules_en: rules,
				meeting_note_en: 'First Tuesday of the month'
			})
		).toBe(true);
		expect(await getCircle(db, null, 'autisme-cafe-ridderveld')).toMatchObject({
			house_rules_en: rules,
			meeting_note_en: 'First Tuesday of the month'
		});
		expect(await updateCircle(db, host, cafe, input)).toBe(true);
		expect((await getCircle(db, null, 'autisme-cafe-ridderveld'))!.house_rules_en).toBe(rules);
		// Another member cannot write them.
		expect(await updateCircle(db, yes, cafe, { ...input, house_rules_en: 'Hacked' })).toBe(false);
	});
});

describe('demo town (issue 13.5)', () => {
	it('the monthly demo gatherings fall on the weekday of the month their circle names', async () => {
		const expected: Record<string, { weekday: number; nth: number }> = {
			'autisme-cafe-ridderveld': { weekday: 2, nth: 2 }, // every second Tuesday
			'meedoen-met-een-beperking': { weekday: 6, nth: 1 }, // first Saturday
			mantelzorgcafe: { weekday: 1, nth: 1 } // first Monday
		};
		for (const [slug, want] of Object.entries(expected)) {
			const rows = await db.query<{ isodow: number; day: number }>(
				`select extract(isodow from g.starts_at at time zone g.time_zone)::int as isodow,
				   extract(day from g.starts_at at time zone g.time_zone)::int as day
				 from public.gatherings g join public.circles c on c.id = g.circle_id
				 where c.slug = $1 and g.created_by is not null and g.title = c.name`,
				[slug]
			);
			expect(rows.length).toBeGreaterThan(0);
			for (const r of rows) {
				expect({ slug, isodow: r.isodow, nth: Math.ceil(r.day / 7) }).toEqual({
					slug,
					isodow: want.weekday,
					nth: want.nth
				});
			}
		}
	});

	it("each circle's meeting note gives its gatherings' start time, written as the pages write times", async () => {
		// The notes as the demo town writes them (another test here edits one in the database).
		const rows = await db.query<{ slug: string; starts: string[] }>(
			`select c.slug,
			   array_agg(distinct to_char(g.starts_at at time zone g.time_zone, 'HH24:MI')) as starts
			 from public.circles c join public.gatherings g on g.circle_id = c.id
			 where g.created_by is not null and g.title = c.name
			 group by c.slug`
		);
		const times = (note = '') => note.match(/\b\d{1,2}[.:]\d{2}\b/g) ?? [];
		const timed = demoCircles.filter((c) => times(c.meeting_note).length);
		expect(timed.length).toBeGreaterThan(10);
		for (const c of timed) {
			// 24-hour times with a colon, the same in both languages ("19:30", never "19.30" or "7.30 pm").
			expect({ slug: c.slug, en: times(c.meeting_note_en) }).toEqual({
				slug: c.slug,
				en: times(c.meeting_note)
			});
			expect(times(c.meeting_note).filter((t) => !/^\d{2}:\d{2}$/.test(t))).toEqual([]);
			const starts = rows.find((r) => r.slug === c.slug)?.starts;
			if (starts)
				expect({ slug: c.slug, starts }).toEqual({
					slug: c.slug,
					starts: [times(c.meeting_note)[0]]
				});
		}
	});
});
