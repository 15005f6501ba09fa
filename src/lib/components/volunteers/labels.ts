import { formatCalendarDate, formatCalendarDay, formatNumber } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { languageNames } from '$lib/schemas/languages';

/** Plain-language labels for the volunteer pages: skills, the weekly grid, reasons. */

export const dayName = (d: number) =>
	[
		m.volunteers_day_1,
		m.volunteers_day_2,
		m.volunteers_day_3,
		m.volunteers_day_4,
		m.volunteers_day_5,
		m.volunteers_day_6,
		m.volunteers_day_7
	][d - 1]();

/** 'ma' / 'Mon': the weekly grid's rows on a phone, where whole names push it off screen. */
export const dayShortName = (d: number) =>
	[
		m.volunteers_day_short_1,
		m.volunteers_day_short_2,
		m.volunteers_day_short_3,
		m.volunteers_day_short_4,
		m.volunteers_day_short_5,
		m.volunteers_day_short_6,
		m.volunteers_day_short_7
	][d - 1]();

export const partName = (p: string) =>
	(<Record<string, () => string>>{
		morning: m.volunteers_part_morning,
		afternoon: m.volunteers_part_afternoon,
		evening: m.volunteers_part_evening
	})[p]?.() ?? p;

/** '2-evening' → 'dinsdagavond' / 'Tuesday evening'. */
export function slotLabel(slot: string): string {
	const [d, p] = slot.split('-');
	return m.volunteers_slot({ day: dayName(Number(d)), part: partName(p) });
}

/**
 * When a request is for, in words: its moments in the week, the one day it is for, and the
 * day it ends ('dinsdagavond · alleen op vrijdag 5 december 2026'). A request for one day
 * may have no weekly moments at all.
 */
export function requestWhen(r: {
	time_slots: readonly string[];
	one_off_date?: string | null;
	ends_on?: string | null;
}): string {
	return [
		r.time_slots.map(slotLabel).join(', '),
		r.one_off_date
			? m.volunteers_request_once_value({ day: formatCalendarDay(r.one_off_date) })
			: '',
		r.ends_on ? m.volunteers_request_until_value({ day: formatCalendarDay(r.ends_on) }) : ''
	]
		.filter(Boolean)
		.join(' · ');
}

type Labelled = { slug: string; label_nl: string; label_en: string };

export const localLabel = (t: { label_nl: string; label_en: string }) =>
	getLocale() === 'en' ? t.label_en : t.label_nl;

export function skillLabel(slug: string, skills: Labelled[]): string {
	const s = skills.find((x) => x.slug === slug);
	return s ? localLabel(s) : slug;
}

export { languageNames };

export type ReasonLike = { key: string; [k: string]: unknown };

/** One reason of a proposal in plain words. */
export function reasonText(r: ReasonLike, skills: Labelled[], themes: Labelled[]): string {
	switch (r.key) {
		case 'skill': {
			const theme = r.theme ? themes.find((t) => t.slug === r.theme) : null;
			const skill = skillLabel(String(r.skill), skills);
			return theme ? `${skill}: ${localLabel(theme)}` : skill;
		}
		case 'language':
			return m.volunteers_reason_language({
				language: languageNames[String(r.language)] ?? String(r.language)
			});
		case 'time':
			return m.volunteers_reason_time({ when: slotLabel(String(r.slot)) });
		case 'distance':
			return m.volunteers_reason_distance({
				km: formatNumber(Number(r.km))
			});
		case 'same_neighbourhood':
			return m.volunteers_reason_same_neighbourhood();
		case 'online':
			return m.volunteers_reason_online();
		case 'continuity':
			return m.volunteers_reason_continuity();
		case 'vog':
			return m.volunteers_reason_vog();
		case 'worker':
			return m.volunteers_reason_worker();
		default:
			return '';
	}
}

export const urgencyLabel = (u: string) =>
	(<Record<string, () => string>>{
		low: m.volunteers_urgency_low,
		normal: m.volunteers_urgency_normal,
		high: m.volunteers_urgency_high
	})[u]?.() ?? u;

export const statusLabel = (s: string) =>
	(<Record<string, () => string>>{
		open: m.volunteers_status_open,
		paused: m.volunteers_status_paused,
		matched: m.volunteers_status_matched,
		collective: m.volunteers_status_collective,
		closed: m.volunteers_status_closed
	})[s]?.() ?? s;

const vogWords: Record<string, () => string> = {
	none: m.volunteers_vog_none,
	requested: m.volunteers_vog_requested,
	valid: m.volunteers_vog_valid,
	expired: m.volunteers_vog_expired
};

/**
 * A VOG in words. The stored date is the day the certificate was issued (the date on it; a
 * worker may not enter one in the future), and Kring counts it for three years from then
 * (`vog_valid`): 'in orde, afgegeven op 2 maart 2026', or 'verlopen, afgegeven op …' once
 * the three years are over, even before a worker changed the status. Without a date, the
 * status alone; a requested VOG has no issue date yet, so none is shown.
 */
export function vogText(v: {
	vog_status: string;
	vog_date: string | null;
	vog_valid: boolean;
}): string {
	const status = v.vog_status === 'valid' && !v.vog_valid ? 'expired' : v.vog_status;
	const word = vogWords[status]?.() ?? status;
	if (!v.vog_date || (status !== 'valid' && status !== 'expired')) return word;
	return m.volunteers_vog_issued({ status: word, date: formatCalendarDate(v.vog_date) });
}
