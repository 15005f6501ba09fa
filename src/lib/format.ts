import { getLocale } from '$lib/paraglide/runtime';

/**
 * One Intl.DateTimeFormat per locale and options. Making one loads locale data and is slow
 * (a millisecond or more on a phone); using one is quick. Pages format many dates while the
 * app starts (the chat a few per message), so creating them each time blocked the phone.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions) {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
	return format;
}

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
	const day = dateTimeFormat(locale, {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long'
	}).format(s);
	const time = (d: Date) =>
		dateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(d);
	return `${day}, ${time(s)} – ${time(e)}`;
}

/** When something happened (a notification, a report), in the reader's language. */
export function formatMoment(at: Date | string, timeZone = 'Europe/Amsterdam'): string {
	return dateTimeFormat(readerLocale(), {
		timeZone,
		dateStyle: 'medium',
		timeStyle: 'short'
	}).format(new Date(at));
}

/**
 * A calendar date as the database gives it ('2026-03-02') in words: '2 maart 2026' or
 * '2 March 2026'. The bare ISO form read as a code, or month-first, to residents.
 */
export function formatCalendarDate(ymd: string, locale = readerLocale(), weekday?: 'long'): string {
	const [y, mo, d] = ymd.split('-').map(Number);
	if (!y || !mo || !d) return ymd;
	return dateTimeFormat(locale, {
		timeZone: 'UTC',
		weekday,
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(new Date(Date.UTC(y, mo - 1, d)));
}

/**
 * A day in words, in the reader's language: 'vrijdag 5 december' or 'Friday 5 December'
 * (the year only when it is not this year's). For a deadline no minute is shown: a day reads
 * at a glance, '5 dec 2026, 15:44' did not.
 */
export function formatDay(
	at: Date | string,
	timeZone = 'Europe/Amsterdam',
	now: Date = new Date()
): string {
	const locale = readerLocale();
	const d = new Date(at);
	const year = (x: Date) => dateTimeFormat('en-GB', { timeZone, year: 'numeric' }).format(x);
	return dateTimeFormat(locale, {
		timeZone,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(year(d) === year(now) ? {} : { year: 'numeric' })
	}).format(d);
}

/** A calendar date from the database ('2026-12-05') with its weekday: 'vrijdag 5 december 2026'. */
export function formatCalendarDay(ymd: string, locale = readerLocale()): string {
	return formatCalendarDate(ymd, locale, 'long');
}

/** A number (hours, km) in the reader's language: '1,5' or '1.5'. */
export function formatNumber(n: number, options: Intl.NumberFormatOptions = {}): string {
	return n.toLocaleString(readerLocale(), options);
}

/** The date part of a moment, in words: '2 maart 2026' or '2 March 2026'. */
export function formatDate(at: Date | string, timeZone = 'Europe/Amsterdam'): string {
	return dateTimeFormat(readerLocale(), {
		timeZone,
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(new Date(at));
}

/** A moment with its weekday in full: for a first gathering, 'vrijdag 5 december 2026 om 19:30'. */
export function formatFullMoment(at: Date | string, timeZone = 'Europe/Amsterdam'): string {
	return dateTimeFormat(readerLocale(), {
		timeZone,
		dateStyle: 'full',
		timeStyle: 'short'
	}).format(new Date(at));
}
