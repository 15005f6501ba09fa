import type { AssignmentEdge, AssignmentInstance } from './assignment';

/**
 * What a (help request, volunteer) pair costs, which pairs are possible at all, and the
 * plain reasons shown with a proposal. Pure functions on plain data.
 *
 * Hard constraints (no edge): the skill (and for experience experts the theme), a valid
 * VOG for requests with children or a home visit, at least one shared part of the week,
 * the volunteer's free hours, the place (online, or a covered neighbourhood within
 * `maxKm`), and a volunteer who declined this request before is not asked again.
 * Soft costs (lower is better): distance, how much of the requested time the volunteer
 * covers, a shared language, continuity (the same volunteer again for the same resident or
 * circle), fairness (the share of their weekly hours already taken) and recent declines.
 */

export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof dayParts)[number];

/** '2-evening' → a bit in a 21-bit mask (weekday 1–7 × three parts of the day). */
export function slotBit(slot: string): number {
	const match = /^([1-7])-(morning|afternoon|evening)$/.exec(slot);
	if (!match) throw new Error(`not a slot: ${slot}`);
	return 1 << ((Number(match[1]) - 1) * 3 + dayParts.indexOf(match[2] as DayPart));
}

export function slotMask(slots: readonly string[]): number {
	return slots.reduce((mask, s) => mask | slotBit(s), 0);
}

export function maskSlots(mask: number): string[] {
	const out: string[] = [];
	for (let i = 0; i < 21; i++) {
		if (mask & (1 << i)) out.push(`${Math.floor(i / 3) + 1}-${dayParts[i % 3]}`);
	}
	return out;
}

/**
 * A one-off request happens on one date: only that weekday counts, at the parts of the day
 * the request named (on any day; all three when it named none that day could use).
 */
export function slotsOnDate(mask: number, isoDate: string): number {
	const [y, m, d] = isoDate.split('-').map(Number);
	const weekday = ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
	let parts = 0;
	for (let i = 0; i < 21; i++) if (mask & (1 << i)) parts |= 1 << (i % 3);
	return (parts || 0b111) << ((weekday - 1) * 3);
}

export function bitCount(mask: number): number {
	let n = 0;
	for (let m = mask; m; m &= m - 1) n++;
	return n;
}

export type CandidateVolunteer = {
	id: string;
	skills: readonly string[];
	experienceThemes: readonly string[];
	languages: readonly string[];
	neighbourhoods: readonly string[];
	online: boolean;
	availability: number;
	weeklyHours: number;
	/** hours already taken this week by accepted or proposed matches */
	loadHours: number;
	/** hours of accepted or closed matches in the last four weeks (fairness: spread the work) */
	recentHours?: number;
	hasValidVog: boolean;
	/** declines in the last weeks */
	recentDeclines: number;
};

export type CandidateRequest = {
	id: string;
	skill: string;
	theme: string | null;
	neighbourhood: string | null;
	online: boolean;
	slots: number;
	hours: number;
	urgency: 'low' | 'normal' | 'high';
	needsVog: boolean;
	languages: readonly string[];
	/** the resident, or the circle for a circle's request: for continuity */
	requesterKey: string;
};

export type CostContext = {
	/** km between two neighbourhoods (by id) */
	distanceKm: (a: string, b: string) => number;
	/** `${volunteerId}|${requesterKey}` pairs that worked together before */
	history: ReadonlySet<string>;
	/** `${volunteerId}|${requestId}` pairs where the volunteer declined */
	declined: ReadonlySet<string>;
	maxKm?: number;
};

export type Reason =
	| { key: 'skill'; skill: string; theme?: string | null }
	| { key: 'language'; language: string }
	| { key: 'time'; slot: string }
	| { key: 'distance'; km: number }
	| { key: 'same_neighbourhood' }
	| { key: 'online' }
	| { key: 'continuity' }
	| { key: 'vog' }
	| { key: 'worker' };

export type PairCost = { cost: number; reasons: Reason[] };

export const defaultMaxKm = 5;

/** Stands in for the reasons while only costs are needed (building the graph). */
const noReasons = { push: () => 0 } as unknown as Reason[];

/** The cost of a pair, or null when it is not possible. */
export function pairCost(
	v: CandidateVolunteer,
	r: CandidateRequest,
	ctx: CostContext,
	withReasons = true
): PairCost | null {
	if (!v.skills.includes(r.skill)) return null;
	if (r.skill === 'experience-expert' && (!r.theme || !v.experienceThemes.includes(r.theme))) {
		return null;
	}
	if (r.needsVog && !v.hasValidVog) return null;
	const overlap = v.availability & r.slots;
	if (!overlap) return null;
	if (v.loadHours + r.hours > v.weeklyHours) return null;
	if (ctx.declined.size && ctx.declined.has(`${v.id}|${r.id}`)) return null;

	const reasons: Reason[] = withReasons
		? [{ key: 'skill', skill: r.skill, theme: r.theme }]
		: noReasons;
	let cost = 10;
	if (r.online) {
		if (!v.online) return null;
		reasons.push({ key: 'online' });
	} else {
		if (!r.neighbourhood) return null;
		if (v.neighbourhoods.includes(r.neighbourhood)) {
			reasons.push({ key: 'same_neighbourhood' });
		} else {
			let km = Infinity;
			for (const n of v.neighbourhoods) km = Math.min(km, ctx.distanceKm(n, r.neighbourhood));
			if (km > (ctx.maxKm ?? defaultMaxKm)) return null;
			cost += Math.round(km * 4);
			reasons.push({ key: 'distance', km: Math.round(km * 10) / 10 });
		}
	}
	const covered = bitCount(overlap) / bitCount(r.slots);
	cost += Math.round(10 * (1 - covered));
	if (withReasons) reasons.push({ key: 'time', slot: maskSlots(overlap)[0] });
	const shared = r.languages.find((l) => v.languages.includes(l));
	if (shared) {
		if (shared !== 'nl') reasons.push({ key: 'language', language: shared });
	} else cost += 25;
	if (ctx.history.size && ctx.history.has(`${v.id}|${r.requesterKey}`)) {
		cost -= 8;
		reasons.push({ key: 'continuity' });
	}
	cost += loadCost(v, r.hours);
	cost += 5 * Math.min(v.recentDeclines, 4);
	if (r.needsVog) reasons.push({ key: 'vog' });
	return { cost: Math.max(cost, 1), reasons };
}

/**
 * Fairness in a pair's cost: the share of this week's hours the request would fill, and the
 * share of the last four weeks' hours the volunteer already gave, so that someone who
 * helped a lot lately is asked less. (Within one run the flow also spreads the load: see
 * `spreadCost` in assignment.ts.)
 */
export function loadCost(v: CandidateVolunteer, hours: number): number {
	const week = (15 * (v.loadHours + hours)) / v.weeklyHours;
	const recent = (10 * Math.min(v.recentHours ?? 0, 8 * v.weeklyHours)) / (4 * v.weeklyHours);
	return Math.round(week + recent);
}

/** Per half hour a volunteer takes beyond half of their free hours in one run. */
export const defaultSpreadCost = 3;

export const urgencyBonus = { low: -500, normal: 0, high: 1500 } as const;

/** Half-hour units: the flow works in whole numbers. */
export const units = (hours: number) => Math.max(1, Math.round(hours * 2));

export type CandidateGraph = {
	instance: AssignmentInstance;
};

/**
 * The sparse candidate graph: per request only its `topN` cheapest possible volunteers.
 * Volunteers are indexed by skill first, so a request only looks at those who offer it.
 * Costs only; the reasons of the pairs that are proposed come from pairCost afterwards.
 */
export function buildCandidates(
	volunteers: readonly CandidateVolunteer[],
	requests: readonly CandidateRequest[],
	ctx: CostContext,
	topN = 8,
	spreadCost = defaultSpreadCost
): CandidateGraph {
	const bySkill = new Map<string, number[]>();
	volunteers.forEach((v, i) => {
		for (const s of v.skills) {
			const list = bySkill.get(s) ?? [];
			list.push(i);
			bySkill.set(s, list);
		}
	});
	// Numbers instead of strings for the hot loop: languages as bits, and per volunteer the
	// km to each neighbourhood (0 where covered), filled in when first needed.
	// (Plain 31-bit numbers while there are few languages, as there are; BigInt beyond.)
	const languageBit = new Map<string, number>();
	for (const list of [...volunteers.map((v) => v.languages), ...requests.map((r) => r.languages)])
		for (const l of list) if (!languageBit.has(l)) languageBit.set(l, languageBit.size);
	const small = languageBit.size <= 31;
	const bits = (list: readonly string[]): number | bigint => {
		if (small) {
			let mask = 0;
			for (const l of list) mask |= 1 << languageBit.get(l)!;
			return mask;
		}
		let mask = 0n;
		for (const l of list) mask |= 1n << BigInt(languageBit.get(l)!);
		return mask;
	};
	const vLanguages = volunteers.map((v) => bits(v.languages));
	const rLanguagesAll = requests.map((r) => bits(r.languages));
	const noneShared = small
		? (a: number | bigint, b: number | bigint) => ((a as number) & (b as number)) === 0
		: (a: number | bigint, b: number | bigint) => ((a as bigint) & (b as bigint)) === 0n;
	const place = new Map<string, number>();
	for (const r of requests) {
		if (r.neighbourhood && !place.has(r.neighbourhood)) place.set(r.neighbourhood, place.size);
	}
	const km = new Float64Array(volunteers.length * place.size).fill(NaN);
	const maxKm = ctx.maxKm ?? defaultMaxKm;
	const edges: AssignmentEdge[] = [];
	// The topN cheapest so far, kept sorted (by cost, then volunteer index) as they come:
	// no list of every candidate to sort per request.
	const keep = Math.max(0, topN);
	const bestCost = new Float64Array(keep);
	const bestVolunteer = new Int32Array(keep);
	let kept = 0;
	requests.forEach((r, ri) => {
		kept = 0;
		const rLanguages = rLanguagesAll[ri];
		const p = r.neighbourhood ? place.get(r.neighbourhood)! : -1;
		const experience = r.skill === 'experience-expert';
		const slotCount = bitCount(r.slots);
		for (const vi of bySkill.get(r.skill) ?? []) {
			const v = volunteers[vi];
			// The same rules and sums as pairCost (a test holds the two together).
			if (experience && (!r.theme || !v.experienceThemes.includes(r.theme))) continue;
			if (r.needsVog && !v.hasValidVog) continue;
			const overlap = v.availability & r.slots;
			if (!overlap) continue;
			if (v.loadHours + r.hours > v.weeklyHours) continue;
			if (ctx.declined.size && ctx.declined.has(`${v.id}|${r.id}`)) continue;
			let cost = 10;
			if (r.online) {
				if (!v.online) continue;
			} else {
				if (p < 0) continue;
				let d = km[vi * place.size + p];
				if (Number.isNaN(d)) {
					d = Infinity;
					if (v.neighbourhoods.includes(r.neighbourhood!)) d = 0;
					else
						for (const n of v.neighbourhoods) d = Math.min(d, ctx.distanceKm(n, r.neighbourhood!));
					km[vi * place.size + p] = d;
				}
				if (d > 0) {
					if (d > maxKm) continue;
					cost += Math.round(d * 4);
				}
			}
			cost += Math.round(10 * (1 - bitCount(overlap) / slotCount));
			if (noneShared(vLanguages[vi], rLanguages)) cost += 25;
			if (ctx.history.size && ctx.history.has(`${v.id}|${r.requesterKey}`)) cost -= 8;
			cost += loadCost(v, r.hours);
			cost += 5 * Math.min(v.recentDeclines, 4);
			const c = Math.max(cost, 1);
			// volunteers come in index order, so among equal costs the earlier one stays first
			if (kept === keep && (keep === 0 || c >= bestCost[keep - 1])) continue;
			let at = kept < keep ? kept++ : keep - 1;
			while (at > 0 && bestCost[at - 1] > c) {
				bestCost[at] = bestCost[at - 1];
				bestVolunteer[at] = bestVolunteer[at - 1];
				at--;
			}
			bestCost[at] = c;
			bestVolunteer[at] = vi;
		}
		for (let i = 0; i < kept; i++) {
			edges.push({ request: ri, volunteer: bestVolunteer[i], cost: bestCost[i] });
		}
	});
	return {
		instance: {
			capacities: volunteers.map((v) =>
				Math.max(0, Math.floor((v.weeklyHours - v.loadHours) * 2 + 1e-9))
			),
			demands: requests.map((r) => units(r.hours)),
			rewards: requests.map((r) => 10_000 + urgencyBonus[r.urgency]),
			edges,
			spreadCost
		}
	};
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
	const rad = Math.PI / 180;
	const dLat = (lat2 - lat1) * rad;
	const dLon = (lon2 - lon1) * rad;
	const a =
		Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(a));
}
