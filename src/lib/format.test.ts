import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatCalendarDate } from './format';

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
