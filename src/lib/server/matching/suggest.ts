import { withUser, type Actor } from '../db/session';
import type { Database, Sql } from '../db/types';
import { documentTerms, meaningfulWords, questionTerms, stemDutch, stemEnglish } from './analyse';
import { buildBm25, idf, scoreBm25, type Bm25Index } from './bm25';
import {
	lowConfidence,
	rankCircles,
	type CandidateCircle,
	type PreferredTime,
	type QuestionProfile,
	type Suggestion
} from './scoring';
import { readThemeChances, recogniseThemes, type RecognisedTheme } from './themes';

export type SuggestInput = {
	text: string;
	/** Themes chosen by the resident; recognised from the text when empty. */
	themes?: string[];
	/** Neighbourhood id or slug. */
	neighbourhood?: string | null;
	format?: QuestionProfile['format'];
	times?: PreferredTime[];
	languages?: string[];
};

export type SuggestResult = {
	recognised: RecognisedTheme[];
	themes: string[];
	/** How sure each of `themes` is (0-1); chosen themes are 1. */
	confidences: Record<string, number>;
	suggestions: Suggestion[];
	/** The best circle's confidence (0 when there is none). */
	confidence: number;
	/**
	 * True when no circle fits with confidence: the answer says so plainly and offers to keep
	 * the question open for a fitting circle and a neighbourhood worker.
	 */
	unsure: boolean;
};

/** Texts longer than this are read up to here (a letter is long; a pasted book is not read whole). */
export const maxTextLength = 20_000;

type IndexedCircle = Omit<
	CandidateCircle,
	'member_count' | 'text_rank' | 'word_share' | 'matched_words' | 'capacity'
> & {
	/** Stems of the circle's own text, to say which of the question's words it shares. */
	stems: Set<string>;
};

type CircleIndex = {
	key: string;
	circles: IndexedCircle[];
	bm25: Bm25Index;
	placeStems: Set<string>;
};

type IndexRow = Omit<IndexedCircle, 'stems'> & {
	description: string;
	description_en: string | null;
	house_rules: string;
	labels_nl: string;
	labels_en: string;
};

/**
 * The text index of the published public circles, kept in this process and rebuilt when a
 * circle changes. Which circles exist and their texts are the same for every visitor (public
 * circles only); seats, member counts and visibility are read live, as the actor, for the
 * few circles that come out on top. The key is public.circle_search_version (a token per
 * database and a number a trigger moves on any change to circles), one row to read.
 */
let cached: CircleIndex | null = null;

async function circleIndex(tx: Sql): Promise<CircleIndex> {
	const [{ key }] = await tx.query<{ key: string }>(
		`select token::text || ':' || version::text as key from public.circle_search_version`
	);
	if (cached?.key === key) return cached;
	const rows = await tx.query<IndexRow>(
		`select c.id, c.slug, c.name, c.name_en, c.theme_slugs, c.format, c.languages,
		   c.meeting_weekdays::int[] as meeting_weekdays, c.meeting_parts, c.meeting_note,
		   c.meeting_note_en, c.description, c.description_en, c.house_rules,
		   n.name as neighbourhood_name, n.latitude, n.longitude,
		   coalesce((select string_agg(t.label_nl, ' ') from public.themes t
		     where t.slug = any (c.theme_slugs)), '') as labels_nl,
		   coalesce((select string_agg(t.label_en, ' ') from public.themes t
		     where t.slug = any (c.theme_slugs)), '') as labels_en
		 from public.circles c
		 left join public.neighbourhoods n on n.id = c.neighbourhood_id
		 where c.status = 'published' and c.visibility = 'public'
		 order by c.slug`
	);
	// Place names say where a circle is, not what it is about: never a match or a reason.
	const places = await tx.query<{ words: string }>(
		`select name || ' ' || coalesce(municipality, '') as words from public.neighbourhoods`
	);
	const placeStems = new Set(
		places.flatMap((p) => meaningfulWords(p.words).flatMap((w) => [stemDutch(w), stemEnglish(w)]))
	);
	const documents = rows.map((r) =>
		[
			// The name and the theme labels count twice: they say what the circle is for.
			...documentTerms(`${r.name} ${r.labels_nl} ${r.name} ${r.labels_nl}`, 'nl'),
			...documentTerms(`${r.description} ${r.house_rules}`, 'nl'),
			...documentTerms(`${r.name_en ?? ''} ${r.labels_en} ${r.name_en ?? ''} ${r.labels_en}`, 'en'),
			...documentTerms(r.description_en ?? '', 'en')
		].filter((t) => !placeStems.has(t))
	);
	const circles = rows.map((r, i) => {
		const {
			description: _d,
			description_en: _de,
			house_rules: _h,
			labels_nl: _l,
			labels_en: _le,
			...rest
		} = r;
		return { ...rest, stems: new Set(documents[i]) };
	});
	cached = { key, circles, bm25: buildBm25(documents), placeStems };
	return cached;
}

/** When no theme is recognised, hints from this score on (half a clear clue) rank circles. */
const hintsFrom = 0.5;
/** A hint is at most this sure: a circle it finds is offered as a guess, said to be unsure. */
const hintConfidence = 0.3;
/** Similarity k: a BM25 score of 6 counts as half-similar. */
const similarityHalf = 6;
/** How many circles are looked at closely (seats, members, distance) per question. */
const shortlist = 16;

/**
 * The question's meaningful words that a circle's text shares, most telling first (rare in
 * the town's circles), never a stop word or a hollow word.
 */
function sharedWords(text: string, circle: IndexedCircle, index: Bm25Index): string[] {
	const out: { word: string; weight: number }[] = [];
	const seen = new Set<string>();
	for (const word of meaningfulWords(text)) {
		if (seen.has(word) || word.length < 4) continue;
		seen.add(word);
		const stems = [stemDutch(word), stemEnglish(word)].filter((s) => circle.stems.has(s));
		if (!stems.length) continue;
		const weight = Math.max(...stems.map((s) => idf(index, s)));
		// Words in most circles say nothing about this one.
		if (weight < 1) continue;
		out.push({ word, weight });
	}
	return out
		.sort((a, b) => b.weight - a.weight)
		.slice(0, 3)
		.map((x) => x.word);
}

type Place = { id: string; latitude: number; longitude: number };

async function findNeighbourhood(tx: Sql, idOrSlug: string | null | undefined) {
	if (!idOrSlug) return null;
	const isId = /^[0-9a-f-]{36}$/i.test(idOrSlug);
	const [row] = await tx.query<Place>(
		`select id, latitude, longitude from public.neighbourhoods
		 where ${isId ? 'id = $1::uuid' : 'slug = $1'}`,
		[idOrSlug]
	);
	return row ?? null;
}

/** Suggestions inside an open transaction (so callers can combine them with other reads). */
export async function suggestIn(tx: Sql, input: SuggestInput, limit = 5): Promise<SuggestResult> {
	const text = (input.text ?? '').slice(0, maxTextLength);
	const reading = readThemeChances(text, 3);
	const recognised = reading.themes;
	const chosen = input.themes?.length ? input.themes : null;
	// Nothing recognised: the weaker hints still rank circles, with their lower confidence
	// (the answer then says plainly it is unsure), rather than no answer at all.
	const hints = chosen || recognised.length ? recognised : recogniseThemes(text, 3, hintsFrom);
	const themes = chosen ?? hints.map((t) => t.slug);
	const confidences: Record<string, number> = {};
	for (const t of themes) {
		const sure = hints.find((r) => r.slug === t)?.confidence ?? 0;
		confidences[t] = chosen ? 1 : recognised.length ? sure : Math.min(hintConfidence, sure);
	}
	const [index, place] = await Promise.all([
		circleIndex(tx),
		findNeighbourhood(tx, input.neighbourhood)
	]);
	const terms = questionTerms(text).filter((t) => !index.placeStems.has(t));
	const similarity = terms.length ? scoreBm25(index.bm25, terms) : [];
	const best = Math.max(0, ...similarity);

	// A first, cheap pass on what the question is about (themes and text); the shortlist
	// is then scored on everything, with live seats and members.
	const preliminary = index.circles
		.map((c, i) => {
			const s = similarity[i] ?? 0;
			const shared = themes.filter((t) => c.theme_slugs.includes(t));
			const theme = shared.reduce((sum, t) => sum + (confidences[t] ?? 0), 0);
			return { i, rank: theme * 2 + s / (s + similarityHalf), theme, s };
		})
		.filter((x) => x.theme > 0 || x.s > 0)
		.sort((a, b) => b.rank - a.rank)
		.slice(0, shortlist);

	let candidates: CandidateCircle[] = [];
	if (preliminary.length) {
		const live = await tx.query<{ id: string; capacity: number | null; member_count: number }>(
			`select c.id, c.capacity, coalesce(k.members, 0)::int as member_count
			 from public.circles c
			 left join public.circle_member_counts($1::uuid[]) k on k.circle_id = c.id
			 where c.id = any ($1::uuid[]) and c.status = 'published' and c.visibility = 'public'`,
			[preliminary.map((p) => index.circles[p.i].id)]
		);
		const byId = new Map(live.map((l) => [l.id, l]));
		candidates = preliminary.flatMap(({ i, s }) => {
			const { stems: _stems, ...circle } = index.circles[i];
			const row = byId.get(circle.id);
			if (!row) return [];
			return [
				{
					...circle,
					capacity: row.capacity,
					member_count: row.member_count,
					text_rank: s / (s + similarityHalf),
					word_share: best ? s / best : 0,
					matched_words: s > 0 ? sharedWords(text, index.circles[i], index.bm25) : []
				}
			];
		});
	}
	const profile: QuestionProfile = {
		themes,
		confidences,
		words: terms.slice(0, 40),
		chances: chosen ? undefined : Object.fromEntries(reading.probabilities),
		location: place ? { latitude: place.latitude, longitude: place.longitude } : null,
		format: input.format ?? 'either',
		times: input.times ?? [],
		languages: input.languages ?? []
	};
	const suggestions = rankCircles(profile, candidates, limit);
	const confidence = suggestions.length ? Math.max(...suggestions.map((s) => s.confidence)) : 0;
	return {
		recognised,
		themes,
		confidences,
		suggestions,
		confidence,
		unsure: confidence < lowConfidence
	};
}

/** Ranked circles for a text, as the actor (anonymous visitors too). */
export function suggest(
	db: Database,
	actor: Actor,
	input: SuggestInput,
	limit = 5
): Promise<SuggestResult> {
	return withUser(db, actor, (tx) => suggestIn(tx, input, limit));
}
