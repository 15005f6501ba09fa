/**
 * Ranking circles for a question: pure functions, no database. The SQL in suggest.ts
 * fetches candidates (and their text-match figures) through row-level security; this file
 * decides their order and the plain reasons shown to the resident.
 */
import { normalise } from './text';

/**
 * THE weights of a suggestion, in one place. Each part is a number from 0 to 1; the
 * score is their weighted sum (the weights add up to 1), so a circle that fits on every
 * point scores 1.
 *
 * - theme (0.45): the share of the question's themes the circle covers, by confidence, the
 *   main theme weighing most, themes the judge found likely but did not name a little
 *   (themePart); less for a circle for a group the question gives no sign of belonging to
 *   (audienceFit). What the question is about matters most.
 * - text (0.25): how much the whole question resembles the circle's own words (name,
 *   themes, description, house rules): BM25 over Dutch/English stems with compounds split
 *   (0.6 for the absolute similarity, 0.4 relative to the best circle). This is what still
 *   finds a circle when no theme was recognised.
 * - distance (0.10): 1 up to 0.5 km between neighbourhood centres, down to 0 at 8.5 km;
 *   online circles are near to everyone who may meet online.
 * - time (0.06): the circle meets in a part of the day (or the weekend) that suits.
 * - format (0.04): in person / online as preferred.
 * - language (0.04): the circle speaks one of the question's languages.
 * - seats (0.03): open seats; a full circle still shows, lower.
 * - activity (0.03): how many people already take part (a living circle).
 */
export const weights = {
	theme: 0.45,
	text: 0.25,
	distance: 0.1,
	time: 0.06,
	format: 0.04,
	language: 0.04,
	seats: 0.03,
	activity: 0.03
} as const;

/** Broad themes: sharing only these is a weaker sign that a circle fits. */
const broad = new Set(['parenting', 'loneliness']);

/** Circles less sure than this to fit are not shown (unless nothing is surer: see rankCircles). */
export const minimumConfidence = 0.2;
/** Below this, the best fit is said to be unsure and the question is offered to stay open. */
export const lowConfidence = 0.4;
/** Only circles that fit nearly as well as the best one are shown (share of the best score). */
export const relativeCutoff = 0.6;

export type DayPart = 'morning' | 'afternoon' | 'evening';
export type PreferredTime = DayPart | 'weekend';

export type QuestionProfile = {
	/** Strongest first; the first is the main theme. */
	themes: string[];
	/** How sure each theme is (0-1); a theme the resident chose is 1. Missing means 1. */
	confidences?: Record<string, number>;
	/** Content words of the question (see text.ts). */
	words: string[];
	/** How likely each weighed theme is, named or not (soft theme match). */
	chances?: Record<string, number>;
	location: { latitude: number; longitude: number } | null;
	format: 'in_person' | 'online' | 'either';
	times: PreferredTime[];
	languages: string[];
};

export type CandidateCircle = {
	id: string;
	slug: string;
	name: string;
	name_en: string | null;
	theme_slugs: string[];
	format: 'in_person' | 'online' | 'both';
	capacity: number | null;
	member_count: number;
	languages: string[];
	meeting_weekdays: number[];
	meeting_parts: string[];
	meeting_note: string;
	meeting_note_en: string;
	neighbourhood_name: string | null;
	latitude: number | null;
	longitude: number | null;
	/** How much the question resembles the circle's text (0-1, BM25 s / (s + 6)). */
	text_rank: number;
	/** The same similarity relative to the most similar circle (0-1). */
	word_share: number;
	/** The question's meaningful words that the circle's text shares (for the reason). */
	matched_words: string[];
};

export type Reason =
	| { kind: 'theme'; themes: string[] }
	| { kind: 'words'; words: string[] }
	| { kind: 'distance'; km: number; neighbourhood: string | null }
	| { kind: 'online' }
	| { kind: 'time'; weekdays: number[]; parts: DayPart[] }
	| { kind: 'seats'; open: number | null }
	| { kind: 'full' }
	| { kind: 'language'; languages: string[] };

export type Suggestion = {
	circle: CandidateCircle;
	score: number;
	/** How sure it is that this circle fits what the question is about (0-1). */
	confidence: number;
	parts: Record<keyof typeof weights, number>;
	reasons: Reason[];
};

const earthRadiusKm = 6371;

/** Great-circle distance between two points in kilometres (haversine). */
export function haversineKm(
	a: { latitude: number; longitude: number },
	b: { latitude: number; longitude: number }
): number {
	const rad = (d: number) => (d * Math.PI) / 180;
	const dLat = rad(b.latitude - a.latitude);
	const dLon = rad(b.longitude - a.longitude);
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
	return 2 * earthRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}

const weekdayNames: [string, number][] = [
	['maandag', 1],
	['dinsdag', 2],
	['woensdag', 3],
	['donderdag', 4],
	['vrijdag', 5],
	['zaterdag', 6],
	['zondag', 7],
	['monday', 1],
	['tuesday', 2],
	['wednesday', 3],
	['thursday', 4],
	['friday', 5],
	['saturday', 6],
	['sunday', 7]
];

/**
 * When a circle meets: its meeting_weekdays/meeting_parts columns, or else what its
 * meeting note says ("Elke dinsdagochtend, 10.00 uur", "Every Monday evening").
 */
export function meetingTimes(circle: {
	meeting_weekdays: number[];
	meeting_parts: string[];
	meeting_note: string;
	meeting_note_en?: string;
}): { weekdays: number[]; parts: DayPart[] } {
	if (circle.meeting_weekdays.length || circle.meeting_parts.length) {
		return {
			weekdays: [...circle.meeting_weekdays].sort(),
			parts: circle.meeting_parts as DayPart[]
		};
	}
	const note = normalise(`${circle.meeting_note} ${circle.meeting_note_en ?? ''}`);
	const weekdays = [...new Set(weekdayNames.filter(([n]) => note.includes(n)).map(([, d]) => d))];
	if (/\bweekend\b/.test(note)) weekdays.push(6, 7);
	const parts = new Set<DayPart>();
	if (/ochtend|morning/.test(note)) parts.add('morning');
	if (/middag|afternoon/.test(note)) parts.add('afternoon');
	if (/avond|evening/.test(note)) parts.add('evening');
	if (!parts.size) {
		// Clock times from the raw note: normalising would split "19.30" into two numbers.
		const raw = `${circle.meeting_note} ${circle.meeting_note_en ?? ''}`.toLowerCase();
		const clock = /\b(\d{1,2})[.:](\d{2})\b(\s*pm)?/.exec(raw);
		if (clock) {
			const hour = Number(clock[1]) + (clock[3] && Number(clock[1]) < 12 ? 12 : 0);
			parts.add(hour < 12 ? 'morning' : hour < 18 ? 'afternoon' : 'evening');
		}
	}
	return { weekdays: [...new Set(weekdays)].sort(), parts: [...parts] };
}

/**
 * How the theme part shares out what a question is about (see themePart), chosen on the
 * splits tuned on (`npm run eval:matching`, hit@3) and checked on a writer held out.
 */
export const themeShares = {
	/** The main theme weighs this much more than another named theme. */
	main: 1.5,
	/** A broad theme (parenting, loneliness) weighs this share: it is often named in passing. */
	broad: 0.5,
	/** A theme the judge weighed but did not name weighs this share of its probability ... */
	unnamed: 0.5,
	/** ... from this probability on. */
	unnamedFrom: 0.05
};

/**
 * The share of what the question is about that a circle covers: each named theme weighs
 * its confidence (the main one more, a broad one less), and each theme the judge found
 * likely but left off the list weighs part of its probability (a soft match), so a circle
 * for the second and third need can pass one for the first alone, and a need just short
 * of the list still counts. Without named themes it is 0 (the text alone then ranks).
 */
export function themePart(
	question: string[],
	circle: string[],
	confidences?: Record<string, number>,
	chances?: Record<string, number>
): number {
	if (!question.length) return 0;
	const weight = new Map<string, number>();
	const broadShare = (t: string) => (broad.has(t) ? themeShares.broad : 1);
	question.forEach((t, i) => {
		weight.set(t, (confidences?.[t] ?? 1) * broadShare(t) * (i === 0 ? themeShares.main : 1));
	});
	for (const [t, p] of Object.entries(chances ?? {})) {
		if (weight.has(t) || p < themeShares.unnamedFrom) continue;
		weight.set(t, themeShares.unnamed * p * broadShare(t));
	}
	let total = 0;
	let covered = 0;
	for (const [t, w] of weight) {
		total += w;
		if (circle.includes(t)) covered += w;
	}
	return total ? covered / total : 0;
}

export function textPart(c: Pick<CandidateCircle, 'text_rank' | 'word_share'>): number {
	return 0.6 * Math.min(1, Math.max(0, c.text_rank)) + 0.4 * Math.min(1, Math.max(0, c.word_share));
}

/**
 * How sure it is that a circle fits what the question is about: the theme fit times how
 * sure the shared themes are, topped up by how much the texts resemble each other.
 */
export function fitConfidence(
	question: QuestionProfile,
	circle: Pick<CandidateCircle, 'theme_slugs' | 'text_rank' | 'word_share'>,
	theme: number
): number {
	const shared = question.themes.filter((t) => circle.theme_slugs.includes(t));
	// Sharing only a broad theme (parenting, loneliness) says less than sharing a specific one.
	const sure = shared.length
		? Math.max(...shared.map((t) => (question.confidences?.[t] ?? 1) * (broad.has(t) ? 0.6 : 1)))
		: 0;
	const byTheme = theme * sure;
	// Only the absolute similarity: being the least unlike circle is no reason to be sure.
	const byText = 0.9 * Math.min(1, Math.max(0, circle.text_rank));
	return Math.round(Math.min(1, byTheme + (1 - byTheme) * byText) * 100) / 100;
}

export function distancePart(
	question: QuestionProfile,
	circle: CandidateCircle
): { part: number; km: number | null } {
	if (circle.format === 'online' && question.format !== 'in_person') return { part: 1, km: null };
	if (!question.location || circle.latitude === null || circle.longitude === null) {
		return { part: 0.5, km: null };
	}
	const km = haversineKm(question.location, {
		latitude: circle.latitude,
		longitude: circle.longitude
	});
	return { part: Math.max(0, Math.min(1, 1 - (km - 0.5) / 8)), km };
}

export function formatPart(question: QuestionProfile['format'], circle: CandidateCircle['format']) {
	if (question === 'either' || circle === 'both') return 1;
	return question === circle ? 1 : 0;
}

export function timePart(
	times: PreferredTime[],
	meets: { weekdays: number[]; parts: DayPart[] }
): { part: number; fits: boolean } {
	if (!times.length || (!meets.parts.length && !meets.weekdays.length)) {
		return { part: 0.5, fits: false };
	}
	const partFit = meets.parts.some((p) => times.includes(p));
	const weekendFit = times.includes('weekend') && meets.weekdays.some((d) => d >= 6);
	return partFit || weekendFit ? { part: 1, fits: true } : { part: 0, fits: false };
}

export function languagePart(question: string[], circle: string[]): number {
	if (!question.length) return 1;
	return question.some((l) => circle.includes(l)) ? 1 : 0;
}

export function openSeats(c: Pick<CandidateCircle, 'capacity' | 'member_count'>): number | null {
	return c.capacity === null ? null : Math.max(0, c.capacity - c.member_count);
}

export function seatsPart(c: Pick<CandidateCircle, 'capacity' | 'member_count'>): number {
	const open = openSeats(c);
	if (open === null) return 1;
	return open === 0 ? 0 : Math.min(1, 0.5 + open / 10);
}

export function activityPart(memberCount: number): number {
	return Math.min(1, memberCount / 8);
}

/**
 * Themes that say for whom a circle is: the young carers' drop-in is for young carers, not
 * for every carer; the single parents' circle for parents on their own.
 */
const audiences = new Set(['young-carers', 'single-parents', 'foster-care']);
/** The theme part of a circle for a group the question gives no sign of belonging to. */
export const otherAudience = 0.6;

/**
 * 1, or `otherAudience` when the circle is for a group (audiences) that the question neither
 * names nor makes likely: a daughter caring for her mother with dementia is offered the
 * carers' circles before the young carers' drop-in, which shares only "caring".
 */
export function audienceFit(
	question: Pick<QuestionProfile, 'themes' | 'chances'>,
	circleThemes: string[]
): number {
	const outside = circleThemes.some(
		(t) => audiences.has(t) && !question.themes.includes(t) && (question.chances?.[t] ?? 0) < 0.2
	);
	return outside ? otherAudience : 1;
}

/** One circle's score and reasons for one question. */
export function scoreCircle(question: QuestionProfile, circle: CandidateCircle): Suggestion {
	const distance = distancePart(question, circle);
	const meets = meetingTimes(circle);
	const time = timePart(question.times, meets);
	// A circle about exactly this fits better than one about this and more (a general carers'
	// café before the dementia carers or the loved ones of an addict, for a carer of someone
	// else). 0.6 + 0.4 x the share of its themes the question has: on the splits tuned on,
	// hit@3 0.9611 at 0.85 + 0.15 (round 15), 0.9617 at 0.75, 0.9623 at 0.6 (round 16).
	const focus = circle.theme_slugs.length
		? 0.6 +
			(0.4 * circle.theme_slugs.filter((t) => question.themes.includes(t)).length) /
				circle.theme_slugs.length
		: 1;
	const parts = {
		theme:
			themePart(question.themes, circle.theme_slugs, question.confidences, question.chances) *
			focus *
			audienceFit(question, circle.theme_slugs),
		text: textPart(circle),
		distance: distance.part,
		time: time.part,
		format: formatPart(question.format, circle.format),
		language: languagePart(question.languages, circle.languages),
		seats: seatsPart(circle),
		activity: activityPart(circle.member_count)
	};
	const score = (Object.keys(weights) as (keyof typeof weights)[]).reduce(
		(sum, k) => sum + weights[k] * parts[k],
		0
	);

	const reasons: Reason[] = [];
	const sharedThemes = question.themes.filter((t) => circle.theme_slugs.includes(t));
	if (sharedThemes.length) reasons.push({ kind: 'theme', themes: sharedThemes });
	else if (circle.matched_words.length) {
		reasons.push({ kind: 'words', words: circle.matched_words.slice(0, 3) });
	}
	if (circle.format === 'online') reasons.push({ kind: 'online' });
	else if (distance.km !== null) {
		reasons.push({
			kind: 'distance',
			km: Math.round(distance.km * 10) / 10,
			neighbourhood: circle.neighbourhood_name
		});
	}
	if (meets.weekdays.length || meets.parts.length) {
		// Said when it fits, or when the resident gave no preference: the time is useful to know.
		if (time.fits || !question.times.length) reasons.push({ kind: 'time', ...meets });
	}
	const open = openSeats(circle);
	reasons.push(open === 0 ? { kind: 'full' } : { kind: 'seats', open });
	const otherLanguages = question.languages.filter(
		(l) => l !== 'nl' && circle.languages.includes(l)
	);
	if (otherLanguages.length) reasons.push({ kind: 'language', languages: otherLanguages });

	return {
		circle,
		score: Math.round(score * 1000) / 1000,
		confidence: fitConfidence(question, circle, parts.theme),
		parts,
		reasons
	};
}

/**
 * Orders candidates and keeps those worth showing: at least `minimumConfidence` sure to fit
 * and at least `relativeCutoff` of the best score. When none is that sure, the three best
 * that share anything at all are still shown (the caller says plainly that they are a
 * guess); a circle that shares nothing with the question is never shown.
 */
export function rankCircles(
	question: QuestionProfile,
	candidates: CandidateCircle[],
	limit = 5
): Suggestion[] {
	const scored = candidates
		.map((c) => scoreCircle(question, c))
		.filter((s) => s.parts.theme > 0 || s.parts.text > 0.05)
		.sort(
			(a, b) =>
				b.score - a.score ||
				b.confidence - a.confidence ||
				a.circle.name.localeCompare(b.circle.name)
		);
	if (!scored.length) return [];
	const sure = scored.filter((s) => s.confidence >= minimumConfidence);
	if (!sure.length) return scored.slice(0, Math.min(3, limit));
	const floor = sure[0].score * relativeCutoff;
	return sure.filter((s) => s.score >= floor).slice(0, limit);
}
