/**
 * The assignment job: expires unanswered proposals, reads every active volunteer and every
 * open request without a live match, solves the optimal assignment over all of them at
 * once (matching/assignment.ts) and stores the result as proposals, which volunteers
 * accept or decline. Then it looks for collective approaches (collective.ts).
 *
 * A request linked to a collective approach (status 'collective') or held by an open
 * invitation to one (private.collective_holds) is not matched one-to-one.
 *
 * Service path (a system job). Idempotent: a request with a live (proposed or accepted)
 * match is not read again, its hours count as the volunteer's load, and the unique index
 * on live matches makes a second writer's insert a no-op; accepted matches never move.
 * One run at a time (an advisory lock on PostgreSQL; PGlite has one connection).
 */
import { asService } from '../db/session';
import type { Database, Sql } from '../db/types';
import { greedyAssignment, solveAssignment } from '../matching/assignment';
import {
	buildCandidates,
	haversineKm,
	loadCost,
	pairCost,
	slotMask,
	slotsOnDate,
	type CandidateRequest,
	type CandidateVolunteer
} from '../matching/assignment-cost';
import {
	findCollectives,
	pickGroupVolunteers,
	type CollectiveRequest,
	type GroupVolunteer
} from './collective';

export type AssignmentRunResult = {
	expired: number;
	volunteers: number;
	requests: number;
	edges: number;
	proposed: number;
	assigned: number;
	cost: number;
	greedyAssigned: number;
	greedyCost: number;
	method: 'flow' | 'greedy';
	collectives: number;
	timings: { readMs: number; solveMs: number; writeMs: number };
};

export type AssignmentOptions = {
	/** how long a volunteer has to answer */
	expiresInHours?: number;
	/** candidates kept per request */
	topN?: number;
	/** requests that make a collective proposal */
	collectiveMinSize?: number;
	/** skip the collective step (benchmarks of the assignment alone) */
	collectives?: boolean;
};

/** KRING_COLLECTIVE_MIN_SIZE (2–50, default 5). */
export function collectiveMinSize(env: Record<string, string | undefined> = process.env): number {
	const n = Number(env.KRING_COLLECTIVE_MIN_SIZE ?? 5);
	return Number.isInteger(n) && n >= 2 && n <= 50 ? n : 5;
}

type VolunteerRow = {
	user_id: string;
	skills: string[];
	experience_themes: string[];
	languages: string[];
	neighbourhood_ids: string[];
	online: boolean;
	availability: string[];
	hours_per_week: number;
	load_hours: number;
	recent_hours: number;
	valid_vog: boolean;
	recent_declines: number;
};

type RequestRow = {
	id: string;
	skill_slug: string;
	theme_slug: string | null;
	neighbourhood_id: string | null;
	online: boolean;
	time_slots: string[];
	hours: number;
	urgency: 'low' | 'normal' | 'high';
	needs_vog: boolean;
	languages: string[];
	requester_key: string;
	circle_id: string | null;
	one_off_date: string | null;
};

type Place = { id: string; latitude: number; longitude: number };

/**
 * Everything the job needs in one query and one round trip, as one JSON text: parsing a
 * few thousand rows field by field is the slow part on PGlite, JSON.parse is not.
 */
async function readInstance(tx: Sql) {
	const [row] = await tx.query<{ data: string }>(
		`select json_build_object(
		   'volunteers', coalesce((
		     select json_agg(json_build_object(
		       'user_id', v.user_id, 'skills', v.skills, 'experience_themes', v.experience_themes,
		       'languages', v.languages, 'neighbourhood_ids', v.neighbourhood_ids, 'online', v.online,
		       'availability', v.availability, 'hours_per_week', v.hours_per_week::float8,
		       'load_hours', coalesce(l.hours, 0)::float8, 'recent_hours', coalesce(l.recent, 0)::float8,
		       'valid_vog', (v.vog_status = 'valid' and v.vog_date > current_date - interval '3 years'),
		       'recent_declines', coalesce(d.n, 0)) order by v.created_at, v.user_id)
		     from public.volunteer_profiles v
		     left join (
		       -- live matches take this week's hours; accepted or closed ones of the last
		       -- four weeks are the recent load that fairness spreads
		       select m.volunteer_id,
		         sum(r.hours) filter (where m.status in ('proposed', 'accepted')) as hours,
		         sum(r.hours) filter (where m.status in ('accepted', 'closed')
		           and coalesce(m.answered_at, m.proposed_at) > now() - interval '28 days') as recent
		       from public.volunteer_matches m join public.help_requests r on r.id = m.request_id
		       where m.status in ('proposed', 'accepted', 'closed') group by m.volunteer_id
		     ) l on l.volunteer_id = v.user_id
		     left join (
		       select volunteer_id, count(*) as n from public.volunteer_matches
		       where status = 'declined' and answered_at > now() - interval '28 days' group by volunteer_id
		     ) d on d.volunteer_id = v.user_id
		     where v.status = 'active'), '[]'),
		   -- (rows of a subquery as JSON: quicker than building an object per row)
		   'requests', coalesce((
		     select json_agg(x order by x.created_at, x.id) from (
		       select r.id, r.created_at, r.skill_slug, r.theme_slug, r.neighbourhood_id, r.online, r.time_slots,
		         r.hours::float8 as hours, r.urgency,
		         (r.involves_children or r.home_visit or r.skill_slug = 'childcare') as needs_vog,
		         r.languages, coalesce(r.circle_id, r.requester_id) as requester_key,
		         r.circle_id, r.one_off_date
		       from public.help_requests r
		       where r.status = 'open'
		         and (r.ends_on is null or r.ends_on >= current_date)
		         and (r.one_off_date is null or r.one_off_date >= current_date)
		         and not exists (
		           select 1 from public.volunteer_matches m
		           where m.request_id = r.id and m.status in ('proposed', 'accepted'))
		         -- an open invitation to a collective approach holds the request back
		         and not exists (select 1 from private.collective_holds h where h.request_id = r.id)
		     ) x), '[]'),
		   'places', coalesce((
		     select json_agg(json_build_object('id', id, 'latitude', latitude, 'longitude', longitude))
		     from public.neighbourhoods), '[]'),
		   'history', coalesce((
		     select json_agg(distinct m.volunteer_id || '|' || coalesce(r.circle_id, r.requester_id))
		     from public.volunteer_matches m join public.help_requests r on r.id = m.request_id
		     where m.status in ('accepted', 'closed')), '[]'),
		   -- A volunteer who declined or let a request expire is not asked for it again.
		   'declined', coalesce((
		     -- (a proposal withdrawn for a collective invitation was no "no" from them)
		     select json_agg(volunteer_id || '|' || request_id) from public.volunteer_matches
		     where status in ('declined', 'expired', 'withdrawn') and not withdrawn_for_collective), '[]'),
		   -- Nor is anyone in a block with the requester: left out before solving, so the
		   -- request still gets someone else (blocks are few; read from their side).
		   'blocked', coalesce((
		     select json_agg(b.other || '|' || r.id)
		     from (select blocker_id as person, blocked_id as other from public.blocks
		           union all select blocked_id, blocker_id from public.blocks) b
		     join public.help_requests r on r.requester_id = b.person and r.status = 'open'), '[]')
		 )::text as data`
	);
	return JSON.parse(row.data) as {
		volunteers: VolunteerRow[];
		requests: RequestRow[];
		places: Place[];
		history: string[];
		declined: string[];
		blocked: string[];
	};
}

/** Distances between neighbourhoods by id, computed once per pair. */
export function distanceTable(places: { id: string; latitude: number; longitude: number }[]) {
	const index = new Map(places.map((p, i) => [p.id, i]));
	const table = new Float64Array(places.length * places.length);
	places.forEach((a, i) =>
		places.forEach((b, j) => {
			table[i * places.length + j] = haversineKm(a.latitude, a.longitude, b.latitude, b.longitude);
		})
	);
	return (a: string, b: string) => {
		const i = index.get(a);
		const j = index.get(b);
		return i === undefined || j === undefined ? Infinity : table[i * places.length + j];
	};
}

// One run per process at a time.
const running = new Map<Database, Promise<AssignmentRunResult>>();

/** Runs the assignment job once (or joins the run already going in this process). */
export function runAssignment(
	db: Database,
	options: AssignmentOptions = {}
): Promise<AssignmentRunResult> {
	const going = running.get(db);
	if (going) return going;
	const run = assign(db, options).finally(() => running.delete(db));
	running.set(db, run);
	return run;
}

async function assign(db: Database, options: AssignmentOptions): Promise<AssignmentRunResult> {
	return asService(db, async (tx) => {
		if (db.kind === 'postgres') {
			await tx.query(`select pg_advisory_xact_lock(hashtext('kring_volunteer_assignment'))`);
		}
		const t0 = performance.now();
		const expiredRows = await tx.query<{ id: string }>(
			`update public.volunteer_matches set status = 'expired'
			 where status = 'proposed' and expires_at <= now() returning id`
		);
		const data = await readInstance(tx);
		const t1 = performance.now();

		const volunteers: CandidateVolunteer[] = data.volunteers.map((v) => ({
			id: v.user_id,
			skills: v.skills ?? [],
			experienceThemes: v.experience_themes ?? [],
			languages: v.languages ?? [],
			neighbourhoods: v.neighbourhood_ids ?? [],
			online: v.online,
			availability: slotMask(v.availability ?? []),
			weeklyHours: Number(v.hours_per_week),
			loadHours: Number(v.load_hours),
			recentHours: Number(v.recent_hours),
			hasValidVog: v.valid_vog,
			recentDeclines: v.recent_declines
		}));
		const requests: CandidateRequest[] = data.requests.map((r) => ({
			id: r.id,
			skill: r.skill_slug,
			theme: r.theme_slug,
			neighbourhood: r.neighbourhood_id,
			online: r.online,
			// A one-off date: only volunteers free on that weekday.
			slots: r.one_off_date
				? slotsOnDate(slotMask(r.time_slots ?? []), r.one_off_date)
				: slotMask(r.time_slots ?? []),
			hours: Number(r.hours),
			urgency: r.urgency,
			needsVog: r.needs_vog,
			languages: r.languages ?? [],
			requesterKey: r.requester_key
		}));
		const distanceKm = distanceTable(data.places);
		const ctx = {
			distanceKm,
			history: new Set(data.history),
			declined: new Set([...data.declined, ...data.blocked])
		};
		const graph = buildCandidates(volunteers, requests, ctx, options.topN ?? 8);
		const result = solveAssignment(graph.instance);
		// the baseline the solver already compared itself with (same instance)
		const greedy = result.greedy ?? greedyAssignment(graph.instance);
		const t2 = performance.now();

		const requestIds: string[] = [];
		const volunteerIds: string[] = [];
		const costs: number[] = [];
		const reasons: string[] = [];
		result.volunteerOf.forEach((v, r) => {
			if (v < 0) return;
			const detail = pairCost(volunteers[v], requests[r], ctx)!;
			requestIds.push(requests[r].id);
			volunteerIds.push(volunteers[v].id);
			costs.push(detail.cost);
			reasons.push(JSON.stringify(detail.reasons));
		});
		let proposed = 0;
		if (requestIds.length) {
			// The proposals and one notification per volunteer (however many proposals they
			// got) in one statement: one round trip.
			const [row] = await tx.query<{ proposed: number }>(
				`with inserted as (
				   insert into public.volunteer_matches (request_id, volunteer_id, cost, reasons, expires_at)
				   select t.r, t.v, t.c, t.x::jsonb, now() + make_interval(hours => $5)
				   from unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[]) as t(r, v, c, x)
				   join public.help_requests h on h.id = t.r
				   -- still open and not on hold (an invitation may have gone out since the read)
				   and h.status = 'open'
				   and not exists (select 1 from private.collective_holds ch where ch.request_id = t.r)
				   -- Never two people of whom one blocked the other (left out before solving;
				   -- a block made since the read is skipped here, and the database refuses it too).
				   where not exists (
				     select 1 from public.blocks b
				     where (b.blocker_id = t.v and b.blocked_id = h.requester_id)
				        or (b.blocker_id = h.requester_id and b.blocked_id = t.v))
				   on conflict (request_id) where status in ('proposed', 'accepted') do nothing
				   returning volunteer_id
				 ), told as (
				   insert into public.notifications (user_id, kind, payload, link)
				   select volunteer_id, 'volunteer_proposal', jsonb_build_object('count', count(*)), '/volunteer'
				   from inserted group by volunteer_id
				 )
				 select count(*)::int as proposed from inserted`,
				[requestIds, volunteerIds, costs, reasons, options.expiresInHours ?? 72]
			);
			proposed = row.proposed;
		}
		let collectives = 0;
		if (options.collectives !== false) {
			// Who is still free after this run's proposals may lead a group session.
			const taken = new Array<number>(volunteers.length).fill(0);
			result.volunteerOf.forEach((v, r) => v >= 0 && (taken[v] += requests[r].hours));
			const group: GroupVolunteer[] = volunteers.map((v, i) => ({
				id: v.id,
				skills: v.skills,
				neighbourhoods: v.neighbourhoods,
				availability: new Set(data.volunteers[i].availability ?? []),
				freeHours: v.weeklyHours - v.loadHours - taken[i],
				hasValidVog: v.hasValidVog,
				load: loadCost(v, 0)
			}));
			collectives = await storeCollectives(
				tx,
				data.requests,
				distanceKm,
				options.collectiveMinSize ?? collectiveMinSize(),
				group
			);
		}
		const t3 = performance.now();
		return {
			expired: expiredRows.length,
			volunteers: volunteers.length,
			requests: requests.length,
			edges: graph.instance.edges.length,
			proposed,
			assigned: result.assigned,
			cost: result.cost,
			greedyAssigned: greedy.assigned,
			greedyCost: greedy.cost,
			method: result.method,
			collectives,
			timings: { readMs: t1 - t0, solveMs: t2 - t1, writeMs: t3 - t2 }
		};
	});
}

/**
 * Only the collective step, inside a transaction the caller already has (the demo seed).
 * Returns how many new collective proposals it stored.
 */
export async function proposeCollectives(tx: Sql, minSize = collectiveMinSize()): Promise<number> {
	const [open, places] = await Promise.all([
		tx.query<RequestRow>(
			`select r.id, r.skill_slug, r.theme_slug, r.neighbourhood_id, r.online,
			   r.time_slots, r.hours::float8 as hours, r.circle_id
			 from public.help_requests r
			 where r.status = 'open' order by r.created_at, r.id`
		),
		tx.query<{ id: string; latitude: number; longitude: number }>(
			`select id, latitude, longitude from public.neighbourhoods`
		)
	]);
	return storeCollectives(tx, open, distanceTable(places), minSize);
}

/** Finds collective approaches among the open individual requests and stores new ones. */
async function storeCollectives(
	tx: Sql,
	open: RequestRow[],
	distanceKm: (a: string, b: string) => number,
	minSize: number,
	volunteers: readonly GroupVolunteer[] = []
): Promise<number> {
	const taken = new Set(
		(
			await tx.query<{ request_id: string }>(
				`select i.request_id from public.collective_invitations i
				 join public.collective_proposals p on p.id = i.collective_id
				 where p.status in ('open', 'converted') and i.status <> 'ignored'`
			)
		).map((r) => r.request_id)
	);
	const candidates: CollectiveRequest[] = open
		.filter((r) => !r.circle_id && !r.online && r.neighbourhood_id && !taken.has(r.id))
		.map((r) => ({
			id: r.id,
			skill: r.skill_slug,
			theme: r.theme_slug,
			neighbourhood: r.neighbourhood_id!,
			slots: r.time_slots ?? [],
			hours: Number(r.hours)
		}));
	const found = findCollectives(candidates, distanceKm, minSize);
	if (!found.length) return 0;
	const picked = pickGroupVolunteers(found, volunteers, distanceKm);
	// One statement however many there are: the proposals, then their invitations.
	const [row] = await tx.query<{ stored: number }>(
		`with found as (
		   select * from jsonb_to_recordset($1::text::jsonb) as x(key text, skill text, theme text,
		     neighbourhoods uuid[], request_count int, hours_total numeric, hours_saved numeric,
		     best_slots text[], request_ids uuid[], volunteer_ids uuid[])
		 ), stored as (
		   insert into public.collective_proposals
		     (key, skill_slug, theme_slug, neighbourhood_ids, request_count, hours_total, hours_saved, best_slots)
		   select key, skill, theme, neighbourhoods, request_count, hours_total, hours_saved, best_slots
		   from found
		   on conflict (key) do nothing returning id, key
		 ), invited as (
		   insert into public.collective_invitations (collective_id, request_id)
		   select s.id, unnest(f.request_ids) from stored s join found f on f.key = s.key
		   on conflict do nothing
		 ), staffed as (
		   insert into public.collective_volunteers (collective_id, volunteer_id)
		   select s.id, unnest(f.volunteer_ids) from stored s join found f on f.key = s.key
		   on conflict do nothing
		 )
		 select count(*)::int as stored from stored`,
		[
			JSON.stringify(
				found.map((c, i) => ({
					key: c.key,
					skill: c.skill,
					theme: c.theme,
					neighbourhoods: c.neighbourhoods,
					request_count: c.requestIds.length,
					hours_total: c.hoursTotal,
					hours_saved: c.hoursSaved,
					best_slots: c.bestSlots,
					request_ids: c.requestIds,
					volunteer_ids: picked[i]
				}))
			)
		]
	);
	return row.stored;
}
