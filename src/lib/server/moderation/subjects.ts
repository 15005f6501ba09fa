import { withUser, type Database } from '../db';
import type { SessionUser } from '../auth';

export type ReportStatus = 'open' | 'resolved' | 'dismissed';

/** One of your own reports, with what came of it (the receipt and the outcome). */
export type MyReport = {
	id: string;
	kind: 'message' | 'profile' | 'circle';
	circle: string | null;
	reason: string;
	status: ReportStatus;
	outcome: string | null;
	created_at: Date;
	resolved_at: Date | null;
};

/** An open report of a profile or circle, as a worker handles it. */
export type SubjectReport = {
	id: string;
	kind: 'profile' | 'circle';
	subject: string | null;
	circle_slug: string | null;
	reason: string;
	created_at: Date;
	/** How many people reported the same profile or circle and wait for an answer. */
	reporters: number;
};

export type LogEntry = {
	id: number;
	at: Date;
	actor: string | null;
	action: string;
	circle: string | null;
	reason: string | null;
};

/**
 * Reports a person's profile or a circle you can see (a person only when you share a
 * circle, never yourself). Reporting the same again while it is open is not an error.
 * Returns false when it is not yours to report.
 */
export async function reportSubject(
	db: Database,
	user: SessionUser,
	input: { kind: 'profile' | 'circle'; subjectId: string; reason: string }
): Promise<boolean> {
	try {
		await withUser(db, user, (tx) =>
			tx.query(
				`insert into public.subject_reports (kind, profile_id, circle_id, reason)
				 values ($1, $2, $3, $4) on conflict do nothing`,
				[
					input.kind,
					input.kind === 'profile' ? input.subjectId : null,
					input.kind === 'circle' ? input.subjectId : null,
					input.reason
				]
			)
		);
		return true;
	} catch (e) {
		if (/row-level security|foreign key|violates/i.test(String(e))) return false;
		throw e;
	}
}

/** Your own reports of messages, profiles and circles, newest first. */
export function myReports(db: Database, user: SessionUser): Promise<MyReport[]> {
	return withUser(db, user, (tx) =>
		tx.query<MyReport>(
			`select r.id, 'message' as kind, c.name as circle, r.reason, r.status, null as outcome,
			   r.created_at, r.resolved_at
			 from public.message_reports r left join public.circles c on c.id = r.circle_id
			 where r.reporter_id = (select auth.uid())
			 union all
			 select s.id, s.kind, c.name, s.reason, s.status, s.outcome, s.created_at, s.resolved_at
			 from public.subject_reports s left join public.circles c on c.id = s.circle_id
			 where s.reporter_id = (select auth.uid())
			 order by created_at desc`
		)
	);
}

/** Open reports of profiles and circles, for the workers of their area and admins. */
export function openSubjectReports(db: Database, user: SessionUser): Promise<SubjectReport[]> {
	return withUser(db, user, (tx) =>
		tx.query<SubjectReport>(
			`select s.id, s.kind,
			   coalesce(private.staff_sees_name(s.profile_id), c.name) as subject,
			   c.slug as circle_slug, s.reason, s.created_at,
			   (select count(distinct o.reporter_id)::int from public.subject_reports o
			    where o.status = 'open' and (o.profile_id = s.profile_id or o.circle_id = s.circle_id)) as reporters
			 from public.subject_reports s left join public.circles c on c.id = s.circle_id
			 -- A worker's own report (made as a resident) shows only where they handle it.
			 where s.status = 'open' and private.can_handle_subject_report(s.id)
			 order by s.created_at`
		)
	);
}

/** Closes a profile or circle report with what was done; the reporter is told. */
export async function closeSubjectReport(
	db: Database,
	user: SessionUser,
	reportId: string,
	status: 'resolved' | 'dismissed',
	outcome: string
): Promise<boolean> {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ n: number }>(`select private.close_subject_report($1, $2, $3) as n`, [
			reportId,
			status,
			outcome
		])
	);
	return row?.n === 1;
}

/** The newest entries of the moderation log (workers and admins; others get none). */
export function moderationLog(db: Database, user: SessionUser, limit = 200): Promise<LogEntry[]> {
	return withUser(db, user, (tx) =>
		tx.query<LogEntry>(
			// The actors' names in one call for the whole page (private.staff_names), not one
			// call a row: a worker's page of 200 took most of a second that way.
			`with page as (
			   select l.id, l.at, l.actor_id, l.action, l.circle_id, l.reason
			   from public.moderation_log l order by l.at desc, l.id desc limit $1
			 ), names as (
			   select n.id, n.name
			   from private.staff_names(array(select distinct actor_id from page where actor_id is not null)) n
			 )
			 select l.id::int as id, l.at, names.name as actor, l.action, c.name as circle, l.reason
			 from page l
			 left join names on names.id = l.actor_id
			 left join public.circles c on c.id = l.circle_id
			 order by l.at desc, l.id desc`,
			[limit]
		)
	);
}

/** Hosts handle the reports of their own circles' chats. */
export async function hostsACircle(db: Database, user: Pick<SessionUser, 'id'>): Promise<boolean> {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ ok: boolean }>(
			`select exists (select 1 from public.memberships
			   where user_id = (select auth.uid()) and role = 'host') as ok`
		)
	);
	return Boolean(row?.ok);
}

/** Neighbourhood workers and admins handle reports of people and circles and read the log. */
export async function isModerationStaff(
	db: Database,
	user: Pick<SessionUser, 'id'>
): Promise<boolean> {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ ok: boolean }>(
			`select private.has_role('worker') or private.has_role('admin') as ok`
		)
	);
	return Boolean(row?.ok);
}
