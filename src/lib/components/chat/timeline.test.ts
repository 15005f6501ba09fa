import { describe, expect, it } from 'vitest';
import { ChatClock, clockTime, timeline } from './timeline';

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
			{ now, clock: new ChatClock('nl'), ...words }
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
		expect(new ChatClock('en').name('2025-03-03', '2025-03-03T12:00:00Z', now)).toBe(
			'Monday, March 3, 2025'
		);
	});

	it('starts from the days and times the server worked out, and knows when today ends', () => {
		const server = new ChatClock('nl');
		const messages = [msg('a', '2026-11-28T18:00:00Z'), msg('b', '2026-11-30T08:00:00Z')];
		timeline(messages, { now, clock: server, ...words });
		const seed = server.seed(now);
		expect(seed.todayEnds).toBe(Date.parse('2026-11-30T23:00:00Z')); // midnight in Amsterdam
		// The browser trusts the seed: nothing is worked out again (this time is made up).
		seed.times['2026-11-30T08:00:00Z'] = ['2026-11-30', '99:99'];
		const browser = timeline(messages, { now, clock: new ChatClock('nl', seed), ...words });
		expect(browser.map((e) => [e.day, e.time])).toEqual([
			['zaterdag 28 november', '19:00'],
			['Vandaag', '99:99']
		]);
		// A seed in another language is not used.
		expect(new ChatClock('en-GB', seed).at('2026-11-30T08:00:00Z')).toEqual([
			'2026-11-30',
			'09:00'
		]);
	});

	it('moves to the next day at midnight in Amsterdam, summer and winter', () => {
		const summer = new ChatClock('nl').seed(new Date('2026-07-01T10:00:00Z'));
		expect(summer.todayEnds).toBe(Date.parse('2026-07-01T22:00:00Z'));
		const clock = new ChatClock('nl', new ChatClock('nl').seed(now));
		expect(clock.days(new Date('2026-11-30T22:59:00Z')).today).toBe('2026-11-30');
		expect(clock.days(new Date('2026-11-30T23:00:00Z'))).toMatchObject({
			today: '2026-12-01',
			yesterday: '2026-11-30',
			todayEnds: Date.parse('2026-12-01T23:00:00Z')
		});
	});
});
