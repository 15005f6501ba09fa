/** How the chat lays out its messages: days, runs of one author, times. Pure, for any locale. */
import { dateTimeFormat } from '$lib/format';

export const CHAT_TIME_ZONE = 'Europe/Amsterdam';
/** Messages of one author closer together than this share one name and time line. */
export const GROUP_GAP_MS = 5 * 60_000;

type Timed = { authorId: string | null; createdAt: string };

export type TimelineEntry<T> = {
	message: T;
	/** A new day starts here: show this label above the message. */
	day: string | null;
	/** First of a run of one author: show their name and the time. */
	head: boolean;
	/** HH:mm in Amsterdam time, in the reader's language. */
	time: string;
};

const dayKey = (date: Date) => dateTimeFormat('en-CA', { timeZone: CHAT_TIME_ZONE }).format(date); // 2026-11-30

/** "Vandaag", "Gisteren" or "maandag 23 november" (with the year when it is not this year). */
export function dayLabel(
	date: Date,
	now: Date,
	locale: string,
	words: { today: string; yesterday: string }
) {
	const key = dayKey(date);
	if (key === dayKey(now)) return words.today;
	if (key === dayKey(new Date(now.getTime() - 86_400_000))) return words.yesterday;
	const sameYear = key.slice(0, 4) === dayKey(now).slice(0, 4);
	return dateTimeFormat(locale, {
		timeZone: CHAT_TIME_ZONE,
		weekday: 'long',
		day: 'numeric',
		month: 'long',
		...(sameYear ? {} : { year: 'numeric' })
	}).format(date);
}

export function clockTime(date: Date, locale: string) {
	return dateTimeFormat(locale, {
		timeZone: CHAT_TIME_ZONE,
		hour: '2-digit',
		minute: '2-digit'
	}).format(date);
}

export function timeline<T extends Timed>(
	messages: T[],
	options: { now: Date; locale: string; today: string; yesterday: string }
): TimelineEntry<T>[] {
	let previous: T | null = null;
	return messages.map((message) => {
		const at = new Date(message.createdAt);
		const newDay = !previous || dayKey(new Date(previous.createdAt)) !== dayKey(at);
		const head =
			newDay ||
			previous!.authorId !== message.authorId ||
			message.authorId === null ||
			at.getTime() - new Date(previous!.createdAt).getTime() > GROUP_GAP_MS;
		previous = message;
		return {
			message,
			day: newDay ? dayLabel(at, options.now, options.locale, options) : null,
			head,
			time: clockTime(at, options.locale)
		};
	});
}
