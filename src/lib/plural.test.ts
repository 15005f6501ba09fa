import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
	it('agrees with Intl.PluralRules for Dutch and English counts', () => {
		fc.assert(
			fc.property(
				fc.constantFrom('nl', 'en', 'nl-NL', 'en-GB'),
				fc.oneof(
					fc.integer({ min: -3, max: 3 }),
					fc.integer({ min: -10, max: 100_000 }),
					fc.double({ noNaN: true })
				),
				(locale, n) => {
					expect(plural(locale, n)).toBe(new Intl.PluralRules(locale).select(n));
				}
			)
		);
	});

	it('reads numbers given as text, as the messages pass them', () => {
		expect(plural('nl', '1')).toBe('one');
		expect(plural('en', '2')).toBe('other');
		expect(plural('nl', undefined)).toBe(new Intl.PluralRules('nl').select(NaN));
	});

	it('leaves ordinals and other languages to Intl', () => {
		expect(plural('en', 2, { type: 'ordinal' })).toBe('two');
		expect(plural('pl', 3)).toBe('few');
	});
});
