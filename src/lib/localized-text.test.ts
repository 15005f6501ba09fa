import { describe, expect, it } from 'vitest';
import { shownText } from './localized-text';

describe('shownText', () => {
	it('a Dutch reader sees the Dutch text, unmarked', () => {
		expect(shownText('Koffieochtend', 'Coffee morning', 'nl')).toEqual({
			text: 'Koffieochtend',
			lang: undefined,
			inDutch: false
		});
	});
	it('an English reader sees the English text when there is one', () => {
		expect(shownText('Koffieochtend', 'Coffee morning', 'en')).toEqual({
			text: 'Coffee morning',
			lang: undefined,
			inDutch: false
		});
	});
	it('an English reader sees the Dutch text marked as Dutch when there is no English', () => {
		for (const en of [null, undefined, '', '   ']) {
			expect(shownText('Huisregels: we luisteren', en, 'en')).toEqual({
				text: 'Huisregels: we luisteren',
				lang: 'nl',
				inDutch: true
			});
		}
	});
	it('an empty text is never marked', () => {
		expect(shownText('', null, 'en').inDutch).toBe(false);
	});
});
