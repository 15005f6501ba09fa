import { describe, expect, it } from 'vitest';
import { compile, modelFeatures, themeGuesses, type ThemeGuess } from './theme-model';
import { fillThemes, recogniseByRules, recogniseThemes } from './themes';

/** A tiny model by hand: "schuld" and "enveloppen" say debt, "zoon" says parenting a little. */
const toy = compile({
	themes: ['debt', 'parenting'],
	bias: [-2, -2],
	threshold: 0.4,
	weights: { schuld: [0, 4], envelopp: [0, 4], zoon: [1, 1], weer: [] }
});

describe('the theme model', () => {
	it('reads word families and compound parts as its features', () => {
		const features = [...modelFeatures('Schuldhulpverlening voor mijn zoontje').keys()];
		expect(features).toContain('schuld');
		expect(features).toContain('schuldhulp');
	});

	it('names the words that weighed most', () => {
		const [debt] = themeGuesses('Ik heb schulden', toy);
		expect(debt.slug).toBe('debt');
		expect(debt.probability).toBeGreaterThan(0.8);
		expect(debt.words).toEqual(['schulden']);
	});

	it('lets one word weigh less in a long text than in a short one', () => {
		const debt = (text: string) => themeGuesses(text, toy).find((g) => g.slug === 'debt');
		const short = debt('schuld weer') as ThemeGuess;
		const long = debt(`schuld ${'zoon weer '.repeat(20)}`) as ThemeGuess;
		expect(long.probability).toBeLessThan(short.probability);
	});

	it('never reads a word as a property of the weights ("constructor")', () => {
		expect(() => themeGuesses('constructor __proto__ toString hasOwnProperty')).not.toThrow();
		expect(themeGuesses('constructor __proto__').every((g) => g.probability < 0.4)).toBe(true);
	});

	it('gives only the prior when there are no words', () => {
		expect(themeGuesses('', toy).map((g) => g.probability)).toEqual([0.119, 0.119]);
	});

	it('keeps the shipped model calm on a short text of one ordinary word', () => {
		expect(themeGuesses('Mijn man')[0].probability).toBeLessThan(0.4);
	});
});

describe('rules first, the model in the open places', () => {
	const guess = (slug: string, probability = 0.7): ThemeGuess => ({
		slug,
		probability,
		words: ['woord']
	});
	const rule = { slug: 'grief', score: 1.2, confidence: 0.7, evidence: ['overleden'] };

	it('keeps the rules’ themes first and fills only open places, a guess less sure than a clue', () => {
		const out = fillThemes([rule], [guess('loneliness'), guess('debt', 0.9), guess('work')], 3);
		expect(out.map((t) => t.slug)).toEqual(['grief', 'debt', 'loneliness']);
		expect(out[1].confidence).toBeLessThanOrEqual(0.6);
		expect(out[1].evidence).toEqual(['woord']);
		expect(fillThemes([rule, rule, rule], [guess('debt')], 3)).toHaveLength(3);
	});

	it('never brings back a theme the rules set aside (denied, someone else’s work)', () => {
		const always = () => [guess('chronic-illness', 0.99), guess('work', 0.99)];
		expect(
			recogniseThemes('Ik ben niet ziek, ik heb gewoon geen werk', 3, undefined, always).map(
				(t) => t.slug
			)
		).not.toContain('chronic-illness');
		expect(
			recogniseThemes('Mijn man is weer aan het werk', 3, undefined, always).map((t) => t.slug)
		).not.toContain('work');
	});

	it('finds a theme told without any clue the rules know', () => {
		const text = 'Overal in de gang liggen enveloppen, ik weet niet waar ik moet beginnen.';
		const guess = (t: string) => themeGuesses(t, toy).filter((g) => g.probability >= 0.4);
		expect(recogniseByRules(text).map((t) => t.slug)).not.toContain('debt');
		expect(recogniseThemes(text, 3, undefined, guess).map((t) => t.slug)).toEqual(['debt']);
	});
});

describe('a half clue backed by the model', () => {
	const lean = (slug: string, probability: number) => () => [{ slug, probability, words: ['x'] }];
	// "er alleen voor" is a weak clue for single parents (0.8), not enough on its own.
	const text = 'Ik sta er alleen voor, het is zwaar.';

	it('names the theme when the model leans the same way', () => {
		expect(recogniseByRules(text).map((t) => t.slug)).not.toContain('single-parents');
		const named = recogniseThemes(text, 3, undefined, lean('single-parents', 0.35));
		expect(named.map((t) => t.slug)).toContain('single-parents');
		expect(named.find((t) => t.slug === 'single-parents')?.confidence).toBeLessThan(0.6);
	});

	it('needs both: the lean alone, or a lean on a theme without a clue, names nothing', () => {
		// Without the judge: it would weigh the rules' half clue again on its own terms.
		expect(recogniseThemes(text, 3, undefined, lean('single-parents', 0.1), null)).toEqual([]);
		expect(recogniseThemes(text, 3, undefined, lean('debt', 0.35), null)).toEqual([]);
	});

	it('never backs a child named in passing into a parent’s question', () => {
		const passing = 'Mijn dochter woont ver weg en de kinderen bellen op zondag.';
		const named = recogniseThemes(passing, 3, undefined, lean('parenting', 0.39));
		expect(named.map((t) => t.slug)).not.toContain('parenting');
	});
});

describe('more clear themes than can be named', () => {
	const text =
		'Mijn moeder heeft dementie, ik heb schulden, ik heb adhd en ik ben mijn baan kwijt.';

	it('lets the model help choose which three', () => {
		// The rules alone keep the first clues they read; five themes have one.
		expect(recogniseByRules(text).map((t) => t.slug)).not.toContain('debt');
		const lean = () => [{ slug: 'debt', probability: 0.9, words: ['schulden'] }];
		// Before the judge (a lean on one theme only is no model the judge was trained on).
		const named = recogniseThemes(text, 3, undefined, lean, null).map((t) => t.slug);
		expect(named).toHaveLength(3);
		expect(named).toContain('debt');
		// The strongest clue (work, told twice) stays.
		expect(named).toContain('work');
	});
});

describe('a theme the model finds very unlikely', () => {
	const text = 'Ik heb schulden en ik voel me eenzaam.';
	const all = (low: string, p: number) => () =>
		['debt', 'loneliness'].map((slug) => ({
			slug,
			probability: slug === low ? p : 0.5,
			words: []
		}));

	it('is left out when named on one word and another theme stays', () => {
		expect(recogniseByRules(text).map((t) => t.slug)).toEqual(['debt', 'loneliness']);
		const doubted = recogniseThemes(text, 3, undefined, all('loneliness', 0.01));
		expect(doubted.map((t) => t.slug)).toEqual(['debt']);
		const kept = recogniseThemes(text, 3, undefined, all('loneliness', 0.2));
		expect(kept.map((t) => t.slug)).toEqual(['debt', 'loneliness']);
	});

	it('is kept when it is the only one, or told in a phrase the model cannot see', () => {
		const low = () => [{ slug: 'debt', probability: 0.01, words: [] }];
		const only = recogniseThemes('Ik heb schulden.', 3, undefined, low);
		expect(only.map((t) => t.slug)).toEqual(['debt']);
		const phrase = 'I am from the Philippines and I look after my husband.';
		const lean = () => [{ slug: 'newcomers', probability: 0.01, words: [] }];
		expect(recogniseThemes(phrase, 3, undefined, lean).map((t) => t.slug)).toContain('newcomers');
	});
});

describe("the writer's own parents", () => {
	it('are not a parent’s question; other parents are', () => {
		const rules = (text: string) => recogniseByRules(text).map((t) => t.slug);
		expect(
			rules("I'm 24 and I barely leave my flat. My parents think I'm just shy.")
		).not.toContain('parenting');
		expect(rules('Ik zoek andere ouders om mee te praten over opvoeden.')).toContain('parenting');
	});
});
