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

function dayName(date: Date, sameYear: boolean, locale: string) {
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

/** When the Amsterdam day of `now` ends, as an instant. */
function endOfDay(now: Date) {
	const parts = dateTimeFormat('en-CA', {
		timeZone: CHAT_TIME_ZONE,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric'
	}).formatToParts(now);
	const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const [year, month, day] = [part('year'), part('month') - 1, part('day')];
	const offset =
		Date.UTC(year, month, day, part('hour'), part('minute')) -
		Math.floor(now.getTime() / 60_000) * 60_000;
	return Date.UTC(year, month, day + 1) - offset;
}

/** What the server worked out for the chat it sent (see ChatClock). */
export type ClockSeed = {
	locale: string;
	/** Message time (ISO) -> [day key, HH:mm]. */
	times: Record<string, [string, string]>;
	/** Day key -> its name, this year's days without the year. */
	names: Record<string, string>;
	today: string;
	yesterday: string;
	/** Until when `today` is today (ms since 1970). */
	todayEnds: number;
};

/**
 * The chat's days and times, remembered. The server works them out for the messages it
 * sends and the browser starts from those (`seed`): the first date a browser formats loads
 * its locale data, a long task in the middle of starting the chat on a phone (issue 13).
 * Messages that arrive later are worked out in the browser.
 */
export class ChatClock {
	#times = new Map<string, [string, string]>();
	#names = new Map<string, string>();
	#today: { today: string; yesterday: string; todayEnds: number } | null = null;

	constructor(
		readonly locale: string,
		seed?: ClockSeed | null
	) {
		if (!seed || seed.locale !== locale) return;
		this.#times = new Map(Object.entries(seed.times));
		this.#names = new Map(Object.entries(seed.names));
		this.#today = { today: seed.today, yesterday: seed.yesterday, todayEnds: seed.todayEnds };
	}

	/** The Amsterdam day key and HH:mm of a message time. */
	at(iso: string): [string, string] {
		let known = this.#times.get(iso);
		if (!known) {
			const date = new Date(iso);
			this.#times.set(iso, (known = [dayKey(date), clockTime(date, this.locale)]));
		}
		return known;
	}

	/** The keys of today and yesterday in Amsterdam. */
	days(now: Date) {
		if (!this.#today || now.getTime() >= this.#today.todayEnds)
			this.#today = {
				today: dayKey(now),
				yesterday: dayKey(new Date(now.getTime() - 86_400_000)),
				todayEnds: endOfDay(now)
			};
		return this.#today;
	}

	/** "maandag 23 november" for a day key (with the year when it is not this year's). */
	name(key: string, iso: string, now: Date) {
		const sameYear = key.slice(0, 4) === this.days(now).today.slice(0, 4);
		const memo = sameYear ? key : `${key} year`;
		let name = this.#names.get(memo);
		if (!name) this.#names.set(memo, (name = dayName(new Date(iso), sameYear, this.locale)));
		return name;
	}

	/** Everything worked out so far, for the browser to start from. */
	seed(now: Date): ClockSeed {
		const { today, yesterday, todayEnds } = this.days(now);
		return {
			locale: this.locale,
			times: Object.fromEntries(this.#times),
			names: Object.fromEntries(this.#names),
			today,
			yesterday,
			todayEnds
		};
	}
}

export function timeline<T extends Timed>(
	messages: T[],
	options: { now: Date; clock: ChatClock; today: string; yesterday: string }
): TimelineEntry<T>[] {
	const { clock, now } = options;
	const days = clock.days(now);
	let previous: { message: T; day: string } | null = null;
	return messages.map((message) => {
		const [day, time] = clock.at(message.createdAt);
		const newDay = !previous || previous.day !== day;
		const head =
			newDay ||
			previous!.message.authorId !== message.authorId ||
			message.authorId === null ||
			Date.parse(message.createdAt) - Date.parse(previous!.message.createdAt) > GROUP_GAP_MS;
		previous = { message, day };
		const label =
			day === days.today
				? options.today
				: day === days.yesterday
					? options.yesterday
					: clock.name(day, message.createdAt, now);
		return { message, day: newDay ? label : null, head, time };
	});
}
