import type { Handle } from '@sveltejs/kit';
import { m } from '../paraglide/messages';

/** Rule violations raised by the database (`raise exception 'code'`), named in one place. */
export const domainErrorCodes = [
	'already_member',
	'already_requested',
	'circle_not_joinable',
	'last_host',
	'request_not_open',
	'not_host',
	'not_member',
	'use_leave',
	'message_too_long',
	'gathering_in_past',
	'gathering_started',
	'gathering_cancelled',
	'gathering_full',
	'gathering_over',
	'capacity_below_yes',
	'publish_not_allowed',
	'too_many_proposals',
	'no open invitation',
	'circle_banned',
	'circle_host_blocked',
	'cannot_ban_host'
] as const;

export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
	constructor(readonly code: DomainErrorCode) {
		super(code);
	}
}

/** Turns a database error that carries one of our rule codes into a DomainError; rethrows the rest. */
export function asDomainError(error: unknown): DomainError {
	const message = error instanceof Error ? error.message : String(error);
	const code = domainErrorCodes.find((c) => message.includes(c));
	if (code) return new DomainError(code);
	throw error;
}

/** Runs `fn`; a rule violation comes back as a DomainError instead of an exception. */
export async function attempt<T>(fn: () => Promise<T>): Promise<T | DomainError> {
	try {
		return await fn();
	} catch (e) {
		return asDomainError(e);
	}
}

/**
 * PostgreSQL errors that mean "the input was wrong", not "the server broke" (issue 10.15):
 * the answer is a 400 (or a 404 where the input named something that is not there for
 * this person), never a 500. By SQLSTATE, not by message text.
 */
const inputErrorStatus: Record<string, 400 | 404> = {
	'22001': 400, // string_data_right_truncation
	'22003': 400, // numeric_value_out_of_range
	'22007': 400, // invalid_datetime_format
	'22008': 400, // datetime_field_overflow (year 0, 30 February)
	'22021': 400, // character_not_in_repertoire (NUL in text)
	'22P02': 400, // invalid_text_representation (not a uuid, not a number)
	'22P05': 400, // untranslatable_character
	'23514': 400, // check_violation (a length or shape the form did not catch)
	'23503': 400, // foreign_key_violation: a neighbourhood, theme or gathering that is not there
	'42501': 404 // insufficient_privilege: row-level security said no; say "not there", as for a missing row
};

/** The HTTP status for a database error caused by bad input, or null for a real fault. */
export function inputErrorStatusOf(error: unknown): 400 | 404 | null {
	const code =
		typeof error === 'object' && error !== null && 'code' in error
			? String((error as { code: unknown }).code)
			: '';
	return inputErrorStatus[code] ?? null;
}

/** Requests (by their `locals`) whose unexpected error was bad input, and its status. */
const badInput = new WeakMap<object, 400 | 404>();

/**
 * For handleError: a database error caused by bad input becomes the error people see (in
 * their language, no error id: nothing broke), and the response's status is set by
 * `answerBadInput`. Null for a real fault.
 */
export function badInputError(error: unknown, locals: object): App.Error | null {
	const status = inputErrorStatusOf(error);
	if (status === null) return null;
	badInput.set(locals, status);
	return status === 404
		? { message: m.not_found_title(), status }
		: { message: m.phone_error_bad_request(), status };
}

/**
 * SvelteKit answers every unexpected error with 500 and handleError cannot change that:
 * this handle does, for the errors `badInputError` recognised (400 or 404).
 */
export const answerBadInput: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const status = badInput.get(event.locals);
	if (status === undefined || response.status !== 500) return response;
	return new Response(response.body, { status, headers: response.headers });
};
