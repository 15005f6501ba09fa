import { Temporal } from 'temporal-polyfill';

export type Recurrence = 'none' | 'weekly' | 'biweekly' | 'monthly';

export type SeriesInput = {
	/** First date, YYYY-MM-DD, in the circle's time zone. */
	date: string;
	/** Local start time, HH:MM. */
	time: string;
	durationMinutes: number;
	recurrence: Recurrence;
	/** How many gatherings in the series (1 for a one-off). */
	count: number;
	timeZone?: string;
};

export type Occurrence = { startsAt: Date; endsAt: Date };

/** Which occurrence of its weekday a date is in its month: 1..4, or 5 meaning "the last". */
function nthWeekday(date: Temporal.PlainDate): number {
	return Math.ceil(date.day / 7);
}

function nthWeekdayOfMonth(month: Temporal.PlainYearMonth, weekday: number, nth: number) {
	const first = month.toPlainDate({ day: 1 });
	const offset = (weekday - first.dayOfWeek + 7) % 7;
	let date = first.add({ days: offset + (nth - 1) * 7 });
	// "5th Tuesday" in a month that has only four becomes the last Tuesday.
	while (date.month !== first.month) date = date.subtract({ days: 7 });
	return date;
}

/**
 * The start and end instants of a series of gatherings. Times are wall-clock times in
 * the circle's time zone, so a weekly 19:30 gathering stays at 19:30 across daylight
 * saving changes; monthly series keep the Nth weekday of the first date (2nd Tuesday).
 */
export function occurrences(input: SeriesInput): Occurrence[] {
	const timeZone = input.timeZone ?? 'Europe/Amsterdam';
	const first = Temporal.PlainDate.from(input.date);
	const time = Temporal.PlainTime.from(input.time);
	const count = input.recurrence === 'none' ? 1 : input.count;
	const dates: Temporal.PlainDate[] = [];
	for (let i = 0; i < count; i++) {
		if (input.recurrence === 'monthly') {
			const month = first.toPlainYearMonth().add({ months: i });
			dates.push(nthWeekdayOfMonth(month, first.dayOfWeek, nthWeekday(first)));
		} else {
			const step = input.recurrence === 'biweekly' ? 14 : 7;
			dates.push(first.add({ days: i * step }));
		}
	}
	return dates.map((date) => {
		const start = date.toZonedDateTime({ timeZone, plainTime: time });
		const end = start.add({ minutes: input.durationMinutes });
		return {
			startsAt: new Date(start.epochMilliseconds),
			endsAt: new Date(end.epochMilliseconds)
		};
	});
}
