/** What neighbourhood workers see of proposals, and seeding circles: as the worker (RLS). */
import { randomBytes } from 'node:crypto';
import type { SeedCircleInput } from '$lib/schemas/question';
import { withUser, type Actor } from '../db/session';
import type { Database, Sql } from '../db/types';
import { nearbyKm } from '../matching/proposals';
import { normalise } from '../matching/text';

export type Proposal = {
	id: string;
	theme_slugs: string[];
	anchor_neighbourhood_id: string;
	anchor_name: string;
	neighbourhood_names: string[];
	frequent_words: string[];
	size: number;
	best_times: string[];
	best_format: 'in_person' | 'online' | 'either';
	languages: string[];
	oldest_question_at: Date;
	status: 'open' | 'seeded' | 'dismissed';
	circle_slug: string | null;
	circle_name: string | null;
	circle_name_en: string | null;
};

export type ProposalRun = {
	id: string;
	status: 'running' | 'done' | 'failed';
	progress: number;
	step: string;
	questions_considered: number;
	proposals_created: number;
	proposals_updated: number;
	proposals_closed: number;
	started_at: Date;
	finished_at: Date | null;
};

/** Whether the actor is a neighbourhood worker or admin (the database decides). */
export async function isWorker(db: Database, actor: Actor): Promise<boolean> {
	if (!actor) return false;
	const [row] = await withUser(db, actor, (tx) =>
		tx.query<{ ok: boolean }>(
			`select private.has_role('worker') or private.has_role('admin') as ok`
		)
	);
	return row.ok;
}

const proposalColumns = `p.id, p.theme_slugs, p.anchor_neighbourhood_id, a.name as anchor_name,
	array(select n.name from public.neighbourhoods n where n.id = any (p.neighbourhood_ids) order by n.name)
	  as neighbourhood_names,
	p.frequent_words, p.size, p.best_times, p.best_format, p.languages, p.oldest_question_at,
	p.status, c.slug as circle_slug, c.name as circle_name, c.name_en as circle_name_en`;

/**
 * Open proposals in the worker's area (their neighbourhood and those within nearbyKm; all
 * for admins and for workers without a neighbourhood), biggest and longest-waiting first.
 */
export function listProposals(db: Database, actor: Actor): Promise<Proposal[]> {
	return withUser(db, actor, (tx) =>
		tx.query<Proposal>(
			`with me as (
			   select p.neighbourhood_id, private.has_role('admin') as admin
			   from public.profiles p where p.id = (select auth.uid())
			 ), area as (
			   select n.id from public.neighbourhoods n, me
			   left join public.neighbourhoods home on home.id = me.neighbourhood_id
			   where me.admin or home.id is null
			      or public.kring_distance_km(n.latitude, n.longitude, home.latitude, home.longitude) <= $1
			 )
			 select ${proposalColumns}
			 from public.circle_proposals p
			 join public.neighbourhoods a on a.id = p.anchor_neighbourhood_id
			 left join public.circles c on c.id = p.circle_id
			 where p.status = 'open' and p.anchor_neighbourhood_id in (select id from area)
			 order by p.size desc, p.oldest_question_at asc, p.id
			 limit 200`,
			[nearbyKm]
		)
	);
}

export async function getProposal(
	db: Database,
	actor: Actor,
	id: string
): Promise<Proposal | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await withUser(db, actor, (tx) =>
		tx.query<Proposal>(
			`select ${proposalColumns}
			 from public.circle_proposals p
			 join public.neighbourhoods a on a.id = p.anchor_neighbourhood_id
			 left join public.circles c on c.id = p.circle_id
			 where p.id = $1`,
			[id]
		)
	);
	return row ?? null;
}

export type SeededCircle = {
	proposal_id: string;
	circle_slug: string;
	circle_name: string;
	circle_name_en: string | null;
	invited: number;
	accepted: number;
	declined: number;
	members: number;
};

/** Circles the actor seeded from proposals, with counts only: never who was invited. */
export function mySeededCircles(db: Database, actor: Actor): Promise<SeededCircle[]> {
	return withUser(db, actor, (tx) =>
		tx.query<SeededCircle>(
			`select p.id as proposal_id, c.slug as circle_slug, c.name as circle_name, c.name_en as circle_name_en,
			   coalesce(k.invited, 0) as invited, coalesce(k.accepted, 0) as accepted,
			   coalesce(k.declined, 0) as declined, private.circle_member_count(c.id) as members
			 from public.circle_proposals p
			 join public.circles c on c.id = p.circle_id
			 left join lateral public.circle_invitation_counts(c.id) k on true
			 where p.status = 'seeded' and p.seeded_by = (select auth.uid())
			 order by p.seeded_at desc
			 limit 50`
		)
	);
}

export function latestRun(db: Database, actor: Actor): Promise<ProposalRun | null> {
	return withUser(db, actor, async (tx) => {
		const [row] = await tx.query<ProposalRun>(
			`select id, status, progress, step, questions_considered, proposals_created,
			   proposals_updated, proposals_closed, started_at, finished_at
			 from public.proposal_runs order by started_at desc limit 1`
		);
		return row ?? null;
	});
}

/** A URL-safe slug from a name, with a short random tail so two circles never collide. */
export function circleSlug(name: string): string {
	const base = normalise(name)
		.replace(/[^a-z0-9 ]/g, '')
		.trim()
		.replace(/\s+/g, '-')
		.slice(0, 60);
	return `${base || 'kring'}-${randomBytes(3).toString('hex')}`.replace(/^-+/, '');
}

async function insertCircle(
	tx: Sql,
	input: SeedCircleInput,
	status: 'proposed' | 'published'
): Promise<{ id: string; slug: string }> {
	const [row] = await tx.query<{ id: string; slug: string }>(
		`insert into public.circles
		   (slug, name, description, theme_slugs, neighbourhood_id, format, meeting_weekdays,
		    meeting_parts, meeting_note, capacity, languages, status, visibility, join_policy, created_by)
		 values ($1, $2, $3, $4, $5, $6, $7::smallint[], $8, $9, $10, $11, $12, 'public', 'open',
		   (select auth.uid()))
		 returning id, slug`,
		[
			circleSlug(input.name),
			input.name,
			input.description,
			input.theme_slugs,
			input.neighbourhood_id,
			input.format,
			input.meeting_weekdays,
			input.meeting_parts,
			input.meeting_note,
			input.capacity,
			input.languages,
			status
		]
	);
	return row;
}

/**
 * Starts a circle from a proposal and invites the residents behind it, in one transaction:
 * either everything happens or nothing. Returns the circle's slug and how many were invited.
 */
export function seedFromProposal(
	db: Database,
	actor: Actor,
	proposalId: string,
	input: SeedCircleInput
): Promise<{ slug: string; invited: number }> {
	return withUser(db, actor, async (tx) => {
		// Proposed first: publishing happens inside the function, after the invitations.
		const circle = await insertCircle(tx, input, 'proposed');
		const [row] = await tx.query<{ invited: number }>(
			`select public.seed_circle_from_proposal($1, $2) as invited`,
			[proposalId, circle.id]
		);
		return { slug: circle.slug, invited: row.invited };
	});
}

/** Starts a circle from scratch (published at once: the actor is a worker). */
export function startCircle(db: Database, actor: Actor, input: SeedCircleInput) {
	return withUser(db, actor, (tx) => insertCircle(tx, input, 'published'));
}

export async function dismissProposal(db: Database, actor: Actor, id: string): Promise<boolean> {
	const rows = await withUser(db, actor, (tx) =>
		tx.query(
			`update public.circle_proposals set status = 'dismissed' where id = $1 and status = 'open' returning id`,
			[id]
		)
	);
	return rows.length === 1;
}
