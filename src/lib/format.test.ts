import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	dateTimeFormat,
	formatCalendarDate,
	formatCalendarDay,
	formatDay,
	formatFullMoment,
	formatMoment,
	formatNumber
} from './format';

afterEach(() => overwriteGetLocale(() => 'nl'));

describe('dateTimeFormat', () => {
	it('makes one format per locale and options, and formats like a new one', () => {
		const options = { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' } as const;
		const a = dateTimeFormat('nl-NL', options);
		expect(dateTimeFormat('nl-NL', { ...options })).toBe(a);
		expect(dateTimeFormat('en-GB', options)).not.toBe(a);
		expect(dateTimeFormat('nl-NL', { ...options, weekday: 'long' })).not.toBe(a);
		const at = new Date('2026-01-15T18:30:00Z');
		expect(a.format(at)).toBe(new Intl.DateTimeFormat('nl-NL', options).format(at));
		expect(a.format(at)).toBe('19:30');
	});
});

describe('formatCalendarDate', () => {
	it('writes a date from the database in words, in Dutch and English, on the same day', () => {
		expect(formatCalendarDate('2026-03-02', 'nl-NL')).toBe('2 maart 2026');
		expect(formatCalendarDate('2026-03-02', 'en-GB')).toBe('2 March 2026');
		// Midnight in UTC and in Amsterdam are different days: the date must not move.
		expect(formatCalendarDate('2026-12-31', 'nl-NL')).toBe('31 december 2026');
		expect(formatCalendarDate('not a date', 'nl-NL')).toBe('not a date');
	});
});

describe("in the reader's language, British English for English", () => {
	const at = '2026-12-05T14:44:00Z'; // Saturday 5 December, 15:44 in Amsterdam
	// ICU puts a comma after an English weekday when a year follows, or not, by version.
	it('a moment: a 24-hour clock and the day first, never US month-first or AM/PM', () => {
		overwriteGetLocale(() => 'en');
		expect(formatMoment(at)).toBe('5 Dec 2026, 15:44');
		expect(formatFullMoment(at)).toMatch(/^Saturday,? 5 December 2026 at 15:44$/);
		overwriteGetLocale(() => 'nl');
		expect(formatMoment(at)).toBe('5 dec 2026, 15:44');
	});
	it('a deadline as a day in words, without the minute, the year only when it is not this year', () => {
		const now = new Date('2026-11-28T10:00:00Z');
		overwriteGetLocale(() => 'nl');
		expect(formatDay(at, 'Europe/Amsterdam', now)).toBe('zaterdag 5 december');
		overwriteGetLocale(() => 'en');
		expect(formatDay(at, 'Europe/Amsterdam', now)).toBe('Saturday 5 December');
		expect(formatDay(at, 'Europe/Amsterdam', new Date('2025-12-30T10:00:00Z'))).toMatch(
			/^Saturday,? 5 December 2026$/
		);
		// 23:30 UTC is the next day in Amsterdam
		expect(formatDay('2026-12-04T23:30:00Z', 'Europe/Amsterdam', now)).toBe('Saturday 5 December');
	});
	it("a calendar date with its weekday, and numbers with the reader's decimal sign", () => {
		expect(formatCalendarDay('2026-12-05', 'nl-NL')).toBe('zaterdag 5 december 2026');
		expect(formatCalendarDay('2026-12-05', 'en-GB')).toMatch(/^Saturday,? 5 December 2026$/);
		overwriteGetLocale(() => 'nl');
		expect(formatNumber(1.5)).toBe('1,5');
		overwriteGetLocale(() => 'en');
		expect(formatNumber(1.5)).toBe('1.5');
	});
});
