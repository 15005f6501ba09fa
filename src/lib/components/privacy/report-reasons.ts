import { m } from '$lib/paraglide/messages';

/** Likely reasons to report something, the first chosen already, so a report takes two taps. */
export const reportReasons = () => [
	m.privacy_report_reason_hurtful(),
	m.privacy_report_reason_unsafe(),
	m.privacy_report_reason_spam(),
	m.privacy_report_reason_other()
];

/** The chosen reason with what the reporter added, if anything. */
export function reportReasonWithDetails(
	reason: FormDataEntryValue | null,
	details: FormDataEntryValue | null
) {
	const chosen = typeof reason === 'string' ? reason : '';
	const added = typeof details === 'string' ? details.trim() : '';
	return added ? `${chosen}: ${added}` : chosen;
}
