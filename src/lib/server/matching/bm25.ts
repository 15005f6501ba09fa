/**
 * Okapi BM25 over a small set of documents, in process: the circles of a town are a few
 * hundred to a few thousand short texts, so an inverted index in memory answers a query
 * in well under a millisecond. Pure: documents come in as arrays of terms (already
 * normalised, stemmed or not, by the caller).
 */
export type Bm25Index = {
	/** term -> [document index, term frequency] pairs */
	postings: Map<string, [number, number][]>;
	lengths: number[];
	averageLength: number;
	size: number;
};

export const bm25Defaults = { k1: 1.2, b: 0.75 };

export function buildBm25(documents: string[][]): Bm25Index {
	const postings = new Map<string, [number, number][]>();
	documents.forEach((terms, index) => {
		const counts = new Map<string, number>();
		for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
		for (const [t, n] of counts) {
			const list = postings.get(t);
			if (list) list.push([index, n]);
			else postings.set(t, [[index, n]]);
		}
	});
	const lengths = documents.map((d) => d.length);
	const total = lengths.reduce((a, b) => a + b, 0);
	return {
		postings,
		lengths,
		averageLength: documents.length ? total / documents.length : 0,
		size: documents.length
	};
}

/** Inverse document frequency (the BM25+ variant that never goes below zero). */
export function idf(index: Bm25Index, term: string): number {
	const n = index.postings.get(term)?.length ?? 0;
	return Math.log(1 + (index.size - n + 0.5) / (n + 0.5));
}

/**
 * Scores of every document for a query (terms may repeat; each distinct term counts once,
 * so a rambling text that repeats a word is not sure of it twice). Returns one number per
 * document, 0 where nothing matched.
 */
export function scoreBm25(
	index: Bm25Index,
	query: string[],
	weights?: Map<string, number>,
	{ k1, b } = bm25Defaults
): number[] {
	const scores = new Array<number>(index.size).fill(0);
	for (const term of new Set(query)) {
		const list = index.postings.get(term);
		if (!list) continue;
		const w = (weights?.get(term) ?? 1) * idf(index, term);
		for (const [doc, tf] of list) {
			const norm = tf + k1 * (1 - b + (b * index.lengths[doc]) / (index.averageLength || 1));
			scores[doc] += (w * tf * (k1 + 1)) / norm;
		}
	}
	return scores;
}
