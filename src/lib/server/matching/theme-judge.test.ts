import { describe, expect, it } from 'vitest';
import { judge, judgeFeatures, type Candidate, type Judge } from './theme-judge';
import { modelFeatures, modelThemes, shippedJudge } from './theme-model';
import { candidates, judgeThemes, proposeThemes, recogniseThemes } from './themes';

const base: Candidate = {
	score: 0,
	ruleTop: false,
	ruleFirst: false,
	vetoed: false,
	context: false,
	phrased: false,
	probability: 0.5,
	rank: 0,
	broad: false,
	clear: 0,
	named: false,
	theme: 0,
	themes: 2,
	beside: {
		probabilityShare: 1,
		place: 0,
		scoreShare: 0,
		clearCandidates: 0,
		strongCandidates: 1,
		overFourth: 0.5,
		words: 20
	}
};

/** A judge by hand that trusts only the model's probability (feature 8). */
function onlyTheModel(threshold = 0.5): Judge {
	const weights = judgeFeatures(base).map(() => 0);
	weights[8] = 10;
	return { bias: -5, weights, threshold, floor: 0.2 };
}

describe('the theme judge', () => {
	it('turns a candidate into one number between 0 and 1', () => {
		const j = onlyTheModel();
		expect(judge(j, judgeFeatures({ ...base, probability: 0.9 }))).toBeGreaterThan(0.9);
		expect(judge(j, judgeFeatures({ ...base, probability: 0.1 }))).toBeLessThan(0.1);
	});

	it('gives each theme its own base rate', () => {
		const features = judgeFeatures({ ...base, beside: undefined, theme: 1 });
		expect(features.slice(-6, -4)).toEqual([0, 1]);
	});

	it("gives each theme its own trust in the model's probability and the rules' score", () => {
		const features = judgeFeatures({ ...base, beside: undefined, theme: 1, score: 2 });
		// Theme 1 of 2: its log-odds (0 at a probability of 0.5) and its rule score; theme 0 none.
		expect(features.slice(-4)).toEqual([0, 0, 0, 2]);
		const sure = judgeFeatures({ ...base, beside: undefined, theme: 0, probability: 0.9 });
		expect(sure.at(-4)).toBeCloseTo(Math.log(9));
	});

	it('may name a theme the rules left out and leave out a weak one they named', () => {
		const text = 'Ik heb schulden en ik voel me eenzaam.';
		const reading = proposeThemes(text, 3, undefined, () => [
			{ slug: 'grief', probability: 0.95, words: ['eenzaam'] },
			{ slug: 'debt', probability: 0.9, words: ['schulden'] },
			{ slug: 'loneliness', probability: 0.05, words: [] }
		]);
		expect(reading.themes.map((t) => t.slug)).toContain('loneliness');
		const named = judgeThemes(reading, onlyTheModel(), 3).map((t) => t.slug);
		expect(named).toEqual(['debt', 'grief']);
	});

	it('never brings back a theme the rules set aside', () => {
		const reading = proposeThemes(
			'Ik ben niet ziek, ik heb gewoon geen werk.',
			3,
			undefined,
			() => [
				{ slug: 'chronic-illness', probability: 0.99, words: ['ziek'] },
				{ slug: 'work', probability: 0.9, words: ['werk'] }
			]
		);
		expect(candidates(reading).map((c) => c.slug)).not.toContain('chronic-illness');
		expect(judgeThemes(reading, onlyTheModel(), 3).map((t) => t.slug)).toEqual(['work']);
	});

	it('keeps a clear theme read from a phrase the model cannot see', () => {
		const text = 'I am from the Philippines and I look after my husband.';
		const reading = proposeThemes(text, 3, undefined, () => [
			{ slug: 'family-caregiving', probability: 0.9, words: [] },
			{ slug: 'newcomers', probability: 0.01, words: [] }
		]);
		const named = judgeThemes(reading, onlyTheModel(), 3).map((t) => t.slug);
		expect(named).toContain('newcomers');
		expect(judgeThemes(reading, onlyTheModel(), 3, false).map((t) => t.slug)).not.toContain(
			'newcomers'
		);
	});

	it('names the likeliest theme from a lower floor, and no more than asked', () => {
		const reading = proposeThemes('Hoi allemaal.', 3, undefined, () => [
			{ slug: 'debt', probability: 0.4, words: [] },
			{ slug: 'grief', probability: 0.39, words: [] }
		]);
		expect(judgeThemes(reading, onlyTheModel(), 3).map((t) => t.slug)).toEqual(['debt']);
		const many = proposeThemes('Hoi.', 3, undefined, () =>
			['debt', 'grief', 'work', 'adhd'].map((slug) => ({ slug, probability: 0.9, words: [] }))
		);
		expect(judgeThemes(many, onlyTheModel(), 2)).toHaveLength(2);
	});

	it('weighs each theme beside the others of the same text', () => {
		const reading = proposeThemes('Ik heb schulden en ik voel me eenzaam.', 3, undefined, () => [
			{ slug: 'debt', probability: 0.9, words: [] },
			{ slug: 'loneliness', probability: 0.45, words: [] }
		]);
		const n = judgeFeatures({ ...base, beside: undefined, themes: modelThemes().length }).length;
		const features = (slug: string) => candidates(reading).find((c) => c.slug === slug)?.features;
		expect(features('debt')).toHaveLength(n + 7);
		// Its probability against the likeliest candidate's, and its place by probability.
		expect(features('debt')?.[n]).toBe(1);
		expect(features('loneliness')?.[n]).toBeCloseTo(0.5);
		expect(features('loneliness')?.[n + 1]).toBeCloseTo(1 / 5);
	});

	it('ships with the model, one weight per feature', () => {
		expect(shippedJudge).not.toBeNull();
		expect(shippedJudge?.weights).toHaveLength(
			judgeFeatures({ ...base, themes: modelThemes().length }).length
		);
		expect(recogniseThemes('')).toEqual([]);
	});
});

describe('what the theme model can read', () => {
	it('reads stop words only when asked ("niemand" says whose need and which)', () => {
		expect([...modelFeatures('Ik heb niemand').keys()]).not.toContain('niemand');
		expect([...modelFeatures('Ik heb niemand', { allWords: true }).keys()]).toContain('niemand');
	});

	it('reads letter pieces of longer words when asked (a misspelled compound)', () => {
		const features = [...modelFeatures('schuldhulpverleenig', { pieces: 4 }).keys()];
		expect(features).toContain('#schu');
		expect(features).toContain('#hulp');
	});

	it('reads two neighbouring words when asked (a situation told in small words)', () => {
		const text = 'Hij herkent me niet meer.';
		expect([...modelFeatures(text).keys()]).not.toContain('^niet meer');
		const features = [...modelFeatures(text, { pairs: true }).keys()];
		expect(features).toContain('^niet meer');
		expect(features).toContain('^hij herkent');
		expect(modelFeatures(text, { pairs: true }).get('^niet meer')).toBe('niet meer');
	});

	it('reads only pairs of two small words when asked so ("mijn man" is the word "man")', () => {
		const features = [...modelFeatures('Hij herkent me niet meer', { smallPairs: true }).keys()];
		expect(features).toContain('^niet meer');
		expect(features).not.toContain('^hij herkent');
		expect([...modelFeatures('Mijn man', { smallPairs: true }).keys()]).toEqual(['man']);
	});
});
