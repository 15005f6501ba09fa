import { describe, expect, it } from 'vitest';
import { occurrences } from './recurrence';

const local = (d: Date) =>
	d.toLocaleString('nl-NL', {
		timeZone: 'Europe/Amsterdam',
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		hour: '2-digit',
		minute: '2-digit'
	});

describe('occurrences', () => {
	it('a one-off gathering is one occurrence with its duration', () => {
		const [g, ...rest] = occurrences({
			date: '2026-12-01',
			time: '19:30',
			durationMinutes: 90,
			recurrence: 'weekly',
			count: 1
		});
		expect(rest).toHaveLength(0);
		expect(g.startsAt.toISOString()).toBe('2026-12-01T18:30:00.000Z');
		expect(g.endsAt.toISOString()).toBe('2026-12-01T20:00:00.000Z');
	});

	it('weekly gatherings keep their local time across the change to summer time', () => {
		// Summer time starts on Sunday 29 March 2026.
		const list = occurrences({
			date: '2026-03-24',
			time: '19:30',
			durationMinutes: 60,
			recurrence: 'weekly',
			count: 2
		});
		expect(list.map((o) => o.startsAt.toISOString())).toEqual([
			'2026-03-24T18:30:00.000Z',
			'2026-03-31T17:30:00.000Z'
		]);
		expect(list.map((o) => local(o.startsAt))).toEqual(['di 24 mrt, 19:30', 'di 31 mrt, 19:30']);
	});

	it('every other week across the change back to winter time', () => {
		// Winter time starts on Sunday 25 October 2026.
		const list = occurrences({
			date: '2026-10-16',
			time: '14:00',
			durationMinutes: 60,
			recurrence: 'biweekly',
			count: 2
		});
		expect(list.map((o) => o.startsAt.toISOString())).toEqual([
			'2026-10-16T12:00:00.000Z',
			'2026-10-30T13:00:00.000Z'
		]);
	});

	it('monthly on the Nth weekday follows the weekday, not the date', () => {
		// 8 December 2026 is the 2nd Tuesday.
		const list = occurrences({
			date: '2026-12-08',
			time: '19:30',
			durationMinutes: 120,
			recurrence: 'monthly',
			count: 4
		});
		expect(list.map((o) => local(o.startsAt))).toEqual([
			'di 8 dec, 19:30',
			'di 12 jan, 19:30',
			'di 9 feb, 19:30',
			'di 9 mrt, 19:30'
		]);
	});

	it('a 5th weekday becomes the last one in months that have only four', () => {
		// 29 December 2026 is the 5th Tuesday; February 2027 has four Tuesdays.
		const list = occurrences({
			date: '2026-12-29',
			time: '10:00',
			durationMinutes: 60,
			recurrence: 'monthly',
			count: 3
		});
		expect(list.map((o) => local(o.startsAt))).toEqual([
			'di 29 dec, 10:00',
			'di 26 jan, 10:00',
			'di 23 feb, 10:00'
		]);
	});
});
