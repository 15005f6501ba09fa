import { m } from '$lib/paraglide/messages';
import { storable } from './storable';

/** The longest chat message, in characters. */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * The send form's check on a chat message, without zod: the chat page runs it in the
 * browser before sending over the socket, and zod would add about 23 kB (compressed) to the
 * page. Same rules, order and texts as the body in `sendFormSchema`; a property test keeps
 * the two in step.
 */
export function checkChatBody(
	text: string
): { ok: true; body: string } | { ok: false; error: string } {
	if (!storable(text)) return { ok: false, error: m.phone_error_characters() };
	const body = text.trim();
	if (body.length < 1) return { ok: false, error: m.chat_error_empty() };
	// zod counts characters (code points), not UTF-16 units: an emoji is one.
	if ([...body].length > MAX_MESSAGE_LENGTH)
		return { ok: false, error: m.chat_error_too_long({ max: MAX_MESSAGE_LENGTH }) };
	return { ok: true, body };
}
