import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { MAX_MESSAGE_LENGTH } from './chat-body';
import { isoDateTime, safeString } from './text';

/**
 * The chat's events and forms, shared by the socket server, the browser and the no-JS
 * form action. Messages are functions so they come out in the reader's language; the
 * socket server only passes on error codes, never these texts.
 */
export { MAX_MESSAGE_LENGTH };
export const MAX_REASON_LENGTH = 300;
export const PAGE_SIZE = 50;

const uuid = () => z.uuid({ error: () => m.chat_error_invalid() });
/** A message id: a number, or digits from a form field; never `true` or `[1]` made into 1. */
const messageId = () =>
	z
		.union([z.number(), z.string().regex(/^\d{1,16}$/)], { error: () => m.chat_error_invalid() })
		.transform(Number)
		.pipe(
			z
				.number({ error: () => m.chat_error_invalid() })
				.int()
				.positive()
				.max(Number.MAX_SAFE_INTEGER)
		);
const body = () =>
	safeString({ error: () => m.chat_error_empty() })
		.trim()
		.min(1, { error: () => m.chat_error_empty() })
		.max(MAX_MESSAGE_LENGTH, { error: () => m.chat_error_too_long({ max: MAX_MESSAGE_LENGTH }) });
const reason = () =>
	safeString({ error: () => m.chat_error_reason_required() })
		.trim()
		.min(1, { error: () => m.chat_error_reason_required() })
		.max(MAX_REASON_LENGTH, { error: () => m.chat_error_too_long({ max: MAX_REASON_LENGTH }) });

export const joinSchema = z.object({ circleId: uuid() });
export const sendSchema = z.object({ circleId: uuid(), clientId: uuid(), body: body() });
export const historySchema = z.object({
	circleId: uuid(),
	/** Scroll back: messages before this id. */
	before: messageId().optional(),
	/** Catch up: messages after this id (and, with changedSince, edits since then). */
	after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
	changedSince: isoDateTime().optional(),
	limit: z.coerce.number().int().min(1).max(200).default(PAGE_SIZE)
});
export const editSchema = z.object({ messageId: messageId(), body: body() });
export const deleteSchema = z.object({ messageId: messageId() });
export const hideSchema = z.object({ messageId: messageId(), reason: reason() });
export const reportSchema = z.object({ messageId: messageId(), reason: reason() });
export const readSchema = z.object({ circleId: uuid(), lastReadId: messageId() });
export const typingSchema = z.object({ circleId: uuid() });

/** The no-JS form: the page hands out a fresh client id with every render. */
export const sendFormSchema = z.object({ clientId: uuid(), body: body() });

export type SendInput = z.infer<typeof sendSchema>;
export type HistoryInput = z.infer<typeof historySchema>;

/** A message as the browser sees it. Text of removed or hidden messages is not sent. */
export type ChatMessage = {
	id: number;
	circleId: string;
	clientId: string;
	authorId: string | null;
	authorName: string | null;
	body: string | null;
	createdAt: string;
	updatedAt: string;
	edited: boolean;
	deleted: boolean;
	hidden: { reason: string } | null;
	/**
	 * Only on a message just sent: the id of the one before it in the circle (null for the
	 * first). A client that has not seen that one missed a message and catches up.
	 */
	previousId?: number | null;
};

export type ChatErrorCode =
	| 'invalid'
	| 'unauthenticated'
	| 'forbidden'
	| 'not_found'
	| 'rate_limited'
	| 'too_long'
	| 'server';

export type Ack<T = object> = ({ ok: true } & T) | { ok: false; error: ChatErrorCode };
