/**
 * The last word on which themes a question is about: a small logistic regression over what
 * the rules read (clue strength, vetoes, context) and what the theme model reads (its
 * probability and rank), per candidate theme. Trained by `npm run train:matching` on
 * questions the theme model had NOT been trained on (each writer's set scored by a model
 * trained without that set), so it learns how far to trust each reader on a new writer's
 * text; its weights sit in theme-model.json under `judge`.
 *
 * Why (leave-one-set-out, `npm run train:matching` prints it): the rules fill three places
 * when they can, and a multi-need letter's second theme was often pushed out by a weak extra
 * clue (mostly "parenting" or "newcomers"); the judge ranks all candidates on one scale.
 */

/** What the judge knows of one candidate theme. */
export type Candidate = {
	/** The rules' score (0 when no clue, or when the clue was read as context). */
	score: number;
	/** Among the rules' own top themes, and their first. */
	ruleTop: boolean;
	ruleFirst: boolean;
	/** A clue read and set aside (denied, someone else's), and a clue read as context. */
	vetoed: boolean;
	context: boolean;
	/** Read from a phrase or a combination ("from the Philippines"), which the model cannot see. */
	phrased: boolean;
	/** The theme model's probability and its rank among all themes (0 = most likely). */
	probability: number;
	rank: number;
	/** A broad theme (parenting, loneliness). */
	broad: boolean;
	/** How many themes the rules found a clear clue for. */
	clear: number;
	/** Named by the rules and the model together, before the judge. */
	named: boolean;
	/** Which theme, so each theme has its own base rate. */
	theme: number;
	themes: number;
	/**
	 * How this candidate stands beside the others of the same text (round 7): its
	 * probability against the likeliest candidate's and the fourth's, its place by
	 * probability, its rule score against the highest, how many candidates have a clear clue
	 * or a probability from 0.4, and the text's length in words. So the judge can tell a
	 * fourth need that is nearly as strong as the third from one far behind.
	 */
	beside?: {
		probabilityShare: number;
		place: number;
		scoreShare: number;
		clearCandidates: number;
		strongCandidates: number;
		overFourth: number;
		words: number;
	};
};

export function judgeFeatures(c: Candidate): number[] {
	const s = Math.min(c.score, 3);
	const p = Math.min(Math.max(c.probability, 0.001), 0.999);
	const oneHot = Array.from({ length: c.themes }, (_, i) => (i === c.theme ? 1 : 0));
	const logit = Math.log(p / (1 - p));
	return [
		s,
		c.score >= 1 ? 1 : 0,
		c.score > 0 && c.score < 1 ? 1 : 0,
		c.ruleTop ? 1 : 0,
		c.ruleFirst ? 1 : 0,
		c.vetoed ? 1 : 0,
		c.context ? 1 : 0,
		logit,
		p,
		c.rank === 0 ? 1 : 0,
		c.rank === 1 ? 1 : 0,
		c.rank === 2 ? 1 : 0,
		c.broad ? 1 : 0,
		Math.min(c.clear, 5) / 5,
		s * p,
		c.named ? 1 : 0,
		c.phrased ? 1 : 0,
		c.phrased ? s : 0,
		...oneHot,
		// Round 8: each theme its own trust in each reader (the model's log-odds and the rules'
		// score, per theme): the model is sure of "debt" long before it is of "loneliness".
		// Leave-one-set-out over eleven writers (pooled): recall / precision 0.871 / 0.738 ->
		// 0.875 / 0.745.
		...oneHot.map((h) => h * logit),
		...oneHot.map((h) => h * s),
		...(c.beside
			? [
					c.beside.probabilityShare,
					c.beside.place / 5,
					c.beside.scoreShare,
					Math.min(c.beside.clearCandidates, 5) / 5,
					Math.min(c.beside.strongCandidates, 5) / 5,
					c.beside.overFourth,
					Math.log(1 + c.beside.words) / 6
				]
			: [])
	];
}

export type Judge = {
	bias: number;
	weights: number[];
	/** A theme is named from this probability ... */
	threshold: number;
	/** ... and the likeliest one from this lower probability (never an empty answer lightly). */
	floor: number;
};

export function judge(j: Judge, features: number[]): number {
	let z = j.bias;
	for (let k = 0; k < features.length; k++) z += (j.weights[k] ?? 0) * features[k];
	return 1 / (1 + Math.exp(-z));
}
