/**
 * A learned second reader of themes: one logistic regression per theme over the question's
 * word families (Dutch and English stems, compound parts; see analyse.ts), trained on the
 * labelled questions in tests/fixtures (never the locked or fresh splits) by
 * `npm run train:matching`, weights in theme-model.json; nothing is downloaded at run time.
 *
 * The rules (themes.ts) know clues; the model knows how residents tell a situation as a
 * whole ("the evenings are the worst since she is gone"). It only fills places the rules
 * leave open (recogniseThemes), never overrules them. Features are scaled by the square root
 * of the number the model knows, so one stray word in a long letter does not decide.
 *
 * Why it is here (`npm run train:matching` prints these checks): trained without one blind
 * set and run on it (a writer the model had not seen), filling the rules' open places raised
 * theme recall on blind5 from 0.871 to 0.906 and on blind6 from 0.835 to 0.847, at the same
 * precision; alone, its top three held 0.879 and 0.835 of the labelled themes. Short texts
 * count as six features ("mijn man" alone is no carer's question).
 *
 * Since round 6 a judge (theme-judge.ts, weights under `judge` here) has the last word on
 * which themes are named, weighing the rules' reading and this model's together. Optional
 * features (`reads`: every word, letter pieces, another length scaling) are built and off:
 * leave-one-set-out they did not help (see train-theme-model.ts). Since round 8 the model
 * also reads every two neighbouring small words ("niet meer", `reads.smallPairs`), which did.
 */
import model from './theme-model.json';
import { hollowWords, meaningfulWords, wordTerms } from './analyse';
import { situationSpans } from './concepts';
import { stopwords, tokens } from './text';
import type { Judge } from './theme-judge';

export type ThemeModel = {
	themes: string[];
	bias: number[];
	/** Below this probability a theme is not named. */
	threshold: number;
	/** Texts with fewer known features are scaled as if they had this many (one word is no text). */
	minimumLength?: number;
	/** Per known feature: theme index and weight, flattened ([i, w, i, w, …]; may be empty). */
	weights: Record<string, number[]>;
	/** Which features the model reads (see modelFeatures); without it, meaningful words only. */
	reads?: FeatureOptions;
	/** The last word on which themes are named (theme-judge.ts); trained with the model. */
	judge?: Judge;
};

export type FeatureOptions = {
	/** Every word, stop words too ("niemand", "nobody", "my wife" say whose need and which). */
	allWords?: boolean;
	/** Letter pieces of this length from longer words (misspellings, unknown compounds). */
	pieces?: number;
	/** Features are scaled by their count to this power (0.5: the square root). */
	power?: number;
	/**
	 * Also every two neighbouring words, stop words included ("niet meer", "alleen voor",
	 * "stond voor"): a situation is often told in small words that mean nothing alone.
	 */
	pairs?: boolean;
	/**
	 * Only pairs of two small words (stop words or words too common to say a need alone):
	 * "niet meer", "alleen voor", "er alleen". A pair with a content word ("mijn man") only
	 * counted that word twice, so a short text leaned too far on it.
	 */
	smallPairs?: boolean;
	/**
	 * Situations told instead of a theme's name, each one feature however it is phrased
	 * ("asks the same thing three times", "nog 40 euro", "I am 16"; concepts.ts): a phrasing
	 * one writer used teaches the model about another writer's. Its evidence is the phrase
	 * the resident wrote, never the concept's name.
	 */
	concepts?: boolean;
};

type Compiled = Omit<ThemeModel, 'weights'> & { weights: Map<string, number[]> };

/** A Map, not the JSON object: a resident's word ("constructor") must never reach a prototype. */
export function compile(m: ThemeModel): Compiled {
	return { ...m, weights: new Map(Object.entries(m.weights)) };
}

const compiled = compile(model as ThemeModel);

/** From this probability the shipped model names a theme on its own. */
export const modelThreshold = compiled.threshold;

/** The shipped judge (null in a model trained without one). */
export const shippedJudge: Judge | null = compiled.judge ?? null;

/** The themes the shipped model knows, in its order (the judge's per-theme features). */
export function modelThemes(): string[] {
	return compiled.themes;
}

export type ThemeGuess = {
	slug: string;
	probability: number;
	/** The question's words that weighed most for this theme. */
	words: string[];
};

/** The features of a text: each distinct term once, and which word first brought it. */
export function modelFeatures(text: string, reads: FeatureOptions = {}): Map<string, string> {
	const features = new Map<string, string>();
	const words = reads.allWords
		? tokens(text).filter((w) => w.length >= 2 && !/^\d+$/.test(w))
		: meaningfulWords(text);
	const n = reads.pieces ?? 0;
	for (const w of words.slice(0, 2_000)) {
		const meaningful = !stopwords.has(w) && !hollowWords.has(w);
		for (const t of wordTerms(w)) if (!features.has(t)) features.set(t, w);
		if (n && meaningful && w.length >= n + 3) {
			for (let i = 0; i + n <= w.length; i++) {
				const piece = `#${w.slice(i, i + n)}`;
				if (!features.has(piece)) features.set(piece, w);
			}
		}
	}
	if (reads.pairs || reads.smallPairs) {
		const all = tokens(text)
			.filter((w) => !/^\d+$/.test(w))
			.slice(0, 2_000);
		const small = (w: string) => stopwords.has(w) || hollowWords.has(w);
		for (let i = 0; i + 1 < all.length; i++) {
			if (!reads.pairs && !(small(all[i]) && small(all[i + 1]))) continue;
			const pair = `^${all[i]} ${all[i + 1]}`;
			if (!features.has(pair)) features.set(pair, `${all[i]} ${all[i + 1]}`);
		}
	}
	if (reads.concepts) {
		for (const [c, words] of situationSpans(text)) if (!features.has(c)) features.set(c, words);
	}
	return features;
}

/** How much each known feature counts: fewer features, more each (one word is no text). */
export function featureScale(count: number, m: Pick<ThemeModel, 'minimumLength' | 'reads'>) {
	return Math.pow(Math.max(count, m.minimumLength ?? 1), -(m.reads?.power ?? 0.5));
}

/** The model's probability for every theme (from `from` on), most likely first. */
export function themeGuesses(text: string, m: Compiled = compiled, from = 0): ThemeGuess[] {
	const known = [...modelFeatures(text, m.reads)].filter(([feature]) => m.weights.has(feature));
	const scale = featureScale(known.length, m);
	const z = [...m.bias];
	for (const [feature] of known) {
		const list = m.weights.get(feature) as number[];
		for (let k = 0; k < list.length; k += 2) z[list[k]] += list[k + 1] * scale;
	}
	const probability = z.map((v) => Math.round((1 / (1 + Math.exp(-v))) * 1000) / 1000);
	// Which words weighed most, only for the themes asked for (a second, short pass).
	const wanted = new Map<number, Map<string, number>>();
	probability.forEach((p, i) => {
		if (p >= from) wanted.set(i, new Map());
	});
	for (const [feature, word] of known) {
		const list = m.weights.get(feature) as number[];
		for (let k = 0; k < list.length; k += 2) {
			const words = wanted.get(list[k]);
			if (words) words.set(word, (words.get(word) ?? 0) + list[k + 1]);
		}
	}
	return [...wanted]
		.map(([i, words]) => ({
			slug: m.themes[i],
			probability: probability[i],
			words: [...words]
				.filter(([, w]) => w > 0)
				.sort((a, b) => b[1] - a[1])
				.slice(0, 3)
				.map(([word]) => word)
		}))
		.sort((a, b) => b.probability - a.probability);
}

/** The themes the model is fairly sure of (at or above its threshold). */
export function likelyThemes(text: string, m: Compiled = compiled): ThemeGuess[] {
	return themeGuesses(text, m, m.threshold);
}
