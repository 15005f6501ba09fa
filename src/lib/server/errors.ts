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
	'no open invitation'
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
