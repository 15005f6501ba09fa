import { describe, expect, it } from 'vitest';
import { rankDirectory, type DirectoryDocument, type ThemeLabels } from './match';

const labels: ThemeLabels = new Map([
	['debt', { nl: 'Schulden en geldzorgen', en: 'Debt and money worries' }],
	['family-caregiving', { nl: 'Mantelzorg', en: 'Family caregiving' }],
	['mental-health', { nl: 'Psychische gezondheid', en: 'Mental health' }]
]);

const entry = (id: string, name: string, what: string, themes: string[]): DirectoryDocument => ({
	id,
	name,
	name_en: null,
	what,
	what_en: null,
	for_whom: '',
	for_whom_en: null,
	theme_slugs: themes
});

const entries = [
	entry('debt', 'Schuldhulpverlening', 'Gratis hulp bij geldzorgen en een plan.', ['debt']),
	entry('care', 'Steunpunt Mantelzorg', 'Advies voor wie voor een ander zorgt.', [
		'family-caregiving'
	]),
	entry('library', 'Digitaal Hulpplein', 'Hulp met DigiD, je telefoon en formulieren.', [])
];

describe('rankDirectory', () => {
	it('finds debt counselling for "schulden" through the debt theme', () => {
		const found = rankDirectory('schulden', entries, labels);
		expect(found.map((f) => f.entry.id)).toEqual(['debt']);
		expect(found[0].themes).toEqual(['debt']);
	});

	it('understands colloquial words and English: "ik kom niet rond" and "I owe money"', () => {
		expect(rankDirectory('ik kom niet rond met mijn geld', entries, labels)[0]?.entry.id).toBe(
			'debt'
		);
		expect(rankDirectory('I have debts and owe money', entries, labels)[0]?.entry.id).toBe('debt');
	});

	it('finds an entry without themes by its own words', () => {
		expect(rankDirectory('hulp met DigiD', entries, labels).map((f) => f.entry.id)).toContain(
			'library'
		);
	});

	it('ranks a theme match above a words-only match, and finds nothing for empty words', () => {
		const found = rankDirectory('mantelzorg hulp', entries, labels);
		expect(found[0].entry.id).toBe('care');
		expect(rankDirectory('   ', entries, labels)).toEqual([]);
		expect(rankDirectory('fietsenmaker', entries, labels)).toEqual([]);
	});
});
