/**
 * Crisis alerts: after something is stored as normal, the server checks its text and, when
 * it speaks of suicide or self-harm, tells a person (see supabase/migrations/
 * 20261130030100_crisis_alerts.sql for who and what they see). Raising goes through the
 * service path, and only for text the server itself recognised, so no client can raise one;
 * reading and handling runs as the recipient (RLS).
 */
import { asService, withUser, type Actor, type Database } from '../db';
import { assessText, detectCrisis } from './crisis';

type SignedIn = NonNullable<Actor>;

const isUuid = (id: string) =>
	/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/**
 * The crisis gate for a stored question: checks the text and, when it fires, alerts the
 * neighbourhood's workers. Returns whether it fired. A failing alert never fails the
 * writer's save (it is logged without the text).
 */
export async function crisisGateForQuestion(
	db: Database,
	questionId: string,
	text: string
): Promise<boolean> {
	if (!detectCrisis(text).crisis) return false;
	try {
		await asService(db, (tx) =>
			tx.query('select private.raise_crisis_alert_for_question($1::uuid)', [questionId])
		);
	} catch (e) {
		console.error('[kring] crisis alert for a question failed', (e as Error).message);
	}
	return true;
}

/** The hosts' alert for a message the check found a crisis in (once per new message). */
async function raiseForMessage(db: Database, messageId: number, created: boolean) {
	if (!created) return;
	try {
		await asService(db, (tx) =>
			tx.query('select private.raise_crisis_alert_for_message($1::bigint)', [messageId])
		);
	} catch (e) {
		console.error('[kring] crisis alert for a chat message failed', (e as Error).message);
	}
}

/**
 * The whole safety check for a chat message, new or edited, in one place (socket and form):
 * `crisis` (the circle's hosts are alerted, once per new message: a resend of a message that
 * was already stored, `created: false`, adds no alert; 113 and 112 first for the writer),
 * `concern` (a calm line with 113 for the writer only; nobody told, nothing stored) or `none`.
 * The crisis verdict is exactly `detectCrisis`'s.
 */
export async function safetyGateForMessage(
	db: Database,
	message: { id: number; body: string | null },
	created: boolean
): Promise<'crisis' | 'concern' | 'none'> {
	const level = assessText(message.body ?? '').level;
	if (level === 'crisis') await raiseForMessage(db, message.id, created);
	return level;
}

/**
 * The same for a help request (to volunteers), after it is stored: alerts the workers of
 * its neighbourhood. Takes the requester and neighbourhood, not the request, so it works for
 * a request that is changed or removed later.
 */
export async function crisisGateForHelpRequest(
	db: Database,
	request: { requesterId: string; neighbourhoodId: string | null },
	text: string
): Promise<boolean> {
	if (!detectCrisis(text).crisis) return false;
	try {
		await asService(db, (tx) =>
			tx.query('select private.raise_crisis_alert_for_help_request($1::uuid, $2::uuid)', [
				request.requesterId,
				request.neighbourhoodId
			])
		);
	} catch (e) {
		console.error('[kring] crisis alert for a help request failed', (e as Error).message);
	}
	return true;
}

/**
 * The same for a message in a volunteer match's private conversation (the resident's or the
 * volunteer's), after it is stored: alerts the workers of the request's neighbourhood,
 * without the text or the conversation.
 */
export async function crisisGateForVolunteerMessage(
	db: Database,
	messageId: string,
	text: string
): Promise<boolean> {
	if (!detectCrisis(text).crisis) return false;
	try {
		await asService(db, (tx) =>
			tx.query('select private.raise_crisis_alert_for_volunteer_message($1::uuid)', [messageId])
		);
	} catch (e) {
		console.error('[kring] crisis alert for a volunteer message failed', (e as Error).message);
	}
	return true;
}

/**
 * The same for the message written with a request to join a circle: alerts the circle's
 * hosts (they read join requests anyway), with the circle's name only.
 */
export async function crisisGateForJoinMessage(
	db: Database,
	writer: { writerId: string; circleId: string },
	text: string
): Promise<boolean> {
	if (!detectCrisis(text).crisis) return false;
	try {
		await asService(db, (tx) =>
			tx.query('select private.raise_crisis_alert_for_join_message($1::uuid, $2::uuid)', [
				writer.writerId,
				writer.circleId
			])
		);
	} catch (e) {
		console.error('[kring] crisis alert for a join message failed', (e as Error).message);
	}
	return true;
}

export type CrisisAlert = {
	id: string;
	source: 'question' | 'chat_message' | 'help_request' | 'volunteer_message' | 'join_message';
	message_id: number | null;
	circle_name: string | null;
	circle_name_en: string | null;
	circle_slug: string | null;
	neighbourhood_name: string | null;
	hits: number;
	created_at: Date;
	last_at: Date;
	contact_offered_at: Date | null;
	handled_at: Date | null;
};

/** One alert addressed to the actor, or null (anyone else's alerts do not exist for them). */
export async function getCrisisAlert(
	db: Database,
	actor: SignedIn,
	id: string
): Promise<CrisisAlert | null> {
	if (!isUuid(id)) return null;
	const [row] = await withUser(db, actor, (tx) =>
		tx.query<Omit<CrisisAlert, 'message_id'> & { message_id: string | null }>(
			`select a.id, a.source, a.message_id::text as message_id, c.name as circle_name, c.name_en as circle_name_en,
			   c.slug as circle_slug, n.name as neighbourhood_name, a.hits, a.created_at, a.last_at, a.contact_offered_at,
			   a.handled_at
			 from public.crisis_alerts a
			 left join public.circles c on c.id = a.circle_id
			 left join public.neighbourhoods n on n.id = a.neighbourhood_id
			 where a.id = $1`,
			[id]
		)
	);
	return row
		? { ...row, message_id: row.message_id === null ? null : Number(row.message_id) }
		: null;
}

/** Marks an alert handled (or open again); false when it is not the actor's. */
export async function setCrisisAlertHandled(
	db: Database,
	actor: SignedIn,
	id: string,
	handled: boolean
): Promise<boolean> {
	if (!isUuid(id)) return false;
	const rows = await withUser(db, actor, (tx) =>
		tx.query(
			`update public.crisis_alerts
			 set handled_at = case when $2 then now() end,
			     handled_by = case when $2 then (select auth.uid()) end
			 where id = $1 returning id`,
			[id, handled]
		)
	);
	return rows.length === 1;
}

/**
 * Sends the writer an offer of contact with the recipient's name and note. The database
 * checks that the actor is a recipient and that no offer went out yet.
 */
export async function offerCrisisContact(
	db: Database,
	actor: SignedIn,
	id: string,
	note: string
): Promise<boolean> {
	if (!isUuid(id)) return false;
	const [row] = await asService(db, (tx) =>
		tx.query<{ ok: boolean }>('select private.offer_crisis_contact($1, $2, $3) as ok', [
			id,
			actor.id,
			note
		])
	);
	return row?.ok === true;
}
