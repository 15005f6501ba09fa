import { m } from '$lib/paraglide/messages';
import type { DomainErrorCode } from '$lib/server/errors';

const messages: Record<DomainErrorCode, () => string> = {
	already_member: m.rule_already_member,
	already_requested: m.rule_already_requested,
	circle_not_joinable: m.rule_circle_not_joinable,
	last_host: m.rule_last_host,
	request_not_open: m.rule_request_not_open,
	not_host: m.rule_not_host,
	not_member: m.rule_not_member,
	use_leave: m.rule_use_leave,
	message_too_long: m.rule_message_too_long,
	gathering_in_past: m.rule_gathering_in_past,
	gathering_started: m.rule_gathering_started,
	gathering_cancelled: m.rule_gathering_cancelled,
	gathering_full: m.rule_gathering_full,
	gathering_over: m.gathering_rule_over,
	capacity_below_yes: m.gathering_rule_capacity_below_yes,
	publish_not_allowed: m.rule_publish_not_allowed,
	too_many_proposals: m.security_too_many_proposals,
	'no open invitation': m.rule_no_open_invitation,
	circle_banned: m.privacy_rule_circle_banned,
	circle_host_blocked: m.privacy_rule_circle_host_blocked,
	cannot_ban_host: m.privacy_rule_cannot_ban_host
};

/** The plain-language explanation of a rule the database enforced. */
export function ruleMessage(code: DomainErrorCode): string {
	return messages[code]();
}
