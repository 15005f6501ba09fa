import type { CircleFilters } from '$lib/schemas/circle-filters';
import { withUser, type Actor, type Database, type Sql } from '../db';

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
	location_name: string;
	hosts: string[];
	my_role: 'host' | 'member' | null;
	my_request: 'pending' | 'waiting' | null;
	created_by: string | null;
};

const summaryColumns = `
	c.id, c.slug, c.name, c.name_en, c.description, c.description_en, c.meeting_note,
	c.meeting_note_en, c.theme_slugs, c.format, c.visibility, c.join_policy, c.capacity, c.status,
	n.name as neighbourhood_name, n.slug as neighbourhood_slug, c.meeting_weekdays, c.meeting_parts,
	c.languages, public.circle_member_count(c.id) as member_count`;

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
	// Lower than pg_trgm's 0.6 default so "autsime" still finds "autisme".
	await tx.query(`select set_config('pg_trgm.word_similarity_threshold', '0.45', true)`);
	return tx.query<CircleSummary>(
		`with query as (
		   select websearch_to_tsquery('pg_catalog.dutch', public.kring_unaccent($1))
		       || websearch_to_tsquery('pg_catalog.english', public.kring_unaccent($1)) as ts,
		          lower(public.kring_unaccent($1)) as plain
		 )
		 select ${summaryColumns}
		 from public.circles c
		 left join public.neighbourhoods n on n.id = c.neighbourhood_id
		 cross join query
		 where c.status = 'published'
		   and ($1::text is null or c.search_document @@ query.ts or query.plain <% c.search_text)
		   and ($2::text is null or $2 = any (c.theme_slugs))
		   and ($3::text is null or n.slug = $3)
		   and ($4::text is null or c.format = $4 or c.format = 'both')
		   and ($5::smallint is null or $5 = any (c.meeting_weekdays))
		   and ($6::text is null or $6 = any (c.meeting_parts))
		   and ($7::text is null or $7 = any (c.languages))
		   and (not $8::boolean or public.circle_has_seat(c.id))
		 order by
		   case when $1::text is null then 0
		        else ts_rank(c.search_document, query.ts) + word_similarity(query.plain, c.search_text) end desc,
		   c.name
		 limit $9`,
		[
			q,
			f.theme ?? null,
			f.neighbourhood ?? null,
			f.format ?? null,
			f.day ?? null,
			f.part ?? null,
			f.language ?? null,
			f.open === '1',
			limit
		]
	);
}

/** The circle list without filters, for the home page and older callers. */
export function listCircles(db: Database, actor: Actor, filters: CircleFilters = {}) {
	return searchCircles(db, actor, filters);
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
			`select ${summaryColumns}, c.neighbourhood_id, c.house_rules, c.location_name, c.created_by,
			   array(select public.circle_host_names(c.id)) as hosts,
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

/** Names of the members; RLS shows them only to fellow members (and workers, admins). */
export function listMembers(
	db: Database,
	actor: Actor,
	circleId: string
): Promise<MemberListing[]> {
	return withUser(db, actor, (tx) =>
		tx.query<MemberListing>(
			`select m.user_id, coalesce(p.pseudonym, p.display_name, '?') as name, m.role, m.joined_at
			 from public.memberships m
			 left join public.profiles p on p.id = m.user_id
			 where m.circle_id = $1
			 order by m.role, name`,
			[circleId]
		)
	);
}

/** The circles the actor belongs to, hosting first. */
export function myCircles(db: Database, actor: Actor) {
	return withUser(db, actor, (tx) =>
		tx.query<{ slug: string; name: string; name_en: string | null; role: string; status: string }>(
			`select c.slug, c.name, c.name_en, m.role, c.status
			 from public.memberships m join public.circles c on c.id = m.circle_id
			 where m.user_id = (select auth.uid())
			 order by m.role, c.name`
		)
	);
}
