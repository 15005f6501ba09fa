import { shownPlainText } from '$lib/localized-text';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { dateTimeFormat } from '$lib/format';

/** Day and time of a gathering for a notification, in Europe/Amsterdam and the reader's language. */
function day(at: string | undefined): string {
	if (!at) return '';
	return dateTimeFormat(getLocale() === 'en' ? 'en-GB' : 'nl-NL', {
		timeZone: 'Europe/Amsterdam',
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		hour: '2-digit',
		minute: '2-digit'
	}).format(new Date(at));
}

/** The text of a notification about a changed or cancelled gathering, or null for other kinds. */
export function gatheringNotificationText(n: {
	kind: string;
	payload: Record<string, string>;
}): string | null {
	const p = n.payload;
	const names = {
		title: shownPlainText(p.title ?? '', p.title_en),
		circle: shownPlainText(p.circle ?? '', p.circle_en)
	};
	if (n.kind === 'gathering_changed')
		return m.gathering_notification_changed({ ...names, when: day(p.starts_at) });
	if (n.kind === 'gathering_cancelled')
		return m.gathering_notification_cancelled({ ...names, when: day(p.starts_at) });
	return null;
}
