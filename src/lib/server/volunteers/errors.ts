import { m } from '$lib/paraglide/messages';

/** Rules the database enforces for volunteers (`raise exception 'volunteers_…'`). */
export const volunteerErrorCodes = [
	'volunteers_vog_required',
	'volunteers_proposal_not_open',
	'volunteers_proposal_expired',
	'volunteers_already_confirmed',
	'volunteers_not_found',
	'volunteers_not_allowed',
	'volunteers_request_not_open',
	'volunteers_status_not_allowed',
	'volunteers_theme_required',
	'volunteers_skill_unknown',
	'volunteers_theme_unknown',
	'volunteers_volunteer_not_active',
	'volunteers_collective_not_open',
	'volunteers_title_required',
	'volunteers_time_invalid',
	'volunteers_invitation_not_open',
	'volunteers_vog_date_required',
	'volunteers_vog_status_unknown',
	'volunteers_decision_unknown',
	'volunteers_blocked',
	'volunteers_request_in_collective',
	'volunteers_conversation_closed',
	'volunteers_invalid'
] as const;
export type VolunteerErrorCode = (typeof volunteerErrorCodes)[number];

export class VolunteerError extends Error {
	constructor(readonly code: VolunteerErrorCode) {
		super(code);
	}
}

/** A database error carrying one of the codes (or a failed check) as a VolunteerError; rethrows the rest. */
export function asVolunteerError(error: unknown): VolunteerError {
	if (error instanceof VolunteerError) return error;
	const message = error instanceof Error ? error.message : String(error);
	const code = volunteerErrorCodes.find((c) => message.includes(c));
	if (code) return new VolunteerError(code);
	if (/violates check constraint|invalid input syntax/.test(message)) {
		return new VolunteerError('volunteers_invalid');
	}
	throw error;
}

/** Runs `fn`; a rule the database enforced comes back as a VolunteerError. */
export async function attemptVolunteer<T>(fn: () => Promise<T>): Promise<T | VolunteerError> {
	try {
		return await fn();
	} catch (e) {
		return asVolunteerError(e);
	}
}

const messages: Record<VolunteerErrorCode, () => string> = {
	volunteers_vog_required: m.volunteers_rule_vog_required,
	volunteers_proposal_not_open: m.volunteers_rule_proposal_not_open,
	volunteers_proposal_expired: m.volunteers_rule_proposal_expired,
	volunteers_already_confirmed: m.volunteers_rule_already_confirmed,
	volunteers_not_found: m.volunteers_rule_not_found,
	volunteers_not_allowed: m.volunteers_rule_not_allowed,
	volunteers_request_not_open: m.volunteers_rule_request_not_open,
	volunteers_status_not_allowed: m.volunteers_rule_not_allowed,
	volunteers_theme_required: m.volunteers_error_theme_required,
	volunteers_skill_unknown: m.volunteers_error_skill,
	volunteers_theme_unknown: m.volunteers_rule_theme_unknown,
	volunteers_volunteer_not_active: m.volunteers_rule_volunteer_not_active,
	volunteers_collective_not_open: m.volunteers_rule_collective_not_open,
	volunteers_title_required: m.volunteers_error_title,
	volunteers_time_invalid: m.volunteers_rule_time_invalid,
	volunteers_invitation_not_open: m.volunteers_rule_invitation_not_open,
	volunteers_vog_date_required: m.volunteers_rule_vog_date_required,
	volunteers_vog_status_unknown: m.volunteers_rule_invalid,
	volunteers_decision_unknown: m.volunteers_rule_invalid,
	volunteers_blocked: m.privacy_rule_volunteers_blocked,
	volunteers_request_in_collective: m.volunteers_rule_request_in_collective,
	volunteers_conversation_closed: m.volunteers_conversation_closed,
	volunteers_invalid: m.volunteers_rule_invalid
};

/** The plain-language, translated explanation of a rule. */
export function volunteerErrorMessage(code: VolunteerErrorCode): string {
	return messages[code]();
}
