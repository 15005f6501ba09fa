import type { ChatMessage } from '$lib/schemas/chat';
import { ChatError, hideMessage } from '../chat';
import { withUser, type Actor, type Database } from '../db';
import { attempt, type DomainError } from '../errors';

type SignedIn = NonNullable<Actor>;

/**
 * An open report as the queue shows it: the copy of the message taken when it was
 * reported, and the reporter's reason, never the reporter's name.
 */
export type OpenReport = {
	id: string;
	circle_id: string;
	circle_name: string;
	circle_name_en: string | null;
	circle_slug: string;
	message_id: string | null;
	message_body: string;
	/** Null when you may not see the writer's profile (a worker outside the circle). */
	author_name: string | null;
	reason: string;
	created_at: Date;
	/** You host this circle: you can hide the message. */
	can_hide: boolean;
	/** Hidden or removed since it was reported (only hosts, who read the chat, see this). */
	message_gone: boolean;
};

/**
 * Open reports you handle: of the circles you host, of the circles in your area (for
 * neighbourhood workers) or of every circle (admins). Your own reports as a plain member
 * are not a queue.
 */
export function listOpenReports(db: Database, actor: SignedIn): Promise<OpenReport[]> {
	return withUser(db, actor, (tx) =>
		tx.query<OpenReport>(
			`select r.id, r.circle_id, c.name as circle_name, c.name_en as circle_name_en, c.slug as circle_slug,
			   r.message_id::text as message_id, r.message_body,
			   private.public_name(r.message_author_id) as author_name,
			   r.reason, r.created_at,
			   private.can_moderate_circle(r.circle_id) as can_hide,
			   coalesce(cm.hidden_at is not null or cm.deleted_at is not null, false) as message_gone
			 from private.handled_reports() r
			 join public.circles c on c.id = r.circle_id
			 left join public.chat_messages cm on cm.id = r.message_id
			 where r.status = 'open'
			 order by r.created_at`
		)
	);
}

/**
 * Keeps the writer of a reported message out of its circle (they are told the reason): for
 * the circle's hosts, and for the area's worker or an admin when the host cannot or will not.
 * The writer's id never reaches the page; the database decides who may ban and refuses to
 * ban a host.
 */
export function banReportedWriter(
	db: Database,
	actor: SignedIn,
	reportId: string,
	reason: string
): Promise<boolean | DomainError> {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const [report] = await tx.query<{ circle_id: string; author: string | null }>(
				`select r.circle_id, r.message_author_id as author from private.handled_reports() r
				 where r.id = $1 and private.can_moderate_circle(r.circle_id)`,
				[reportId]
			);
			if (!report?.author) return false;
			await tx.query(
				`insert into public.circle_bans (circle_id, user_id, reason) values ($1, $2, $3)
				 on conflict do nothing`,
				[report.circle_id, report.author, reason]
			);
			return true;
		})
	);
}

/** How many reports of this circle wait for its hosts (for the host's page). */
export async function countOpenReports(
	db: Database,
	actor: SignedIn,
	circleId: string
): Promise<number> {
	const [row] = await withUser(db, actor, (tx) =>
		tx.query<{ n: number }>(
			`select count(*)::int as n from private.handled_reports()
			 where circle_id = $1 and status = 'open' and private.is_circle_host(circle_id)`,
			[circleId]
		)
	);
	return row.n;
}

/**
 * Closes a report and every other open report of the same message: `resolved` when
 * something was done (the message is hidden), `dismissed` when nothing needed doing.
 * Returns how many closed; 0 when it was closed already or is not yours to handle.
 */
export async function closeReport(
	db: Database,
	actor: SignedIn,
	reportId: string,
	status: 'resolved' | 'dismissed'
): Promise<number> {
	const [row] = await withUser(db, actor, (tx) =>
		tx.query<{ n: number }>(`select private.close_message_report($1, $2) as n`, [reportId, status])
	);
	return row.n;
}

/**
 * A host, or the worker of the circle's area (when the host is the problem), or an admin
 * hides the reported message (members see the reason, its author is told) and closes its
 * reports. Returns the message for the live chat when you host it (others do not read the
 * chat; members see the change when they next load it). Throws ChatError: `not_found` when
 * the report is closed or not yours, `forbidden` when you may not hide it or it is gone.
 */
export async function hideReportedMessage(
	db: Database,
	actor: SignedIn,
	reportId: string,
	reason: string
): Promise<ChatMessage | null> {
	const [report] = await withUser(db, actor, (tx) =>
		tx.query<{ message_id: string | null; host: boolean }>(
			`select message_id::text as message_id, private.is_circle_host(circle_id) as host
			 from private.handled_reports() where id = $1 and status = 'open'`,
			[reportId]
		)
	);
	if (!report?.message_id) throw new ChatError('not_found');
	let message: ChatMessage | null = null;
	if (report.host) {
		message = await hideMessage(db, actor, Number(report.message_id), reason);
	} else {
		const [row] = await withUser(db, actor, (tx) =>
			tx.query<{ n: number }>(`select private.moderator_hide_message($1::bigint, $2) as n`, [
				report.message_id,
				reason
			])
		);
		if (!row?.n) throw new ChatError('forbidden');
	}
	await closeReport(db, actor, reportId, 'resolved');
	return message;
}

export {
	reportSubject,
	myReports,
	openSubjectReports,
	closeSubjectReport,
	moderationLog,
	isModerationStaff,
	hostsACircle,
	type MyReport,
	type SubjectReport,
	type LogEntry
} from './subjects';
