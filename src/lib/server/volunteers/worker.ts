/**
 * What a neighbourhood worker sees for volunteers: for their neighbourhood, open requests
 * by skill against the volunteer hours still free (where volunteers are missing), the
 * volunteers and their VOG, proposals to confirm, and collective proposals (counts only).
 */
import { withUser, type Actor, type Database } from '../db';
import { suggestedSession } from './collective';
import { attemptVolunteer } from './errors';

type User = NonNullable<Actor>;

export type SkillNeed = {
	skill_slug: string;
	open_requests: number;
	open_hours: number;
	volunteers: number;
	free_hours: number;
};

export type WorkerVolunteer = {
	user_id: string;
	name: string;
	skills: string[];
	hours_per_week: number;
	status: string;
	vog_status: string;
	vog_date: string | null;
	vog_valid: boolean;
};

export type WorkerProposal = {
	id: string;
	request_id: string;
	status: string;
	skill_slug: string;
	hours: number;
	neighbourhood: string | null;
	volunteer_id: string;
	volunteer: string | null;
	confirmed: boolean;
	worker_note: string | null;
	expires_at: string;
	needs_vog: boolean;
};

export type WorkerCollective = {
	id: string;
	skill_slug: string;
	theme_slug: string | null;
	neighbourhoods: string[];
	request_count: number;
	hours_total: number;
	hours_saved: number;
	best_slots: string[];
	status: string;
	accepted: number;
	invited: number;
	circle_slug: string | null;
	/** the volunteers the job picked for it, by public name */
	volunteers: string[];
	/** the start the form to plan it suggests: the next day and part of day of its best slot */
	suggested: { date: string; time: string };
};

export type WorkerOverview = {
	needs: SkillNeed[];
	volunteers: WorkerVolunteer[];
	proposals: WorkerProposal[];
	collectives: WorkerCollective[];
	unmatched: { id: string; skill_slug: string; hours: number; neighbourhood: string | null }[];
};

/** Everything the worker's volunteers page shows; RLS limits it to their neighbourhoods. */
export function workerOverview(db: Database, user: User): Promise<WorkerOverview> {
	return withUser(db, user, async (tx) => {
		const needs = await tx.query<SkillNeed>(
			`with mine as (
			   select r.* from public.help_requests r
			   where r.status = 'open' and not exists (
			     select 1 from public.volunteer_matches m
			     where m.request_id = r.id and m.status in ('proposed', 'accepted'))
			 ), load as (
			   select m.volunteer_id, sum(r.hours) as hours
			   from public.volunteer_matches m join public.help_requests r on r.id = m.request_id
			   where m.status in ('proposed', 'accepted') group by m.volunteer_id
			 ), offer as (
			   select s, count(*)::int as volunteers,
			     sum(greatest(v.hours_per_week - coalesce(l.hours, 0), 0))::float8 as free_hours
			   from public.volunteer_profiles v cross join unnest(v.skills) s
			   left join load l on l.volunteer_id = v.user_id
			   where v.status = 'active' group by s
			 )
			 select k.slug as skill_slug, coalesce(q.n, 0)::int as open_requests,
			   coalesce(q.hours, 0)::float8 as open_hours, coalesce(o.volunteers, 0) as volunteers,
			   coalesce(o.free_hours, 0) as free_hours
			 from public.volunteer_skills k
			 left join (select skill_slug, count(*) as n, sum(hours) as hours from mine group by skill_slug) q
			   on q.skill_slug = k.slug
			 left join offer o on o.s = k.slug
			 order by k.sort_order`
		);
		const volunteers = await tx.query<WorkerVolunteer>(
			// The public name only (pseudonym or first name): real names stay private unless
			// the volunteer opened their profile to this worker (read logged).
			`select * from (
			   select v.user_id, private.volunteer_name_for_worker(v.user_id) as name, v.skills,
			     v.hours_per_week::float8 as hours_per_week,
			     v.status, v.vog_status, to_char(v.vog_date, 'YYYY-MM-DD') as vog_date,
			     (v.vog_status = 'valid' and v.vog_date > current_date - interval '3 years') as vog_valid
			   from public.volunteer_profiles v
			 ) x order by name, user_id`
		);
		const proposals = await tx.query<WorkerProposal>(
			`select m.id, m.request_id, m.status, r.skill_slug, r.hours::float8 as hours,
			   n.name as neighbourhood, m.volunteer_id, private.volunteer_name_for_worker(m.volunteer_id) as volunteer,
			   m.confirmed_at is not null as confirmed, m.worker_note, m.expires_at::text as expires_at,
			   (r.involves_children or r.home_visit or r.skill_slug = 'childcare') as needs_vog
			 from public.volunteer_matches m
			 join public.help_requests r on r.id = m.request_id
			 left join public.neighbourhoods n on n.id = r.neighbourhood_id
			 where m.status in ('proposed', 'accepted')
			 order by m.confirmed_at is not null, m.proposed_at`
		);
		const collectives = await tx.query<Omit<WorkerCollective, 'suggested'>>(
			`select cp.id, cp.skill_slug, cp.theme_slug,
			   array(select n.name from public.neighbourhoods n where n.id = any (cp.neighbourhood_ids) order by n.name) as neighbourhoods,
			   cp.request_count, cp.hours_total::float8 as hours_total, cp.hours_saved::float8 as hours_saved,
			   cp.best_slots, cp.status, c.slug as circle_slug,
			   array(select private.volunteer_name_for_worker(cv.volunteer_id)
			     from public.collective_volunteers cv where cv.collective_id = cp.id
			     order by cv.volunteer_id) as volunteers,
			   (select count(*)::int from public.help_requests r where r.collective_id = cp.id) as accepted,
			   case when cp.status = 'converted' then cp.request_count else 0 end as invited
			 from public.collective_proposals cp
			 left join public.circles c on c.id = cp.circle_id
			 where cp.status in ('open', 'converted')
			 order by cp.status, cp.request_count desc`
		);
		const unmatched = await tx.query<WorkerOverview['unmatched'][number]>(
			`select r.id, r.skill_slug, r.hours::float8 as hours, n.name as neighbourhood
			 from public.help_requests r left join public.neighbourhoods n on n.id = r.neighbourhood_id
			 where r.status = 'open' and not exists (
			   select 1 from public.volunteer_matches m
			   where m.request_id = r.id and m.status in ('proposed', 'accepted'))
			 order by r.urgency = 'high' desc, r.created_at limit 50`
		);
		const now = new Date();
		return {
			needs,
			volunteers,
			proposals,
			collectives: collectives.map((c) => ({
				...c,
				suggested: suggestedSession(c.best_slots[0] ?? '', now)
			})),
			unmatched
		};
	});
}

export function recordVog(
	db: Database,
	user: User,
	volunteer: string,
	status: string,
	date: string | null
) {
	return attemptVolunteer(() =>
		withUser(db, user, (tx) =>
			tx.query(`select public.volunteers_record_vog($1, $2, $3::date)`, [volunteer, status, date])
		)
	);
}

export function workerDecide(
	db: Database,
	user: User,
	proposal: string,
	decision: 'confirm' | 'withdraw',
	note: string
) {
	return attemptVolunteer(() =>
		withUser(db, user, (tx) =>
			tx.query(`select public.volunteers_worker_decide($1, $2, $3)`, [proposal, decision, note])
		)
	);
}

export function workerPropose(
	db: Database,
	user: User,
	request: string,
	volunteer: string,
	note: string
) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const [row] = await tx.query<{ id: string }>(
				`select public.volunteers_worker_propose($1, $2, $3) as id`,
				[request, volunteer, note]
			);
			return row.id;
		})
	);
}

/** Turns a collective proposal into a circle with a first gathering; returns the circle's slug. */
export function convertCollective(
	db: Database,
	user: User,
	input: { proposal: string; title: string; startsAt: string; minutes: number; location: string }
) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const [row] = await tx.query<{ id: string }>(
				`select public.volunteers_convert_collective($1, $2, $3::timestamptz, $4, $5) as id`,
				[input.proposal, input.title, input.startsAt, input.minutes, input.location]
			);
			const [circle] = await tx.query<{ slug: string }>(
				`select slug from public.circles where id = $1`,
				[row.id]
			);
			return circle.slug;
		})
	);
}
