import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { calendarFeedToken } from '../../src/lib/server/gatherings';
import { GET as feed } from '../../src/routes/calendar/feed/[token]/+server';
import { GET as single } from '../../src/routes/gatherings/[id=uuid]/ics/+server';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

/**
 * Issue 13.1: a gathering at 19:30 in Amsterdam was written as 18:30 (winter) or 17:30
 * (summer) under TZID=Europe/Amsterdam. Each case is parsed back with ical.js, using
 * only the VTIMEZONE the file itself carries, converted to UTC and compared with the
 * instant in the database.
 */

const zone = 'Europe/Amsterdam';
const at = (wall: string, disambiguation: 'earlier' | 'later' = 'earlier') =>
	new Date(
		Temporal.PlainDateTime.from(wall).toZonedDateTime(zone, { disambiguation }).epochMilliseconds
	);

// All in 2027, so the feed (upcoming and last 30 days) has them whatever today is.
const cases = [
	{ title: 'Winteravond', start: at('2027-01-13T19:30'), end: at('2027-01-13T21:00') },
	{ title: 'Zomeravond', start: at('2027-07-14T19:30'), end: at('2027-07-14T21:00') },
	// A weekly series across the change to summer time (Sunday 28 March 2027)...
	...['2027-03-17', '2027-03-24', '2027-03-31', '2027-04-07'].map((d) => ({
		title: `Voorjaar ${d}`,
		start: at(`${d}T19:30`),
		end: at(`${d}T21:00`)
	})),
	// ...and across the change back (Sunday 31 October 2027).
	...['2027-10-20', '2027-10-27', '2027-11-03'].map((d) => ({
		title: `Najaar ${d}`,
		start: at(`${d}T19:30`),
		end: at(`${d}T21:00`)
	})),
	// Through the night the clocks go forward: 01:30 CET to 04:00 CEST is 1½ hours.
	{ title: 'Nachtwake maart', start: at('2027-03-28T01:30'), end: at('2027-03-28T04:00') },
	// The hour that happens twice: the first 02:30 (CEST) and the second (CET).
	{ title: 'Eerste half drie', start: at('2027-10-31T02:30'), end: at('2027-10-31T04:00') },
	{
		title: 'Tweede half drie',
		start: at('2027-10-31T02:30', 'later'),
		end: at('2027-10-31T04:00')
	}
];

let db: TestDatabase;
let mohamed: { id: string; email: string };
const ids = new Map<string, string>();

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	mohamed = { id: await userId(db, 'mohamed@kring.example'), email: 'mohamed@kring.example' };
	const [circle] = await db.query<{ id: string }>(
		`select id from public.circles where slug = 'autisme-cafe-ridderveld'`
	);
	for (const c of cases) {
		const [row] = await db.query<{ id: string }>(
			`insert into public.gatherings (circle_id, title, starts_at, ends_at, time_zone)
			 values ($1, $2, $3, $4, $5) returning id`,
			[circle.id, c.title, c.start, c.end, zone]
		);
		ids.set(c.title, row.id);
	}
});
afterAll(() => db?.close());

const url = new URL('https://kring.example/');
const locals = () => ({ db, user: mohamed }) as unknown as App.Locals;
type Handler = (event: never) => Response | Promise<Response>;
const call = (handler: Handler, params: Record<string, string>) =>
	(handler as (event: unknown) => Promise<Response>)({ locals: locals(), params, url });

function events(text: string) {
	ICAL.TimezoneService.reset(); // no zone from elsewhere: only what the file carries
	const calendar = new ICAL.Component(ICAL.parse(text));
	const tzids = calendar
		.getAllSubcomponents('vtimezone')
		.map((v) => v.getFirstPropertyValue('tzid'));
	return {
		tzids,
		events: calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e))
	};
}

function expectSameInstants(text: string, wanted: typeof cases) {
	const { tzids, events: list } = events(text);
	// RFC 5545: every TZID used has its VTIMEZONE.
	const used = new Set([...text.matchAll(/;TZID=([^:;]+)[:;]/g)].map((m) => m[1]));
	expect(tzids.sort()).toEqual([...used].sort());
	expect([...used].every((tzid) => tzid === zone)).toBe(true);
	// Everything but the repeated hour is written in Amsterdam time.
	if (wanted.some((c) => !c.title.includes('half drie'))) expect([...used]).toEqual([zone]);
	for (const c of wanted) {
		const event = list.find((e) => e.summary.startsWith(c.title));
		expect(event, c.title).toBeDefined();
		expect(event!.startDate.toJSDate().toISOString(), c.title).toBe(c.start.toISOString());
		expect(event!.endDate.toJSDate().toISOString(), c.title).toBe(c.end.toISOString());
		// Not floating: it names Amsterdam, or (the repeated hour) UTC.
		expect(['Europe/Amsterdam', 'UTC'], c.title).toContain(event!.startDate.zone.tzid);
	}
}

describe('calendar files carry the time the gathering really starts', () => {
	it('the feed: winter, summer and across both daylight-saving changes', async () => {
		const token = await calendarFeedToken(db, mohamed);
		const response = await call(feed as Handler, { token: `${token}.ics` });
		expect(response.status).toBe(200);
		const text = await response.text();
		expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270113T193000');
		expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270714T193000');
		expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270331T193000');
		expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20271103T193000');
		// 02:30 on 31 October happens twice: local time cannot say which, so both are in UTC.
		expect(text).toContain('DTSTART:20271031T003000Z');
		expect(text).toContain('DTSTART:20271031T013000Z');
		expectSameInstants(text, cases);
	});

	it('the single .ics download, for each case', async () => {
		for (const c of cases) {
			const response = await call(single as Handler, { id: ids.get(c.title)! });
			expect(response.status).toBe(200);
			expect(response.headers.get('content-type')).toContain('text/calendar');
			const text = await response.text();
			expect(events(text).events.length).toBe(1);
			expectSameInstants(text, [c]);
		}
	});

	it('the winter and summer evening both read 19:30 in Amsterdam', async () => {
		const response = await call(single as Handler, { id: ids.get('Zomeravond')! });
		const [event] = events(await response.text()).events;
		expect([event.startDate.hour, event.startDate.minute]).toEqual([19, 30]);
		const winter = await call(single as Handler, { id: ids.get('Winteravond')! });
		const [w] = events(await winter.text()).events;
		expect([w.startDate.hour, w.startDate.minute, w.startDate.zone.tzid]).toEqual([
			19,
			30,
			'Europe/Amsterdam'
		]);
	});
});
