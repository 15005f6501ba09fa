import { getLocale } from '$lib/paraglide/runtime';

/** The reader's language as a locale for dates and times (British English, not American). */
export const readerLocale = () => (getLocale() === 'en' ? 'en-GB' : 'nl-NL');

/** Date and time of a gathering, in the circle's time zone, in the reader's language. */
export function formatWhen(
	start: Date | string,
	end: Date | string,
	timeZone = 'Europe/Amsterdam'
): string {
	const locale = readerLocale();
	const s = new Date(start);
	const e = new Date(end);
	const day = s.toLocaleDateString(locale, {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long'
	});
	const time = (d: Date) =>
		d.toLocaleTimeString(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
	return `${day}, ${time(s)} – ${time(e)}`;
}

/** When something happened (a notification, a report), in the reader's language. */
export function formatMoment(at: Date | string, timeZone = 'Europe/Amsterdam'): string {
	return new Date(at).toLocaleString(readerLocale(), {
		timeZone,
		dateStyle: 'medium',
		timeStyle: 'short'
	});
}
