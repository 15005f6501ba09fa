import { documentTerms, questionTerms } from '../matching/analyse';
import { buildBm25, scoreBm25 } from '../matching/bm25';
import { recogniseThemes } from '../matching/themes';

/**
 * Ranking "who does what" entries for a resident's words with the matcher's understanding
 * (themes with their synonyms, colloquial wording, typos, compounds), so "schulden",
 * "ik kom niet rond" or "rood staan" find debt counselling as they find the debt circle.
 * Pure: the entries come in, the ranking goes out.
 */
export type DirectoryDocument = {
	id: string;
	name: string;
	name_en: string | null;
	what: string;
	what_en: string | null;
	for_whom: string;
	for_whom_en: string | null;
	theme_slugs: string[];
};

export type ThemeLabels = Map<string, { nl: string; en: string }>;

export type DirectoryMatch<T extends DirectoryDocument> = {
	entry: T;
	score: number;
	/** The recognised themes this entry is about. */
	themes: string[];
};

/** BM25 similarity k: a score of 6 counts as half-similar (as for circles). */
const similarityHalf = 6;
/** An entry that shares no theme needs at least one telling word of the question (a BM25 score of about 0.7). */
const minimumText = 0.1;

function documentOf(e: DirectoryDocument, labels: ThemeLabels): string[] {
	const nl = e.theme_slugs.map((s) => labels.get(s)?.nl ?? '').join(' ');
	const en = e.theme_slugs.map((s) => labels.get(s)?.en ?? '').join(' ');
	return [
		// The name and the theme labels count twice: they say what the entry is for.
		...documentTerms(`${e.name} ${nl} ${e.name} ${nl}`, 'nl'),
		...documentTerms(`${e.what} ${e.for_whom}`, 'nl'),
		...documentTerms(`${e.name_en ?? ''} ${en} ${e.name_en ?? ''} ${en}`, 'en'),
		...documentTerms(`${e.what_en ?? ''} ${e.for_whom_en ?? ''}`, 'en')
	];
}

/** Entries that fit the words, best first; nothing for empty words. */
export function rankDirectory<T extends DirectoryDocument>(
	text: string,
	entries: T[],
	labels: ThemeLabels,
	limit = 6
): DirectoryMatch<T>[] {
	const words = text.slice(0, 2_000);
	if (!words.trim() || !entries.length) return [];
	const recognised = recogniseThemes(words, 3);
	const confidence = new Map(recognised.map((t) => [t.slug, t.confidence]));
	const terms = questionTerms(words);
	const similarity = terms.length
		? scoreBm25(buildBm25(entries.map((e) => documentOf(e, labels))), terms)
		: [];
	return entries
		.map((entry, i) => {
			const themes = entry.theme_slugs.filter((s) => confidence.has(s));
			const theme = themes.reduce((sum, s) => sum + (confidence.get(s) ?? 0), 0);
			const s = similarity[i] ?? 0;
			const textPart = s / (s + similarityHalf);
			return { entry, themes, theme, textPart, score: theme * 2 + textPart };
		})
		.filter((x) => x.theme > 0 || x.textPart >= minimumText)
		.sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name, 'nl'))
		.slice(0, limit)
		.map(({ entry, score, themes }) => ({ entry, score, themes }));
}
