import type { CircleFilters } from '$lib/schemas/circle-filters';
import { withUser, type Actor, type Database } from '../db';

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
	status: string;
	neighbourhood_name: string | null;
	neighbourhood_slug: string | null;
	member_count: number;
};

export type CircleDetail = CircleSummary & {
	house_rules: string;
	location_name: string;
	languages: string[];
	hosts: string[];
	my_role: 'host' | 'member' | null;
};

const summaryColumns = `
	c.id, c.slug, c.name, c.name_en, c.description, c.description_en, c.meeting_note,
	c.meeting_note_en, c.theme_slugs, c.format, c.visibility, c.join_policy, c.capacity, c.status,
	n.name as neighbourhood_name, n.slug as neighbourhood_slug,
	public.circle_member_count(c.id) as member_count`;

/** Circles the actor may see (RLS decides), filtered by theme and neighbourhood. */
export function listCircles(
	db: Database,
	actor: Actor,
	filters: CircleFilters
): Promise<CircleSummary[]> {
	return withUser(db, actor, (tx) =>
		tx.query<CircleSummary>(
			`select ${summaryColumns}
			 from public.circles c
			 left join public.neighbourhoods n on n.id = c.neighbourhood_id
			 where c.status = 'published'
			   and ($1::text is null or $1 = any (c.theme_slugs))
			   and ($2::text is null or n.slug = $2)
			 order by c.name
			 limit 200`,
			[filters.theme ?? null, filters.neighbourhood ?? null]
		)
	);
}

/** One circle by its slug, or null when it does not exist or the actor may not see it. */
export function getCircle(db: Database, actor: Actor, slug: string): Promise<CircleDetail | null> {
	return withUser(db, actor, async (tx) => {
		const [circle] = await tx.query<CircleDetail>(
			`select ${summaryColumns}, c.house_rules, c.location_name, c.languages,
			   array(select public.circle_host_names(c.id)) as hosts,
			   (select m.role from public.memberships m
			    where m.circle_id = c.id and m.user_id = (select auth.uid())) as my_role
			 from public.circles c
			 left join public.neighbourhoods n on n.id = c.neighbourhood_id
			 where c.slug = $1`,
			[slug]
		);
		return circle ?? null;
	});
}
