import { describe, expect, it } from 'vitest';
import { dateTimeFormat } from './format';

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
