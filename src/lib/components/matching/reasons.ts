import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';

/** The shape of a reason from the matcher (kept in step with server/matching/scoring.ts). */
export type ReasonView =
	| { kind: 'theme'; themes: string[] }
	| { kind: 'words'; words: string[] }
	| { kind: 'distance'; km: number; neighbourhood: string | null }
	| { kind: 'online' }
	| { kind: 'time'; weekdays: number[]; parts: string[] }
	| { kind: 'seats'; open: number | null }
	| { kind: 'full' }
	| { kind: 'language'; languages: string[] };

type Locale = 'nl' | 'en';

export function dayName(day: number, locale?: Locale): string {
	const names = [
		m.match_day_1,
		m.match_day_2,
		m.match_day_3,
		m.match_day_4,
		m.match_day_5,
		m.match_day_6,
		m.match_day_7
	];
	return names[day - 1]?.({}, locale ? { locale } : undefined) ?? String(day);
}

export function partName(part: string, locale?: Locale): string {
	const o = locale ? { locale } : undefined;
	const names: Record<string, () => string> = {
		morning: () => m.question_time_morning({}, o),
		afternoon: () => m.question_time_afternoon({}, o),
		evening: () => m.question_time_evening({}, o),
		weekend: () => m.question_time_weekend({}, o)
	};
	return names[part]?.() ?? part;
}

/**
 * When a circle meets, as people say it: a day with a part of the day is one time
 * ("dinsdagavond", "Tuesday evening"), not two items ("dinsdag, avond"). A few days and parts
 * are every pairing ("dinsdagavond en donderdagavond"); many stay two short lists.
 */
export function meetingTimes(weekdays: number[], parts: string[], locale?: Locale): string {
	const en = (locale ?? getLocale()) === 'en';
	const and = (items: string[]) =>
		items.length < 2
			? (items[0] ?? '')
			: `${items.slice(0, -1).join(', ')} ${en ? 'and' : 'en'} ${items.at(-1)}`;
	const days = weekdays.map((d) => dayName(d, locale));
	const dayParts = parts.filter((p) => p !== 'weekend');
	if (days.length && dayParts.length && days.length * dayParts.length <= 3) {
		const times = days.flatMap((day) =>
			dayParts.map((p) => (en ? `${day} ${partName(p, locale)}` : `${day}${partName(p, locale)}`))
		);
		if (parts.includes('weekend')) times.push(partName('weekend', locale));
		return and(times);
	}
	return [and(days), and(parts.map((p) => partName(p, locale)))].filter(Boolean).join(', ');
}

/** One plain sentence per reason, e.g. "Zelfde thema: Pleegzorg", "1,2 km", "3 plekken vrij". */
export function reasonText(
	reason: ReasonView,
	themeLabel: (slug: string) => string,
	locale?: Locale
): string {
	const o = locale ? { locale } : undefined;
	switch (reason.kind) {
		case 'theme':
			return m.match_reason_theme({ themes: reason.themes.map(themeLabel).join(', ') }, o);
		case 'words':
			return m.match_reason_words({ words: reason.words.join(', ') }, o);
		case 'distance':
			return reason.km < 0.1
				? m.match_reason_same_neighbourhood({ neighbourhood: reason.neighbourhood ?? '' }, o)
				: m.match_reason_distance(
						{
							km: reason.km.toLocaleString(locale === 'en' ? 'en-GB' : 'nl-NL', {
								maximumFractionDigits: 1
							})
						},
						o
					);
		case 'online':
			return m.match_reason_online({}, o);
		case 'time':
			return m.match_reason_time({ when: meetingTimes(reason.weekdays, reason.parts, locale) }, o);
		case 'seats':
			return reason.open === null
				? m.match_reason_always_room({}, o)
				: m.match_reason_seats({ count: reason.open }, o);
		case 'full':
			return m.match_reason_full({}, o);
		case 'language':
			return m.match_reason_language({ languages: reason.languages.join(', ') }, o);
	}
}
