/**
 * The assignment job: expires unanswered proposals, reads every active volunteer and every
 * open request without a live match, solves the optimal assignment over all of them at
 * once (matching/assignment.ts) and stores the result as proposals, which volunteers
 * accept or decline. Then it looks for collective approaches (collective.ts).
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
	pairCost,
	slotMask,
	type CandidateRequest,
	type CandidateVolunteer
} from '../matching/assignment-cost';
import { findCollectives, type CollectiveRequest } from './collective';

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
	skills: string;
	experience_themes: string;
	languages: string;
	neighbourhood_ids: string;
	online: boolean;
	availability: string;
	hours_per_week: number;
	load_hours: number;
	valid_vog: boolean;
	recent_declines: number;
};

type RequestRow = {
	id: string;
	skill_slug: string;
	theme_slug: string | null;
	neighbourhood_id: string | null;
	online: boolean;
	time_slots: string;
	hours: number;
	urgency: 'low' | 'normal' | 'high';
	needs_vog: boolean;
	languages: string;
	requester_key: string;
	circle_id: string | null;
};

const list = (text: string | null) => (text ? text.split(',') : []);

async function readInstance(tx: Sql) {
	const [volunteers, requests, places, history, declined] = await Promise.all([
		tx.query<VolunteerRow>(
			// Arrays as text: parsing array columns row by row is the slow part on PGlite.
			`select v.user_id, array_to_string(v.skills, ',') as skills,
			   array_to_string(v.experience_themes, ',') as experience_themes,
			   array_to_string(v.languages, ',') as languages,
			   array_to_string(v.neighbourhood_ids, ',') as neighbourhood_ids, v.online,
			   array_to_string(v.availability, ',') as availability, v.hours_per_week::float8 as hours_per_week,
			   coalesce(l.hours, 0)::float8 as load_hours,
			   (v.vog_status = 'valid' and v.vog_date > current_date - interval '3 years') as valid_vog,
			   coalesce(d.n, 0)::int as recent_declines
			 from public.volunteer_profiles v
			 left join (
			   select m.volunteer_id, sum(r.hours) as hours
			   from public.volunteer_matches m join public.help_requests r on r.id = m.request_id
			   where m.status in ('proposed', 'accepted') group by m.volunteer_id
			 ) l on l.volunteer_id = v.user_id
			 left join (
			   select volunteer_id, count(*) as n from public.volunteer_matches
			   where status = 'declined' and answered_at > now() - interval '28 days' group by volunteer_id
			 ) d on d.volunteer_id = v.user_id
			 where v.status = 'active'
			 order by v.created_at, v.user_id`
		),
		tx.query<RequestRow>(
			`select r.id, r.skill_slug, r.theme_slug, r.neighbourhood_id, r.online,
			   array_to_string(r.time_slots, ',') as time_slots, r.hours::float8 as hours, r.urgency,
			   (r.involves_children or r.home_visit or r.skill_slug = 'childcare') as needs_vog,
			   array_to_string(r.languages, ',') as languages, coalesce(r.circle_id, r.requester_id)::text as requester_key, r.circle_id
			 from public.help_requests r
			 where r.status = 'open'
			   and (r.ends_on is null or r.ends_on >= current_date)
			   and (r.one_off_date is null or r.one_off_date >= current_date)
			   and not exists (
			     select 1 from public.volunteer_matches m
			     where m.request_id = r.id and m.status in ('proposed', 'accepted'))
			 order by r.created_at, r.id`
		),
		tx.query<{ id: string; latitude: number; longitude: number }>(
			`select id, latitude, longitude from public.neighbourhoods`
		),
		tx.query<{ volunteer_id: string; key: string }>(
			`select distinct m.volunteer_id, coalesce(r.circle_id, r.requester_id)::text as key
			 from public.volunteer_matches m join public.help_requests r on r.id = m.request_id
			 where m.status in ('accepted', 'closed')`
		),
		// A volunteer who declined or let a request expire is not asked for it again.
		tx.query<{ volunteer_id: string; request_id: string }>(
			`select volunteer_id, request_id from public.volunteer_matches
			 where status in ('declined', 'expired', 'withdrawn')`
		)
	]);
	return { volunteers, requests, places, history, declined };
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
			skills: list(v.skills),
			experienceThemes: list(v.experience_themes),
			languages: list(v.languages),
			neighbourhoods: list(v.neighbourhood_ids),
			online: v.online,
			availability: slotMask(list(v.availability)),
			weeklyHours: Number(v.hours_per_week),
			loadHours: Number(v.load_hours),
			hasValidVog: v.valid_vog,
			recentDeclines: v.recent_declines
		}));
		const requests: CandidateRequest[] = data.requests.map((r) => ({
			id: r.id,
			skill: r.skill_slug,
			theme: r.theme_slug,
			neighbourhood: r.neighbourhood_id,
			online: r.online,
			slots: slotMask(list(r.time_slots)),
			hours: Number(r.hours),
			urgency: r.urgency,
			needsVog: r.needs_vog,
			languages: list(r.languages),
			requesterKey: r.requester_key
		}));
		const distanceKm = distanceTable(data.places);
		const ctx = {
			distanceKm,
			history: new Set(data.history.map((h) => `${h.volunteer_id}|${h.key}`)),
			declined: new Set(data.declined.map((d) => `${d.volunteer_id}|${d.request_id}`))
		};
		const graph = buildCandidates(volunteers, requests, ctx, options.topN ?? 8);
		const result = solveAssignment(graph.instance);
		const greedy = greedyAssignment(graph.instance);
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
			const inserted = await tx.query<{ volunteer_id: string }>(
				`insert into public.volunteer_matches (request_id, volunteer_id, cost, reasons, expires_at)
				 select r, v, c, x::jsonb, now() + make_interval(hours => $5)
				 from unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[]) as t(r, v, c, x)
				 -- Never two people of whom one blocked the other (the database refuses it too).
				 where not private.blocked_between(t.v, (select h.requester_id from public.help_requests h where h.id = t.r))
				 on conflict (request_id) where status in ('proposed', 'accepted') do nothing
				 returning volunteer_id`,
				[requestIds, volunteerIds, costs, reasons, options.expiresInHours ?? 72]
			);
			proposed = inserted.length;
			// One notification per volunteer, however many proposals they got.
			await tx.query(
				`insert into public.notifications (user_id, kind, payload, link)
				 select v, 'volunteer_proposal', jsonb_build_object('count', count(*)), '/volunteer'
				 from unnest($1::uuid[]) as t(v) group by v`,
				[inserted.map((i) => i.volunteer_id)]
			);
		}
		let collectives = 0;
		if (options.collectives !== false) {
			collectives = await storeCollectives(
				tx,
				data.requests,
				distanceKm,
				options.collectiveMinSize ?? collectiveMinSize()
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
			   array_to_string(r.time_slots, ',') as time_slots, r.hours::float8 as hours, r.circle_id
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
	minSize: number
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
			slots: list(r.time_slots),
			hours: Number(r.hours)
		}));
	const found = findCollectives(candidates, distanceKm, minSize);
	if (!found.length) return 0;
	// Two statements however many there are: the proposals, then their invitations.
	const stored = await tx.query<{ id: string; key: string }>(
		`insert into public.collective_proposals
		   (key, skill_slug, theme_slug, neighbourhood_ids, request_count, hours_total, hours_saved, best_slots)
		 select key, skill, theme, neighbourhoods, request_count, hours_total, hours_saved, best_slots
		 from jsonb_to_recordset($1::text::jsonb) as x(key text, skill text, theme text, neighbourhoods uuid[],
		   request_count int, hours_total numeric, hours_saved numeric, best_slots text[])
		 on conflict (key) do nothing returning id, key`,
		[
			JSON.stringify(
				found.map((c) => ({
					key: c.key,
					skill: c.skill,
					theme: c.theme,
					neighbourhoods: c.neighbourhoods,
					request_count: c.requestIds.length,
					hours_total: c.hoursTotal,
					hours_saved: c.hoursSaved,
					best_slots: c.bestSlots
				}))
			)
		]
	);
	const byKey = new Map(found.map((c) => [c.key, c]));
	const collectiveIds: string[] = [];
	const requestIds: string[] = [];
	for (const row of stored) {
		for (const r of byKey.get(row.key)!.requestIds) {
			collectiveIds.push(row.id);
			requestIds.push(r);
		}
	}
	await tx.query(
		`insert into public.collective_invitations (collective_id, request_id)
		 select * from unnest($1::uuid[], $2::uuid[]) on conflict do nothing`,
		[collectiveIds, requestIds]
	);
	return stored.length;
}
