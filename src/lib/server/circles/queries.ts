import type { CircleFilters } from '$lib/schemas/circle-filters';
import { withUser, type Actor, type Database, type Sql } from '../db';
import { suggestIn } from '../matching/suggest';
import { recogniseThemes } from '../matching/themes';

export type CircleSummary = {
	id: string;
	slug: string;
	name: string;
	name_en: string | null;
	description: string;
	description_en: string | null;
	meeting_note: string;
	meeting_note_en: string;
	theme_slugs: string[];
	format: 'in_person' | 'online' | 'both';
	visibility: 'public' | 'private';
	join_policy: 'open' | 'approval';
	capacity: number | null;
	status: 'proposed' | 'published' | 'closed' | 'archived';
	neighbourhood_name: string | null;
	neighbourhood_slug: string | null;
	member_count: number;
	meeting_weekdays: number[];
	meeting_parts: string[];
	languages: string[];
};

export type CircleDetail = CircleSummary & {
	neighbourhood_id: string | null;
	house_rules: string;
	house_rules_en: string;
	location_name: string;
	hosts: string[];
	my_role: 'host' | 'member' | null;
	my_request: 'pending' | 'waiting' | null;
	created_by: string | null;
};

const listColumns = `
	c.id, c.slug, c.name, c.name_en, c.description, c.description_en, c.meeting_note,
	c.meeting_note_en, c.theme_slugs, c.format, c.visibility, c.join_policy, c.capacity, c.status,
	n.name as neighbourhood_name, n.slug as neighbourhood_slug, c.meeting_weekdays, c.meeting_parts,
	c.languages`;
const summaryColumns = `${listColumns}, private.circle_member_count(c.id) as member_count`;

/**
 * Circles the actor may see (RLS decides), by words (Dutch and English full text, with
 * trigram similarity for typos), theme, neighbourhood, format, day, part of day,
 * language and open seats. Best matches first when searching by words.
 */
export function searchCircles(
	db: Database,
	actor: Actor,
	filters: CircleFilters,
	limit = 100
): Promise<CircleSummary[]> {
	return withUser(db, actor, (tx) => searchIn(tx, filters, limit));
}

async function searchIn(tx: Sql, f: CircleFilters, limit: number): Promise<CircleSummary[]> {
	const q = f.q?.trim() || null;
	// The same understanding as the ask form: "overleden" finds the grief circle, also when
	// the circle never uses that word. A circle sharing a recognised theme ranks above one
	// that only shares words.
	const themes = q ? recogniseThemes(q.slice(0, 2_000), 3).map((t) => t.slug) : [];
	return tx.query<CircleSummary>(
		`with typed as (
		   select distinct w from regexp_split_to_table(lower(public.kring_unaccent(coalesce($1, ''))), '[^a-z0-9]+') w
		   where char_length(w) >= 2
		 ),
		 -- each typed word, or the closest known word when it looks misspelt (pg_trgm's %)
		 words as (
		   select typed.w || coalesce(' | ' || (
		     select s.word from public.search_words s
		     where char_length(typed.w) >= 4 and s.word % typed.w and s.word <> typed.w
		       and not exists (select 1 from public.search_words known where known.word = typed.w)
		     order by similarity(s.word, typed.w) desc limit 1), '') as alternatives
		   from typed
		 ),
		 query as (
		   select coalesce(
		     (select to_tsquery('pg_catalog.dutch', string_agg(alternatives, ' | '))
		          || to_tsquery('pg_catalog.english', string_agg(alternatives, ' | '))
		      from words),
		     ''::tsquery) as ts
		 ),
		 -- rank and cut first, so the per-circle counts run for the shown circles only
		 hits as (
		   select c.id, c.name,
		     case when $1::text is null then 0 else ts_rank(c.search_document, query.ts)
		       + cardinality(array(select unnest(c.theme_slugs) intersect select unnest($10::text[])))
		     end as rank
		   from public.circles c
		   left join public.neighbourhoods n on n.id = c.neighbourhood_id
		   cross join query
		   where c.status = 'published'
		     and ($1::text is null or c.search_document @@ query.ts or c.theme_slugs && $10::text[])
		     and ($2::text is null or $2 = any (c.theme_slugs))
		     and ($3::text is null or n.slug = $3)
		     and ($4::text is null or c.format = $4 or c.format = 'both')
		     and ($5::smallint is null or $5 = any (c.meeting_weekdays))
		     and ($6::text is null or $6 = any (c.meeting_parts))
		     and ($7::text is null or $7 = any (c.languages))
		     and (not $8::boolean or private.circle_has_open_seat(c.id))
		   order by rank desc, c.name
		   limit $9
		 )
		 select ${listColumns}, coalesce(mc.members, 0) as member_count
		 from hits
		 join public.circles c on c.id = hits.id
		 left join public.neighbourhoods n on n.id = c.neighbourhood_id
		 left join public.circle_member_counts(array(select id from hits)) mc on mc.circle_id = c.id
		 order by hits.rank desc, c.name`,
		[
			q,
			f.theme ?? null,
			f.neighbourhood ?? null,
			f.format ?? null,
			f.day ?? null,
			f.part ?? null,
			f.language ?? null,
			f.open === '1',
			limit,
			themes
		]
	);
}

/**
 * When a search finds nothing: circles that share the theme, or are in the neighbourhood,
 * or (failing both) any circle with open seats — so nobody leaves empty-handed.
 */
export async function relatedCircles(
	db: Database,
	actor: Actor,
	f: CircleFilters
): Promise<CircleSummary[]> {
	// Words that found nothing: the circles closest to what they are about, best first
	// (the matcher's ranking on themes and on the whole text), never alphabetical.
	if (f.q?.trim()) {
		const ranked = await withUser(db, actor, async (tx) => {
			const result = await suggestIn(
				tx,
				{ text: f.q!.slice(0, 2_000), neighbourhood: f.neighbourhood ?? null },
				4
			);
			const ids = result.suggestions.map((s) => s.circle.id);
			if (!ids.length) return [];
			const rows = await tx.query<CircleSummary>(
				`select ${summaryColumns} from public.circles c
				 left join public.neighbourhoods n on n.id = c.neighbourhood_id
				 where c.id = any ($1::uuid[])`,
				[ids]
			);
			return ids.flatMap((id) => rows.filter((r) => r.id === id));
		});
		if (ranked.length) return ranked;
	}
	const tries: CircleFilters[] = [];
	if (f.theme) tries.push({ theme: f.theme });
	if (f.q) tries.push({ q: f.q });
	if (f.neighbourhood) tries.push({ neighbourhood: f.neighbourhood });
	tries.push({ open: '1' });
	for (const attempt of tries) {
		const found = await searchCircles(db, actor, attempt, 4);
		if (found.length) return found;
	}
	return [];
}

/** One circle by its slug, or null when it does not exist or the actor may not see it. */
export function getCircle(db: Database, actor: Actor, slug: string): Promise<CircleDetail | null> {
	return withUser(db, actor, async (tx) => {
		const [circle] = await tx.query<CircleDetail>(
			`select ${summaryColumns}, c.neighbourhood_id, c.house_rules, c.house_rules_en, c.location_name,
			   c.created_by,
			   array(select private.circle_host_names(c.id)) as hosts,
			   (select m.role from public.memberships m
			    where m.circle_id = c.id and m.user_id = (select auth.uid())) as my_role,
			   (select r.status from public.join_requests r
			    where r.circle_id = c.id and r.user_id = (select auth.uid()) and r.status in ('pending', 'waiting')) as my_request
			 from public.circles c
			 left join public.neighbourhoods n on n.id = c.neighbourhood_id
			 where c.slug = $1`,
			[slug]
		);
		return circle ?? null;
	});
}

export type MemberListing = {
	user_id: string;
	name: string;
	role: 'host' | 'member';
	joined_at: Date;
};

/** Names of the members; RLS shows them only to fellow members, the workers of the circle's area and admins. */
export function listMembers(
	db: Database,
	actor: Actor,
	circleId: string
): Promise<MemberListing[]> {
	return withUser(db, actor, (tx) =>
		tx.query<MemberListing>(
			`select m.user_id, coalesce(private.public_name(m.user_id), '?') as name, m.role, m.joined_at
			 from public.memberships m
			 where m.circle_id = $1
			 order by m.role, name`,
			[circleId]
		)
	);
}

/** The circles the actor belongs to, hosting first. */
export function myCircles(db: Database, actor: Actor) {
	return withUser(db, actor, (tx) =>
		tx.query<{
			id: string;
			slug: string;
			name: string;
			name_en: string | null;
			role: string;
			status: string;
		}>(
			`select c.id, c.slug, c.name, c.name_en, m.role, c.status
			 from public.memberships m join public.circles c on c.id = m.circle_id
			 where m.user_id = (select auth.uid())
			 order by m.role, c.name`
		)
	);
}
