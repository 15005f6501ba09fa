import type { ChatMessage, ChatErrorCode } from '$lib/schemas/chat';
import { withUser, type Actor, type Database, type Sql } from '../db';

/** A refusal the caller can show or ack as a code; anything else is a server error. */
export class ChatError extends Error {
	constructor(readonly code: ChatErrorCode) {
		super(code);
	}
}

type MessageRow = {
	id: string | number;
	circle_id: string;
	client_id: string;
	author_id: string | null;
	author_name: string | null;
	body: string;
	created_at: Date | string;
	updated_at: Date | string;
	edited_at: Date | string | null;
	deleted_at: Date | string | null;
	hidden_at: Date | string | null;
	hidden_reason: string | null;
	previous_id?: string | number | null;
};

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

// Hidden and removed text never leaves the server; the row says why it is gone.
function toMessage(r: MessageRow): ChatMessage {
	const gone = r.deleted_at !== null || r.hidden_at !== null;
	return {
		id: Number(r.id),
		circleId: r.circle_id,
		clientId: r.client_id,
		authorId: r.author_id,
		authorName: r.author_name,
		body: gone ? null : r.body,
		createdAt: iso(r.created_at),
		updatedAt: iso(r.updated_at),
		edited: r.edited_at !== null,
		deleted: r.deleted_at !== null,
		hidden: r.hidden_at !== null ? { reason: r.hidden_reason ?? '' } : null,
		...(r.previous_id !== undefined && {
			previousId: r.previous_id === null ? null : Number(r.previous_id)
		})
	};
}

const columns = `m.id::text as id, m.circle_id, m.client_id, m.author_id,
	private.public_name(m.author_id) as author_name,
	m.body, m.created_at, m.updated_at, m.edited_at, m.deleted_at, m.hidden_at, m.hidden_reason`;

/** Postgres refusals (policies, grants, guards, checks) become codes. */
function classify(e: unknown): never {
	if (e instanceof ChatError) throw e;
	const code = (e as { code?: string }).code;
	const text = String((e as { message?: string }).message ?? e);
	if (code === '42501' || /row-level security|permission denied/i.test(text))
		throw new ChatError('forbidden');
	if (code === '23514' || code === '22P02' || code === '23503') throw new ChatError('invalid');
	throw e;
}

export type ChatCircle = {
	id: string;
	slug: string;
	name: string;
	/** The circle's English name (its host writes it), for readers of English; else the Dutch one, marked. */
	name_en: string | null;
	status: string;
	isHost: boolean;
	canWrite: boolean;
};

/** The circle behind a chat, when the person is a member (RLS decides); otherwise null. */
export async function getChatCircle(
	db: Database,
	actor: Actor,
	by: { slug: string } | { id: string }
): Promise<ChatCircle | null> {
	if (!actor) return null;
	const [row] = await withUser(db, actor, (tx) =>
		tx.query<{
			id: string;
			slug: string;
			name: string;
			name_en: string | null;
			status: string;
			role: string;
		}>(
			`select c.id, c.slug, c.name, c.name_en, c.status, ms.role
			 from public.circles c
			 join public.memberships ms on ms.circle_id = c.id and ms.user_id = (select auth.uid())
			 where ${'slug' in by ? 'c.slug = $1' : 'c.id = $1::uuid'}`,
			['slug' in by ? by.slug : by.id]
		)
	);
	if (!row) return null;
	return {
		id: row.id,
		slug: row.slug,
		name: row.name,
		name_en: row.name_en,
		status: row.status,
		isHost: row.role === 'host',
		canWrite: row.status === 'proposed' || row.status === 'published'
	};
}

/** The circles a person belongs to, for the socket's notification rooms. */
export async function myCircleIds(db: Database, actor: Actor): Promise<string[]> {
	if (!actor) return [];
	const rows = await withUser(db, actor, (tx) =>
		tx.query<{ circle_id: string }>(
			`select circle_id from public.memberships where user_id = (select auth.uid())`
		)
	);
	return rows.map((r) => r.circle_id);
}

async function readMessage(tx: Sql, where: string, params: unknown[]) {
	const [row] = await tx.query<MessageRow>(
		`select ${columns} from public.chat_messages m where ${where}`,
		params
	);
	return row ? toMessage(row) : null;
}

/**
 * Stores a message through RLS (membership and an open circle are checked by the policy).
 * A second call with the same client id returns the stored message with `created: false`.
 *
 * One statement, committed on its own: public.chat_post_message takes on the sender's
 * claims and the role `authenticated` exactly as withUser() does (so every policy applies
 * to the insert and the read-back), takes the circle's advisory lock (one writer per circle
 * at a time: ids grow in commit order, so "after N" never misses a message committed
 * later), inserts and returns the row. One round trip instead of six, and the result
 * arrives only after the commit, so a broadcast after it never shows an unstored message.
 */
export async function postMessage(
	db: Database,
	actor: Actor,
	input: { circleId: string; clientId: string; body: string }
): Promise<{ message: ChatMessage; created: boolean }> {
	if (!actor) throw new ChatError('unauthenticated');
	const claims = JSON.stringify({
		sub: actor.id,
		role: 'authenticated',
		email: actor.email ?? undefined
	});
	try {
		const [row] = await db.query<MessageRow & { created: boolean }>(
			`select id::text as id, circle_id, client_id, author_id, author_name, body, created_at,
			   updated_at, edited_at, deleted_at, hidden_at, hidden_reason, created,
			   previous_id::text as previous_id
			 from public.chat_post_message($1, $2::uuid, $3::uuid, $4)`,
			[claims, input.circleId, input.clientId, input.body],
			{ prepare: true }
		);
		// Not stored now, and the message stored earlier with this client id is not readable.
		if (!row) throw new ChatError('forbidden');
		const message = toMessage(row);
		// A client id reused for another circle is a client bug, not a retry.
		if (message.circleId !== input.circleId) throw new ChatError('invalid');
		return { message, created: row.created };
	} catch (e) {
		classify(e);
	}
}

/**
 * A page of history, oldest first. `before`: scroll back. `after`: catch up after a
 * reconnect, plus (with `changedSince`) older messages edited, removed or hidden since.
 */
export async function listMessages(
	db: Database,
	actor: Actor,
	q: { circleId: string; before?: number; after?: number; changedSince?: string; limit: number }
): Promise<{ messages: ChatMessage[]; hasMore: boolean }> {
	if (!actor) throw new ChatError('unauthenticated');
	return withUser(db, actor, async (tx) => {
		const member = await tx.query(`select private.is_circle_member($1::uuid) as ok`, [q.circleId]);
		if (!(member[0] as { ok: boolean }).ok) throw new ChatError('forbidden');
		let rows: MessageRow[];
		if (q.after !== undefined) {
			rows = await tx.query<MessageRow>(
				`select ${columns} from public.chat_messages m
				 where m.circle_id = $1 and m.id > $2::bigint order by m.id asc limit $3`,
				[q.circleId, q.after, q.limit + 1]
			);
			const hasMore = rows.length > q.limit;
			const messages = rows.slice(0, q.limit).map(toMessage);
			if (q.changedSince) {
				// A minute of overlap: a message committed just before a later one can be sent
				// out just after it (another pooled connection, another node), so a client
				// that dropped in between holds the later id without the earlier message.
				const changed = await tx.query<MessageRow>(
					`select ${columns} from public.chat_messages m
					 where m.circle_id = $1 and m.id <= $2::bigint
					   and m.updated_at > $3::timestamptz - interval '1 minute'
					 order by m.id desc limit 500`,
					[q.circleId, q.after, q.changedSince]
				);
				// The newest 500 changes if there are more, oldest first like the rest.
				messages.unshift(...changed.reverse().map(toMessage));
			}
			return { messages, hasMore };
		}
		rows = await tx.query<MessageRow>(
			`select ${columns} from public.chat_messages m
			 where m.circle_id = $1 and ($2::bigint is null or m.id < $2::bigint)
			 order by m.id desc limit $3`,
			[q.circleId, q.before ?? null, q.limit + 1]
		);
		const hasMore = rows.length > q.limit;
		return { messages: rows.slice(0, q.limit).reverse().map(toMessage), hasMore };
	});
}

async function change(
	db: Database,
	actor: Actor,
	messageId: number,
	set: string,
	where: string,
	params: unknown[]
): Promise<ChatMessage> {
	if (!actor) throw new ChatError('unauthenticated');
	try {
		return await withUser(db, actor, async (tx) => {
			const updated = await tx.query<{ id: string }>(
				`update public.chat_messages set ${set} where id = $1::bigint and ${where} returning id::text as id`,
				[messageId, ...params]
			);
			if (!updated.length) throw new ChatError('forbidden');
			const message = await readMessage(tx, 'm.id = $1::bigint', [messageId]);
			if (!message) throw new ChatError('forbidden');
			return message;
		});
	} catch (e) {
		classify(e);
	}
}

/** The author changes their text (not of a removed message). */
export const editMessage = (db: Database, actor: Actor, messageId: number, body: string) =>
	change(
		db,
		actor,
		messageId,
		`body = $2, edited_at = now()`,
		`deleted_at is null and author_id = (select auth.uid())`,
		[body]
	);

/** The author removes their message: the text is gone, "message removed" stays. */
export const deleteMessage = (db: Database, actor: Actor, messageId: number) =>
	change(
		db,
		actor,
		messageId,
		`body = '', deleted_at = now()`,
		`deleted_at is null and author_id = (select auth.uid())`,
		[]
	);

/** A host hides a message, with a reason members see. */
export const hideMessage = (db: Database, actor: Actor, messageId: number, reason: string) =>
	change(
		db,
		actor,
		messageId,
		`hidden_at = now(), hidden_by = (select auth.uid()), hidden_reason = $2`,
		`hidden_at is null and private.is_circle_host(circle_id)`,
		[reason]
	);

/** A member reports a message to the moderation queue; reporting twice is not an error. */
export async function reportMessage(
	db: Database,
	actor: Actor,
	messageId: number,
	reason: string
): Promise<void> {
	if (!actor) throw new ChatError('unauthenticated');
	try {
		await withUser(db, actor, (tx) =>
			tx.query(
				`insert into public.message_reports (message_id, reporter_id, circle_id, reason)
				 values ($1::bigint, (select auth.uid()), '00000000-0000-0000-0000-000000000000', $2)
				 on conflict (message_id, reporter_id) where message_id is not null do nothing`,
				[messageId, reason]
			)
		);
	} catch (e) {
		if ((e as { code?: string }).code === 'P0002') throw new ChatError('not_found');
		classify(e);
	}
}

/** Moves the member's read position forward (never back); returns where it was (null: never read). */
export async function markRead(
	db: Database,
	actor: Actor,
	circleId: string,
	lastReadId: number
): Promise<number | null> {
	if (!actor) throw new ChatError('unauthenticated');
	try {
		const [row] = await withUser(db, actor, (tx) =>
			tx.query<{ before: string | null }>(
				`with before as (
				   select last_read_id from public.chat_read_positions
				   where circle_id = $1 and user_id = (select auth.uid())
				 )
				 insert into public.chat_read_positions (circle_id, user_id, last_read_id)
				 values ($1, (select auth.uid()), $2::bigint)
				 on conflict (circle_id, user_id) do update
				 set last_read_id = greatest(public.chat_read_positions.last_read_id, excluded.last_read_id),
				     updated_at = now()
				 returning (select last_read_id from before) as before`,
				[circleId, lastReadId]
			)
		);
		return row?.before == null ? null : Number(row.before);
	} catch (e) {
		classify(e);
	}
}

/** Unread messages per circle for the navigation (0 when none), inside a transaction that runs as you (see withUser). */
export async function readUnreadCounts(tx: Sql): Promise<Record<string, number>> {
	const rows = await tx.query<{ circle_id: string; unread: number }>(
		`select circle_id, unread from public.chat_unread_counts()`
	);
	return Object.fromEntries(rows.map((r) => [r.circle_id, r.unread]));
}

export async function unreadCounts(db: Database, actor: Actor): Promise<Record<string, number>> {
	if (!actor) return {};
	return withUser(db, actor, readUnreadCounts);
}
