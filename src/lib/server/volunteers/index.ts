/**
 * Volunteers: profiles, help requests, proposals and their answers, the two-person
 * conversation, invitations to collective approaches, and what neighbourhood workers see.
 * Every query runs as the person (withUser), so row-level security decides; the rules
 * (VOG, answering once, before expiry, one live match per request) live in the database.
 */
import { withUser, type Actor, type Database, type Sql } from '../db';
import type { HelpRequestInput, VolunteerProfileInput } from '$lib/schemas/volunteers';
import type { Reason } from '../matching/assignment-cost';
import { attemptVolunteer, VolunteerError } from './errors';

export { runAssignment } from './job';
export { VolunteerError, volunteerErrorMessage, attemptVolunteer } from './errors';

type User = NonNullable<Actor>;

export type Skill = { slug: string; label_nl: string; label_en: string; per_theme: boolean };

export function listSkills(db: Database, actor: Actor): Promise<Skill[]> {
	return withUser(db, actor, (tx) =>
		tx.query<Skill>(
			`select slug, label_nl, label_en, per_theme from public.volunteer_skills order by sort_order`
		)
	);
}

export type VolunteerProfile = VolunteerProfileInput & {
	status: 'active' | 'paused' | 'stopped';
	vog_status: 'none' | 'requested' | 'valid' | 'expired';
	vog_date: string | null;
	vog_valid: boolean;
};

const profileColumns = `intro, skills, experience_themes, languages, neighbourhood_ids::text[] as neighbourhood_ids,
  online, availability, hours_per_week::float8 as hours_per_week, status, vog_status,
  to_char(vog_date, 'YYYY-MM-DD') as vog_date,
  (vog_status = 'valid' and vog_date > current_date - interval '3 years') as vog_valid`;

export async function getVolunteerProfile(
	db: Database,
	user: User
): Promise<VolunteerProfile | null> {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<VolunteerProfile>(
			`select ${profileColumns} from public.volunteer_profiles where user_id = $1`,
			[user.id]
		)
	);
	return row ?? null;
}

/** Creates or updates the signed-in person's volunteer profile (and makes them active). */
export function saveVolunteerProfile(db: Database, user: User, input: VolunteerProfileInput) {
	return attemptVolunteer(() =>
		withUser(db, user, (tx) =>
			tx.query(
				`insert into public.volunteer_profiles
				   (user_id, intro, skills, experience_themes, languages, neighbourhood_ids, online, availability, hours_per_week)
				 values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
				 on conflict (user_id) do update set
				   intro = excluded.intro, skills = excluded.skills,
				   experience_themes = excluded.experience_themes, languages = excluded.languages,
				   neighbourhood_ids = excluded.neighbourhood_ids, online = excluded.online,
				   availability = excluded.availability, hours_per_week = excluded.hours_per_week`,
				[
					user.id,
					input.intro,
					input.skills,
					input.skills.includes('experience-expert') ? input.experience_themes : [],
					input.languages,
					input.neighbourhood_ids,
					input.online,
					input.availability,
					input.hours_per_week
				]
			)
		)
	);
}

/** Pause, resume or stop. Pausing or stopping takes back proposals not yet answered. */
export function setVolunteerStatus(
	db: Database,
	user: User,
	status: 'active' | 'paused' | 'stopped'
) {
	return withUser(db, user, async (tx) => {
		const rows = await tx.query(
			`update public.volunteer_profiles set status = $2 where user_id = $1 returning user_id`,
			[user.id, status]
		);
		if (rows.length && status !== 'active') {
			// Declining on their behalf keeps the rules in one place (answer once, in time).
			const open = await tx.query<{ id: string }>(
				`select id from public.volunteer_matches
				 where volunteer_id = $1 and status = 'proposed' and expires_at > now()`,
				[user.id]
			);
			for (const p of open) {
				await tx.query(`select public.volunteers_answer_proposal($1, false, $2)`, [
					p.id,
					status === 'paused' ? 'paused' : 'stopped'
				]);
			}
		}
		return rows.length > 0;
	});
}

export type Proposal = {
	id: string;
	request_id: string;
	status: 'proposed' | 'accepted';
	skill_slug: string;
	theme_slug: string | null;
	body: string;
	hours: number;
	time_slots: string[];
	/** 'YYYY-MM-DD' when the request is for one day only */
	one_off_date: string | null;
	ends_on: string | null;
	urgency: string;
	online: boolean;
	neighbourhood: string | null;
	involves_children: boolean;
	home_visit: boolean;
	reasons: Reason[];
	expires_at: string;
	requester_name: string | null;
	circle_slug: string | null;
	circle_name: string | null;
	circle_name_en: string | null;
	worker_note: string | null;
};

/** The proposals made to the signed-in volunteer and the matches they accepted. */
export function listMyProposals(db: Database, user: User): Promise<Proposal[]> {
	return withUser(db, user, (tx) =>
		tx.query<Proposal>(
			`select m.id, m.request_id, m.status, r.skill_slug, r.theme_slug, r.body,
			   r.hours::float8 as hours, r.time_slots, to_char(r.one_off_date, 'YYYY-MM-DD') as one_off_date,
			   to_char(r.ends_on, 'YYYY-MM-DD') as ends_on, r.urgency, r.online, n.name as neighbourhood,
			   r.involves_children, r.home_visit, m.reasons, m.expires_at::text as expires_at,
			   m.requester_name, c.slug as circle_slug, c.name as circle_name,
			   c.name_en as circle_name_en, m.worker_note
			 from public.volunteer_matches m
			 join public.help_requests r on r.id = m.request_id
			 left join public.neighbourhoods n on n.id = r.neighbourhood_id
			 left join public.circles c on c.id = r.circle_id
			 where m.volunteer_id = $1 and m.status in ('proposed', 'accepted')
			   and (m.status = 'accepted' or m.expires_at > now())
			 order by m.status desc, m.proposed_at`,
			[user.id]
		)
	);
}

/** Accept or decline a proposal; a second answer or one after expiry is a VolunteerError. */
export function answerProposal(
	db: Database,
	user: User,
	proposal: string,
	accept: boolean,
	reason = ''
) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const [row] = await tx.query<{ status: string }>(
				`select public.volunteers_answer_proposal($1, $2, $3) as status`,
				[proposal, accept, reason]
			);
			return row.status;
		})
	);
}

export type HelpRequest = {
	id: string;
	skill_slug: string;
	theme_slug: string | null;
	body: string;
	circle_id: string | null;
	circle_name: string | null;
	circle_name_en: string | null;
	circle_slug: string | null;
	neighbourhood_id: string | null;
	neighbourhood: string | null;
	online: boolean;
	time_slots: string[];
	one_off_date: string | null;
	ends_on: string | null;
	hours: number;
	urgency: 'low' | 'normal' | 'high';
	involves_children: boolean;
	home_visit: boolean;
	languages: string[];
	status: 'open' | 'paused' | 'matched' | 'collective' | 'closed';
	close_reason: string | null;
	created_at: string;
};

const requestColumns = `r.id, r.skill_slug, r.theme_slug, r.body, r.circle_id, c.name as circle_name,
  c.name_en as circle_name_en, c.slug as circle_slug, r.neighbourhood_id, n.name as neighbourhood, r.online, r.time_slots,
  to_char(r.one_off_date, 'YYYY-MM-DD') as one_off_date, to_char(r.ends_on, 'YYYY-MM-DD') as ends_on,
  r.hours::float8 as hours, r.urgency, r.involves_children, r.home_visit, r.languages, r.status,
  r.close_reason, r.created_at::text as created_at`;
const requestJoins = `from public.help_requests r
  left join public.circles c on c.id = r.circle_id
  left join public.neighbourhoods n on n.id = r.neighbourhood_id`;

function requestParams(input: HelpRequestInput) {
	return [
		input.skill_slug,
		input.skill_slug === 'experience-expert' ? input.theme_slug || null : null,
		input.body,
		input.neighbourhood_id || null,
		input.online,
		input.time_slots,
		input.one_off_date || null,
		input.ends_on || null,
		input.hours,
		input.urgency,
		input.involves_children,
		input.home_visit,
		input.languages
	];
}

/** A new help request; for a circle only by its host (RLS). Returns its id. */
export function createHelpRequest(db: Database, user: User, input: HelpRequestInput) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const [row] = await tx.query<{ id: string }>(
				`insert into public.help_requests
				   (skill_slug, theme_slug, body, neighbourhood_id, online, time_slots, one_off_date, ends_on,
				    hours, urgency, involves_children, home_visit, languages, requester_id, circle_id)
				 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) returning id`,
				[...requestParams(input), user.id, input.circle_id || null]
			);
			return row.id;
		})
	);
}

export function updateHelpRequest(db: Database, user: User, id: string, input: HelpRequestInput) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const rows = await tx.query(
				`update public.help_requests set
				   skill_slug = $1, theme_slug = $2, body = $3, neighbourhood_id = $4, online = $5,
				   time_slots = $6, one_off_date = $7, ends_on = $8, hours = $9, urgency = $10,
				   involves_children = $11, home_visit = $12, languages = $13
				 where id = $14 and status <> 'closed' returning id`,
				[...requestParams(input), id]
			);
			if (!rows.length) throw new VolunteerError('volunteers_not_found');
			return id;
		})
	);
}

/** Pause, reopen, or close with a reason. */
export function setRequestStatus(
	db: Database,
	user: User,
	id: string,
	status: 'open' | 'paused' | 'closed',
	reason: 'helped' | 'no_longer_needed' | null = null
) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const rows = await tx.query(
				`update public.help_requests set status = $2, close_reason = $3
				 where id = $1 and status <> 'closed'
				   and ($2 <> 'open' or status = 'paused')
				 returning id`,
				[id, status, status === 'closed' ? reason : null]
			);
			if (!rows.length) throw new VolunteerError('volunteers_request_not_open');
			return id;
		})
	);
}

/** The requests the signed-in person asked, themselves or for a circle they host. */
export function listMyRequests(db: Database, user: User): Promise<HelpRequest[]> {
	return withUser(db, user, (tx) =>
		tx.query<HelpRequest>(
			`select ${requestColumns} ${requestJoins}
			 where r.requester_id = $1
			    or (r.circle_id is not null and exists (
			      select 1 from public.memberships mm
			      where mm.circle_id = r.circle_id and mm.user_id = $1 and mm.role = 'host'))
			 order by (r.status = 'closed'), r.created_at desc`,
			[user.id]
		)
	);
}

export type RequestMatch = {
	id: string;
	status: string;
	volunteer_name: string | null;
	requester_name: string | null;
	volunteer_id: string;
	confirmed: boolean;
	worker_note: string | null;
};

export type Invitation = {
	collective_id: string;
	title: string | null;
	first_starts_at: string | null;
	status: string;
};

export type RequestDetail = {
	request: HelpRequest;
	match: RequestMatch | null;
	invitation: Invitation | null;
	owner: boolean;
};

async function readMatch(tx: Sql, requestId: string) {
	const [match] = await tx.query<RequestMatch>(
		`select id, status, volunteer_name, requester_name, volunteer_id,
		   confirmed_at is not null as confirmed, worker_note
		 from public.volunteer_matches where request_id = $1 and status in ('proposed', 'accepted')`,
		[requestId]
	);
	return match ?? null;
}

/** One request as the signed-in person may see it, or null. */
export function getHelpRequest(
	db: Database,
	user: User,
	id: string
): Promise<RequestDetail | null> {
	return withUser(db, user, async (tx) => {
		const [request] = await tx.query<HelpRequest & { requester_id: string }>(
			`select ${requestColumns}, r.requester_id ${requestJoins} where r.id = $1`,
			[id]
		);
		if (!request) return null;
		const [owns] = await tx.query<{ owner: boolean }>(
			`select (r.requester_id = $2 or (r.circle_id is not null and exists (
			   select 1 from public.memberships mm
			   where mm.circle_id = r.circle_id and mm.user_id = $2 and mm.role = 'host'))) as owner
			 from public.help_requests r where r.id = $1`,
			[id, user.id]
		);
		const match = await readMatch(tx, id);
		const [invitation] = await tx.query<Invitation>(
			`select i.collective_id, p.title, p.first_starts_at::text as first_starts_at, i.status
			 from public.collective_invitations i
			 join public.collective_proposals p on p.id = i.collective_id
			 where i.request_id = $1 and i.invited_at is not null
			 order by i.invited_at desc limit 1`,
			[id]
		);
		const { requester_id: _omit, ...rest } = request;
		void _omit;
		return { request: rest, match, invitation: invitation ?? null, owner: owns.owner };
	});
}

export type ConversationMessage = {
	id: string;
	body: string;
	created_at: string;
	mine: boolean;
	author: string | null;
};

/** The two-person conversation of an accepted match (empty for anyone else). */
export function listConversation(
	db: Database,
	user: User,
	matchId: string
): Promise<ConversationMessage[]> {
	return withUser(db, user, (tx) =>
		tx.query<ConversationMessage>(
			`select vm.id, vm.body, vm.created_at::text as created_at, vm.author_id = $2 as mine,
			   case when vm.author_id = m.volunteer_id then m.volunteer_name else m.requester_name end as author
			 from public.volunteer_messages vm
			 join public.volunteer_matches m on m.id = vm.match_id
			 where vm.match_id = $1 order by vm.created_at, vm.id`,
			[matchId, user.id]
		)
	);
}

/**
 * Whether either person in the conversation blocked the other: then neither can write (the
 * database refuses), and the page says the conversation is closed without saying who blocked.
 */
export async function conversationBlocked(db: Database, user: User, matchId: string) {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ blocked: boolean }>(`select private.blocked_in_match($1, $2) as blocked`, [
			matchId,
			user.id
		])
	);
	return row.blocked;
}

/**
 * Blocks the other person of an accepted match you are in, without their id ever reaching
 * the page. False when there is no such conversation for you.
 */
export async function blockConversationPartner(db: Database, user: User, matchId: string) {
	const rows = await withUser(db, user, (tx) =>
		tx.query(
			`insert into public.blocks (blocked_id)
			 select case when m.volunteer_id = $2 then r.requester_id else m.volunteer_id end
			 from public.volunteer_matches m
			 join public.help_requests r on r.id = m.request_id
			 where m.id = $1 and m.status = 'accepted' and $2 in (m.volunteer_id, r.requester_id)
			 on conflict do nothing
			 returning blocked_id`,
			[matchId, user.id]
		)
	);
	return rows.length > 0 || (await conversationBlocked(db, user, matchId));
}

/** Stores a message in the conversation; answers its id (for the crisis gate). */
export function sendConversationMessage(db: Database, user: User, matchId: string, body: string) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const [blocked] = await tx.query<{ blocked: boolean }>(
				`select private.blocked_in_match($1, $2) as blocked`,
				[matchId, user.id]
			);
			if (blocked?.blocked) throw new VolunteerError('volunteers_conversation_closed');
			try {
				const [row] = await tx.query<{ id: string }>(
					`insert into public.volunteer_messages (match_id, body) values ($1, $2) returning id`,
					[matchId, body]
				);
				return row.id;
			} catch (e) {
				if (/row-level security/.test(String(e))) throw new VolunteerError('volunteers_not_found');
				throw e;
			}
		})
	);
}

/** The volunteer's view of one accepted match: the request and the conversation partner. */
export function getMyMatch(db: Database, user: User, matchId: string) {
	return withUser(db, user, async (tx) => {
		const [row] = await tx.query<Proposal>(
			`select m.id, m.request_id, m.status, r.skill_slug, r.theme_slug, r.body,
			   r.hours::float8 as hours, r.time_slots, to_char(r.one_off_date, 'YYYY-MM-DD') as one_off_date,
			   to_char(r.ends_on, 'YYYY-MM-DD') as ends_on, r.urgency, r.online, n.name as neighbourhood,
			   r.involves_children, r.home_visit, m.reasons, m.expires_at::text as expires_at,
			   m.requester_name, c.slug as circle_slug, c.name as circle_name,
			   c.name_en as circle_name_en, m.worker_note
			 from public.volunteer_matches m
			 join public.help_requests r on r.id = m.request_id
			 left join public.neighbourhoods n on n.id = r.neighbourhood_id
			 left join public.circles c on c.id = r.circle_id
			 where m.id = $1 and m.volunteer_id = $2 and m.status = 'accepted'`,
			[matchId, user.id]
		);
		return row ?? null;
	});
}

export function answerInvitation(db: Database, user: User, requestId: string, accept: boolean) {
	return attemptVolunteer(() =>
		withUser(db, user, async (tx) => {
			const [row] = await tx.query<{ circle: string | null }>(
				`select public.volunteers_answer_invitation($1, $2)::text as circle`,
				[requestId, accept]
			);
			const [circle] = await tx.query<{ slug: string }>(
				`select slug from public.circles where id = $1`,
				[row.circle]
			);
			return circle?.slug ?? null;
		})
	);
}

/** Hosts: the circles the signed-in person hosts, to ask for help on their behalf. */
export function listHostedCircles(db: Database, user: User) {
	return withUser(db, user, (tx) =>
		tx.query<{ id: string; name: string; neighbourhood_id: string | null }>(
			`select c.id, c.name, c.neighbourhood_id from public.circles c
			 join public.memberships mm on mm.circle_id = c.id
			 where mm.user_id = $1 and mm.role = 'host' and c.status in ('proposed', 'published')
			 order by c.name`,
			[user.id]
		)
	);
}

export * from './worker';
