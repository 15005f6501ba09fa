import { withUser, type Actor } from '../db/session';
import type { Database, Sql } from '../db/types';
import {
	rankCircles,
	type CandidateCircle,
	type PreferredTime,
	type QuestionProfile,
	type Suggestion
} from './scoring';
import { contentWords } from './text';
import { recogniseThemes, type RecognisedTheme } from './themes';

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
	suggestions: Suggestion[];
};

/** At most this many of the question's words go to the text search (the most telling ones). */
const maxWords = 12;

/** Words for the text search: unique content words, longest (most specific) first. */
export function searchWords(text: string): string[] {
	const unique = [...new Set(contentWords(text).map((w) => w.replace(/[^a-z0-9]/g, '')))];
	return unique
		.filter((w) => w.length >= 3 && w.length <= 40)
		.sort((a, b) => b.length - a.length)
		.slice(0, maxWords);
}

/**
 * Candidate circles for a question, fetched as the actor (row-level security applies):
 * listed, published, public circles that share a theme or match the words in Dutch or
 * English full text. One pass over the circles picks the `limit` best by shared themes,
 * distance and text rank and carries every column needed, so nothing joins back to the
 * circles table; the member counts come from one circle_member_counts call for those
 * rows (not a function call per circle) and the trigram word match runs for them only.
 * The plan stays the same without planner statistics (PGlite has no autovacuum).
 */
export async function fetchCandidates(
	tx: Sql,
	themes: string[],
	words: string[],
	near: { latitude: number; longitude: number } | null = null,
	limit = 60
): Promise<CandidateCircle[]> {
	const tsquery = words.join(' | ');
	return tx.query<CandidateCircle>(
		`with q as (
		   select case when $2 = '' then null::tsquery
		     else to_tsquery('pg_catalog.dutch', $2) || to_tsquery('pg_catalog.english', $2) end as query
		 ), hits as materialized (
		   select c.id, c.slug, c.name, c.name_en, c.theme_slugs, c.format, c.capacity, c.languages,
		     c.meeting_weekdays::int[] as meeting_weekdays, c.meeting_parts, c.meeting_note,
		     c.meeting_note_en, c.search_text, cn.name as neighbourhood_name, cn.latitude, cn.longitude,
		     coalesce(ts_rank(c.search_document, q.query), 0)::float8 as text_rank,
		     cardinality(array(select unnest(c.theme_slugs) intersect select unnest($1::text[]))) as shared
		   from public.circles c cross join q
		   left join public.neighbourhoods cn on cn.id = c.neighbourhood_id
		   where c.status = 'published' and c.visibility = 'public'
		     and (c.theme_slugs && $1::text[] or c.search_document @@ q.query)
		   order by shared desc,
		     case when c.format = 'online' then 0
		       else public.kring_distance_km($5, $6, cn.latitude, cn.longitude) end asc nulls last,
		     text_rank desc
		   limit $4
		 ), counts as materialized (
		   select circle_id, members from public.circle_member_counts(array(select id from hits))
		 )
		 select h.id, h.slug, h.name, h.name_en, h.theme_slugs, h.format, h.capacity, h.languages,
		   h.meeting_weekdays, h.meeting_parts, h.meeting_note, h.meeting_note_en,
		   h.neighbourhood_name, h.latitude, h.longitude,
		   coalesce((select k.members from counts k where k.circle_id = h.id), 0) as member_count,
		   h.text_rank,
		   array(select w from unnest($3::text[]) as w where w <% h.search_text) as matched_words
		 from hits h`,
		[themes, tsquery, words, limit, near?.latitude ?? null, near?.longitude ?? null]
	);
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
	const recognised = recogniseThemes(input.text, 3);
	const themes = input.themes?.length ? input.themes : recognised.map((t) => t.slug);
	const words = searchWords(input.text);
	const place = await findNeighbourhood(tx, input.neighbourhood);
	const candidates =
		themes.length || words.length ? await fetchCandidates(tx, themes, words, place) : [];
	const profile: QuestionProfile = {
		themes,
		words,
		location: place ? { latitude: place.latitude, longitude: place.longitude } : null,
		format: input.format ?? 'either',
		times: input.times ?? [],
		languages: input.languages ?? []
	};
	for (const c of candidates) {
		c.word_share = words.length ? c.matched_words.length / words.length : 0;
	}
	return { recognised, themes, suggestions: rankCircles(profile, candidates, limit) };
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
