import { describe, expect, it } from 'vitest';
import { clockTime, dayLabel, timeline } from './timeline';

const words = { today: 'Vandaag', yesterday: 'Gisteren' };
const msg = (authorId: string | null, createdAt: string) => ({ authorId, createdAt });

describe('chat timeline', () => {
	const now = new Date('2026-11-30T10:00:00Z');

	it('groups one author within five minutes and starts a new day in Amsterdam time', () => {
		const entries = timeline(
			[
				msg('a', '2026-11-28T18:00:00Z'), // Saturday 19:00 in Amsterdam
				msg('a', '2026-11-28T18:04:00Z'), // same run
				msg('a', '2026-11-28T18:10:00Z'), // 6 minutes later: new head
				msg('b', '2026-11-28T18:11:00Z'), // other author
				msg('b', '2026-11-28T23:30:00Z'), // 00:30 on Sunday in Amsterdam: new day
				msg(null, '2026-11-30T08:00:00Z'), // a former member: always a head
				msg(null, '2026-11-30T08:01:00Z')
			],
			{ now, locale: 'nl', ...words }
		);
		expect(entries.map((e) => e.head)).toEqual([true, false, true, true, true, true, true]);
		expect(entries.map((e) => e.day)).toEqual([
			'zaterdag 28 november',
			null,
			null,
			null,
			'Gisteren',
			'Vandaag',
			null
		]);
		expect(entries[4].time).toBe('00:30');
	});

	it('says times and days in the reader language, in Amsterdam time in summer and winter', () => {
		expect(clockTime(new Date('2026-07-01T17:30:00Z'), 'nl')).toBe('19:30');
		expect(clockTime(new Date('2026-01-15T18:30:00Z'), 'nl')).toBe('19:30');
		expect(clockTime(new Date('2026-01-15T18:30:00Z'), 'en-GB')).toBe('19:30');
		expect(dayLabel(new Date('2025-03-03T12:00:00Z'), now, 'en', words)).toBe(
			'Monday, March 3, 2025'
		);
	});
});
