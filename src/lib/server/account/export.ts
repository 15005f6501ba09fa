import { withUser, type Database, type Sql } from '../db';
import type { SessionUser } from '../auth';

/**
 * Everything Kring holds about one person, as they may take it with them (GDPR art. 15
 * and 20). Most parts are read through row-level security as the person; what RLS does
 * not show them directly (their sign-in account and sessions, messages in circles they
 * left, what they did as host or worker) comes from private.account_export(), which
 * only ever returns the caller's own rows.
 */
export type AccountExport = {
	kring_export_version: 1;
	exported_at: string;
	profile: Record<string, unknown> | null;
	account: Record<string, unknown> | null;
	sessions: Record<string, unknown>[];
	questions: Record<string, unknown>[];
	consents: Record<string, unknown>[];
	memberships: Record<string, unknown>[];
	join_requests: Record<string, unknown>[];
	invitations: Record<string, unknown>[];
	rsvps: Record<string, unknown>[];
	messages: Record<string, unknown>[];
	read_positions: Record<string, unknown>[];
	reports_made: Record<string, unknown>[];
	notifications: Record<string, unknown>[];
	calendar_feed: { exists: boolean; created_at: string | null };
	volunteer_profile: Record<string, unknown> | null;
	help_requests: Record<string, unknown>[];
	volunteer_matches: Record<string, unknown>[];
	volunteer_messages: Record<string, unknown>[];
	matches_confirmed: number;
	collectives_decided: number;
	crisis_alerts_about_me: Record<string, unknown>[];
	access_grants: Record<string, unknown>[];
	access_grants_received: Record<string, unknown>[];
	helper_invitations: Record<string, unknown>[];
	notification_settings: Record<string, unknown>[];
	collectives_picked: Record<string, unknown>[];
	circles_started: Record<string, unknown>[];
	gatherings_planned: Record<string, unknown>[];
	invitations_sent: Record<string, unknown>[];
	join_decisions: Record<string, unknown>[];
	messages_hidden: Record<string, unknown>[];
	reports_handled: Record<string, unknown>[];
	reports_about_my_messages: number;
	proposals_seeded: Record<string, unknown>[];
	proposal_runs_requested: Record<string, unknown>[];
	circle_voices: Record<string, unknown>[];
	stories: Record<string, unknown>[];
	blocks_made: Record<string, unknown>[];
	circle_bans_about_me: Record<string, unknown>[];
	circle_bans_made: Record<string, unknown>[];
	subject_reports_made: Record<string, unknown>[];
};

export type ExportSection = Exclude<keyof AccountExport, 'kring_export_version' | 'exported_at'>;

/**
 * Which export section holds the rows of each column that refers to a person
 * ("schema.table.column"). tests/integration/account-export.test.ts walks the catalog:
 * every such column must be here or in EXPORT_EXCLUDED, so a new table that refers to
 * people fails the test until it is placed.
 */
export const EXPORT_COVERAGE: Record<string, ExportSection> = {
	'auth.users.id': 'account',
	'auth.users.email': 'account',
	'kring_auth.sessions.user_id': 'sessions',
	'public.profiles.id': 'profile',
	'public.questions.user_id': 'questions',
	'public.memberships.user_id': 'memberships',
	'public.join_requests.user_id': 'join_requests',
	'public.join_requests.decided_by': 'join_decisions',
	'public.circle_invitations.user_id': 'invitations',
	'public.circle_invitations.invited_by': 'invitations_sent',
	'public.gathering_rsvps.user_id': 'rsvps',
	'public.chat_messages.author_id': 'messages',
	'public.chat_messages.hidden_by': 'messages_hidden',
	'public.chat_read_positions.user_id': 'read_positions',
	'public.message_reports.reporter_id': 'reports_made',
	'public.message_reports.resolved_by': 'reports_handled',
	'public.message_reports.message_author_id': 'reports_about_my_messages',
	'public.notifications.user_id': 'notifications',
	'public.calendar_feeds.user_id': 'calendar_feed',
	'public.circles.created_by': 'circles_started',
	'public.gatherings.created_by': 'gatherings_planned',
	'public.circle_proposals.seeded_by': 'proposals_seeded',
	'public.proposal_runs.requested_by': 'proposal_runs_requested',
	'public.volunteer_profiles.user_id': 'volunteer_profile',
	'public.help_requests.requester_id': 'help_requests',
	'public.volunteer_matches.volunteer_id': 'volunteer_matches',
	'public.volunteer_matches.confirmed_by': 'matches_confirmed',
	'public.volunteer_messages.author_id': 'volunteer_messages',
	'public.collective_proposals.decided_by': 'collectives_decided',
	'public.crisis_alerts.subject_id': 'crisis_alerts_about_me',
	'public.access_grants.resident_id': 'access_grants',
	'public.access_grants.worker_id': 'access_grants_received',
	'public.circle_voices.user_id': 'circle_voices',
	'public.resident_stories.user_id': 'stories',
	'public.consent_records.user_id': 'consents',
	'public.blocks.blocker_id': 'blocks_made',
	'public.circle_bans.user_id': 'circle_bans_about_me',
	'public.circle_bans.banned_by': 'circle_bans_made',
	'public.subject_reports.reporter_id': 'subject_reports_made',
	'public.helper_invitations.user_id': 'helper_invitations',
	'public.notification_settings.user_id': 'notification_settings',
	'public.collective_volunteers.volunteer_id': 'collectives_picked'
};

/** Columns that refer to a person but are deliberately not in the export, and why. */
export const EXPORT_EXCLUDED: Record<string, string> = {
	'kring_auth.one_time_codes.email':
		'sign-in codes: only a salted hash, valid for 10 minutes and removed by the retention job',
	'kring_auth.known_devices.email':
		'browsers that signed in before: only a hash of a random cookie, so they are not locked out; removed when they expire',
	'public.crisis_alerts.contact_offered_by':
		'who offered help after someone else wrote words about a crisis: exporting it would tell who that person was',
	'public.crisis_alerts.handled_by':
		'who handled an alert about someone else: exporting it would tell who that person was',
	'public.access_grant_reads.worker_id':
		'a worker’s reads through a grant belong to the resident’s access log (exported to the resident under access_grants)',
	'public.blocks.blocked_id':
		'who blocked you: the blocked person is not told (issue 10 point 22), so it is only in the blocker’s export',
	'public.subject_reports.profile_id':
		'a report about a person: in a small circle, showing it to that person would point at who reported it',
	'public.subject_reports.resolved_by':
		'which worker handled someone else’s report: part of that report, not of the worker’s own data',
	'public.moderation_log.actor_id':
		'the audit log of moderation, kept for accountability and read by workers and admins; the reports and hidden messages themselves are exported under reports_made, subject_reports_made and messages_hidden',
	'public.push_subscriptions.user_id':
		'push devices: a browser’s push address and keys, made by the browser, not by the person; shown and removed at /profile/notifications, gone with the account',
	'private.push_outbox.user_id':
		'a push message waiting a few seconds to be sent: only its kind, removed once sent',
	'public.volunteer_profiles.vog_recorded_by':
		'which worker recorded a volunteer’s certificate of conduct: part of the volunteer’s record, not the worker’s',
	'public.worker_areas.worker_id':
		'the neighbourhoods a worker covers: an assignment by the organisation, shown to the worker on /worker, not data about them as a resident',
	'public.directory_entries.email':
		'the public contact address of an organisation or service in who does what, not of a person who uses Kring',
	'public.worker_areas.added_by':
		'which admin gave a worker a neighbourhood: part of that worker’s assignment, not the admin’s own data'
};

type Row = Record<string, unknown>;

async function tableExists(tx: Sql, name: string): Promise<boolean> {
	const [row] = await tx.query<{ ok: boolean }>(`select to_regclass($1) is not null as ok`, [name]);
	return Boolean(row?.ok);
}

/** Reads the export inside a transaction that already runs as the person (withUser). */
export async function readMyData(tx: Sql, now = new Date()): Promise<AccountExport> {
	const [profile] = await tx.query<Row>(
		`select p.display_name, p.pseudonym, p.languages, n.name as neighbourhood, p.roles,
		        p.created_at, p.updated_at
		 from public.profiles p left join public.neighbourhoods n on n.id = p.neighbourhood_id
		 where p.id = (select auth.uid())`
	);
	const questions = await tx.query<Row>(
		`select q.id, q.body, q.theme_slugs, n.name as neighbourhood, q.preferred_format,
		        q.preferred_times, q.languages, q.visible_anonymously, q.consent_to_contact,
		        q.status, q.created_at, q.updated_at
		 from public.questions q left join public.neighbourhoods n on n.id = q.neighbourhood_id
		 where q.user_id = (select auth.uid()) order by q.created_at`
	);
	// What was agreed, with the exact text and its version, and when it was withdrawn.
	const consents = (await tableExists(tx, 'public.consent_records'))
		? await tx.query<Row>(
				`select r.purpose, r.text_version, t.body_nl as text_nl, t.body_en as text_en,
				        r.question_id, r.help_request_id, r.given_at, r.withdrawn_at
				 from public.consent_records r
				 join public.consent_texts t on t.purpose = r.purpose and t.version = r.text_version
				 where r.user_id = (select auth.uid()) order by r.given_at`
			)
		: [];
	const memberships = await tx.query<Row>(
		`select c.name as circle, c.slug as circle_slug, m.role, m.joined_at
		 from public.memberships m left join public.circles c on c.id = m.circle_id
		 where m.user_id = (select auth.uid()) order by m.joined_at`
	);
	const joinRequests = await tx.query<Row>(
		`select c.name as circle, j.message, j.status, j.decision_reason, j.created_at, j.decided_at
		 from public.join_requests j left join public.circles c on c.id = j.circle_id
		 where j.user_id = (select auth.uid()) order by j.created_at`
	);
	const invitations = await tx.query<Row>(
		`select c.name as circle, i.source, i.status, i.message, i.created_at, i.responded_at
		 from public.circle_invitations i left join public.circles c on c.id = i.circle_id
		 where i.user_id = (select auth.uid()) order by i.created_at`
	);
	const readPositions = await tx.query<Row>(
		`select c.name as circle, r.last_read_id, r.updated_at
		 from public.chat_read_positions r left join public.circles c on c.id = r.circle_id
		 where r.user_id = (select auth.uid()) order by r.updated_at`
	);
	const reportsMade = await tx.query<Row>(
		`select c.name as circle, r.reason, r.status, r.created_at, r.resolved_at
		 from public.message_reports r left join public.circles c on c.id = r.circle_id
		 where r.reporter_id = (select auth.uid()) order by r.created_at`
	);
	const notifications = await tx.query<Row>(
		`select kind, payload, link, created_at, read_at from public.notifications
		 where user_id = (select auth.uid()) order by created_at`
	);
	const [feed] = await tx.query<{ created_at: Date }>(
		`select created_at from public.calendar_feeds where user_id = (select auth.uid())`
	);
	let volunteerProfile: Row | null = null;
	let helpRequests: Row[] = [];
	if (await tableExists(tx, 'public.volunteer_profiles')) {
		[volunteerProfile = null] = await tx
			.query<Row>(
				`select to_jsonb(v) - 'user_id' - 'vog_recorded_by' as row
			 from public.volunteer_profiles v where v.user_id = (select auth.uid())`
			)
			.then((rows) => rows.map((r) => r.row as Row));
	}
	if (await tableExists(tx, 'public.help_requests')) {
		helpRequests = (
			await tx.query<{ row: Row }>(
				`select to_jsonb(h) - 'requester_id' as row from public.help_requests h
				 where h.requester_id = (select auth.uid()) order by h.created_at`
			)
		).map((r) => r.row);
	}
	let grants: Row[] = [];
	let grantsReceived: Row[] = [];
	if (await tableExists(tx, 'public.access_grants')) {
		[{ grants }] = await tx.query<{ grants: Row[] }>(`select private.my_grants() as grants`);
		grantsReceived = await tx.query<Row>(
			`select scope, created_at, expires_at from public.access_grants
			 where worker_id = (select auth.uid()) order by created_at`
		);
	}
	// The voice of residents: their survey answers and the stories they shared.
	const circleVoices = (await tableExists(tx, 'public.circle_voices'))
		? await tx.query<Row>(
				`select c.name as circle, v.status, v.helps_with, v.missing, v.created_at
				 from public.circle_voices v left join public.circles c on c.id = v.circle_id
				 where v.user_id = (select auth.uid()) order by v.created_at`
			)
		: [];
	const stories = (await tableExists(tx, 'public.resident_stories'))
		? await tx.query<Row>(
				`select title, body, theme_slugs, named, created_at, updated_at
				 from public.resident_stories where user_id = (select auth.uid()) order by created_at`
			)
		: [];
	let blocksMade: Row[] = [];
	let bans: { about_me: Row[]; made: Row[] } = { about_me: [], made: [] };
	if (await tableExists(tx, 'public.circle_bans')) {
		blocksMade = await tx.query<Row>(
			`select private.blocked_person_name(blocked_id) as person, created_at
			 from public.blocks where blocker_id = (select auth.uid()) order by created_at`
		);
		[{ bans }] = await tx.query<{ bans: typeof bans }>(`select private.my_circle_bans() as bans`);
	}
	const subjectReports = (await tableExists(tx, 'public.subject_reports'))
		? await tx.query<Row>(
				`select r.kind, c.name as circle, r.reason, r.status, r.outcome, r.created_at, r.resolved_at
				 from public.subject_reports r left join public.circles c on c.id = r.circle_id
				 where r.reporter_id = (select auth.uid()) order by r.created_at`
			)
		: [];
	const helperInvitations = (await tableExists(tx, 'public.helper_invitations'))
		? await tx.query<Row>(
				`select source, theme_slug, skill_slug, created_at, answered_at, answer
				 from public.helper_invitations where user_id = (select auth.uid()) order by created_at`
			)
		: [];
	const notificationSettings = (await tableExists(tx, 'public.notification_settings'))
		? await tx.query<Row>(
				`select s.kind, c.name as circle, s.delivery, s.updated_at
				 from public.notification_settings s left join public.circles c on c.id = s.circle_id
				 where s.user_id = (select auth.uid()) order by s.kind, c.name`
			)
		: [];
	const collectivesPicked = (await tableExists(tx, 'public.collective_volunteers'))
		? await tx.query<Row>(
				`select p.skill_slug, p.status, p.title, p.created_at
				 from public.collective_volunteers cv join public.collective_proposals p on p.id = cv.collective_id
				 where cv.volunteer_id = (select auth.uid()) order by p.created_at`
			)
		: [];
	const [{ extra }] = await tx.query<{ extra: Record<string, unknown> }>(
		`select private.account_export() as extra`
	);
	const list = (key: string) => (extra[key] as Row[] | undefined) ?? [];
	return {
		kring_export_version: 1,
		exported_at: now.toISOString(),
		profile: profile ?? null,
		account: (extra.account as Row | null) ?? null,
		sessions: list('sessions'),
		questions,
		consents,
		memberships,
		join_requests: joinRequests,
		invitations,
		rsvps: list('rsvps'),
		messages: list('messages'),
		read_positions: readPositions,
		reports_made: reportsMade,
		notifications,
		calendar_feed: {
			exists: Boolean(feed),
			created_at: feed ? new Date(feed.created_at).toISOString() : null
		},
		volunteer_profile: volunteerProfile,
		help_requests: helpRequests,
		volunteer_matches: list('volunteer_matches'),
		volunteer_messages: list('volunteer_messages'),
		matches_confirmed: Number(extra.matches_confirmed ?? 0),
		collectives_decided: Number(extra.collectives_decided ?? 0),
		crisis_alerts_about_me: list('crisis_alerts_about_me'),
		access_grants: grants,
		access_grants_received: grantsReceived,
		helper_invitations: helperInvitations,
		notification_settings: notificationSettings,
		collectives_picked: collectivesPicked,
		circles_started: list('circles_started'),
		gatherings_planned: list('gatherings_planned'),
		invitations_sent: list('invitations_sent'),
		join_decisions: list('join_decisions'),
		messages_hidden: list('messages_hidden'),
		reports_handled: list('reports_handled'),
		reports_about_my_messages: Number(extra.reports_about_my_messages ?? 0),
		proposals_seeded: list('proposals_seeded'),
		proposal_runs_requested: list('proposal_runs_requested'),
		circle_voices: circleVoices,
		stories,
		blocks_made: blocksMade,
		circle_bans_about_me: bans.about_me,
		circle_bans_made: bans.made,
		subject_reports_made: subjectReports
	};
}

export function exportMyData(db: Database, user: SessionUser, now = new Date()) {
	return withUser(db, user, (tx) => readMyData(tx, now));
}

/** The attachment's file name: kring-export-2026-11-30.json. */
export function exportFileName(now = new Date()): string {
	return `kring-export-${now.toISOString().slice(0, 10)}.json`;
}
