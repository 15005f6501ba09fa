/**
 * Collective approaches: when at least `minSize` open individual requests in nearby
 * neighbourhoods ask for the same skill (and theme) at a compatible time, one group session
 * or circle with one or two volunteers serves them all. Pure.
 *
 * Per skill, repeatedly take the neighbourhood and part of the week that gather the most
 * requests within `nearKm` of it; a group of at least `minSize` becomes a proposal and its
 * requests are not used again. The key (skill, theme, centre, slot) makes storing it
 * idempotent.
 */

import { Temporal } from 'temporal-polyfill';

export type CollectiveRequest = {
	id: string;
	skill: string;
	theme: string | null;
	neighbourhood: string;
	slots: readonly string[];
	hours: number;
};

export type Collective = {
	key: string;
	skill: string;
	theme: string | null;
	neighbourhoods: string[];
	requestIds: string[];
	/** the shared slot first, then the slots most of them also named */
	bestSlots: string[];
	hoursTotal: number;
	/** one-to-one hours minus what a group session with two volunteers takes */
	hoursSaved: number;
	/** the hours of one session for each of its volunteers: its longest request */
	sessionHours: number;
};

export const nearKm = 3;

export function findCollectives(
	requests: readonly CollectiveRequest[],
	distanceKm: (a: string, b: string) => number,
	minSize = 5
): Collective[] {
	const groups = new Map<string, CollectiveRequest[]>();
	for (const r of requests) {
		const key = `${r.skill}|${r.theme ?? ''}`;
		const group = groups.get(key);
		if (group) group.push(r);
		else groups.set(key, [r]);
	}
	const out: Collective[] = [];
	// Neighbourhoods and slots as small numbers; "near" lists computed once.
	const places = [...new Set(requests.map((r) => r.neighbourhood))].sort();
	const placeIndex = new Map(places.map((p, i) => [p, i]));
	const near = places.map((a) =>
		places.map((b, j) => (distanceKm(a, b) <= nearKm ? j : -1)).filter((j) => j >= 0)
	);
	const slotNames = [...new Set(requests.flatMap((r) => r.slots))].sort();
	const slotIndex = new Map(slotNames.map((x, i) => [x, i]));
	const S = slotNames.length;
	const counts = new Int32Array(places.length * S);
	for (const [, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		let left = group.map((r) => ({
			r,
			place: placeIndex.get(r.neighbourhood)!,
			slots: r.slots.map((x) => slotIndex.get(x)!)
		}));
		// Count once, per (centre, slot), the requests near that centre naming that slot;
		// a picked group's requests are taken off the counts instead of counting again.
		counts.fill(0);
		const tally = (x: (typeof left)[number], by: number) => {
			for (const centre of near[x.place]) {
				for (const slot of x.slots) counts[centre * S + slot] += by;
			}
		};
		for (const x of left) tally(x, 1);
		for (;;) {
			if (left.length < minSize) break;
			let best = 0;
			let most = counts[0];
			for (let i = 1; i < counts.length; i++) {
				const c = counts[i];
				if (c > most) {
					most = c;
					best = i;
				}
			}
			if (most < minSize) break;
			const centreIndex = Math.floor(best / S);
			const slotNumber = best % S;
			const nearCentre = new Set(near[centreIndex]);
			const picked = left.filter((x) => nearCentre.has(x.place) && x.slots.includes(slotNumber));
			const members = picked.map((x) => x.r);
			const centre = places[centreIndex];
			const slot = slotNames[slotNumber];
			const named = new Map<string, number>();
			for (const r of members) for (const x of r.slots) named.set(x, (named.get(x) ?? 0) + 1);
			const others = [...named]
				.filter(([x, n]) => x !== slot && n >= Math.ceil(members.length / 2))
				.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
				.map(([x]) => x)
				.slice(0, 2);
			const hoursTotal = members.reduce((sum, r) => sum + r.hours, 0);
			const session = 2 * Math.max(...members.map((r) => r.hours));
			const first = members[0];
			out.push({
				key: `${first.skill}|${first.theme ?? ''}|${centre}|${slot}|${members
					.map((r) => r.id)
					.sort()
					.join(',')}`,
				skill: first.skill,
				theme: first.theme,
				neighbourhoods: [...new Set(members.map((r) => r.neighbourhood))].sort(),
				requestIds: members.map((r) => r.id),
				bestSlots: [slot, ...others],
				hoursTotal,
				hoursSaved: Math.max(0, hoursTotal - session),
				sessionHours: session / 2
			});
			const used = new Set(picked);
			for (const x of picked) tally(x, -1);
			left = left.filter((x) => !used.has(x));
		}
	}
	return out;
}

export type GroupVolunteer = {
	id: string;
	skills: readonly string[];
	neighbourhoods: readonly string[];
	/** the weekly grid slots they are free, '2-evening' … */
	availability: ReadonlySet<string>;
	/** hours still free this week (after this run's proposals) */
	freeHours: number;
	hasValidVog: boolean;
	/** the fairness part of a pair's cost: who helped a lot lately comes later */
	load: number;
};

/**
 * One or two volunteers for each collective, in order: free at its best time, offering its
 * skill (the second may offer circle facilitation instead), covering one of its
 * neighbourhoods or within `nearKm` of it, a valid VOG for childcare, and the hours of one
 * session. Nearest first, then the least loaded. A volunteer's hours count across all
 * collectives of the run, so nobody is picked beyond their hours. Pure.
 */
export function pickGroupVolunteers(
	collectives: readonly Collective[],
	volunteers: readonly GroupVolunteer[],
	distanceKm: (a: string, b: string) => number
): string[][] {
	const free = new Map(volunteers.map((v) => [v.id, v.freeHours]));
	// km from each volunteer's nearest covered neighbourhood to a place, computed once
	const placeIndex = new Map<string, number>();
	for (const c of collectives)
		for (const p of c.neighbourhoods) if (!placeIndex.has(p)) placeIndex.set(p, placeIndex.size);
	const toPlace = new Float64Array(volunteers.length * placeIndex.size).fill(NaN);
	const kmTo = (i: number, place: string) => {
		const at = i * placeIndex.size + placeIndex.get(place)!;
		if (Number.isNaN(toPlace[at])) {
			let best = Infinity;
			for (const a of volunteers[i].neighbourhoods) best = Math.min(best, distanceKm(a, place));
			toPlace[at] = best;
		}
		return toPlace[at];
	};
	const index = new Map(volunteers.map((v, i) => [v, i]));
	return collectives.map((c) => {
		const slot = c.bestSlots[0];
		const hours = c.sessionHours;
		const kmOf = new Map<GroupVolunteer, number>();
		const km = (v: GroupVolunteer) => {
			let best = kmOf.get(v);
			if (best === undefined) {
				best = Infinity;
				for (const b of c.neighbourhoods) best = Math.min(best, kmTo(index.get(v)!, b));
				kmOf.set(v, best);
			}
			return best;
		};
		const fits = (v: GroupVolunteer, skill: string) =>
			v.skills.includes(skill) &&
			v.availability.has(slot) &&
			(free.get(v.id) ?? 0) >= hours &&
			(c.skill !== 'childcare' || v.hasValidVog) &&
			km(v) <= nearKm;
		const rank = (list: GroupVolunteer[]) =>
			list
				.map((v) => ({ v, km: km(v) }))
				.sort((a, b) => a.km - b.km || a.v.load - b.v.load || a.v.id.localeCompare(b.v.id))
				.map((x) => x.v);
		const first = rank(volunteers.filter((v) => fits(v, c.skill)));
		const picked = first.slice(0, 1);
		if (picked.length) {
			const second = rank(
				volunteers.filter(
					(v) => v !== picked[0] && (fits(v, c.skill) || fits(v, 'circle-facilitation'))
				)
			)[0];
			if (second) picked.push(second);
		}
		for (const v of picked) free.set(v.id, (free.get(v.id) ?? 0) - hours);
		return picked.map((v) => v.id);
	});
}

/**
 * A start time in each part of the day, as the matching reads times (scoring.ts: before 12
 * morning, before 18 afternoon, else evening).
 */
export const dayPartStart = { morning: '10:00', afternoon: '14:00', evening: '19:30' } as const;

/**
 * The start the worker's "make it a gathering" form suggests for a group proposal: the first
 * day after today (in `timeZone`) on the weekday of its best slot, at that part's start time.
 */
export function suggestedSession(
	slot: string,
	now: Date,
	timeZone = 'Europe/Amsterdam'
): { date: string; time: string } {
	const match = /^([1-7])-(morning|afternoon|evening)$/.exec(slot);
	const today = Temporal.Instant.fromEpochMilliseconds(now.getTime())
		.toZonedDateTimeISO(timeZone)
		.toPlainDate();
	if (!match) return { date: today.add({ days: 7 }).toString(), time: dayPartStart.evening };
	const weekday = Number(match[1]);
	const ahead = ((weekday - today.dayOfWeek + 6) % 7) + 1; // 1 to 7 days: never today
	return {
		date: today.add({ days: ahead }).toString(),
		time: dayPartStart[match[2] as keyof typeof dayPartStart]
	};
}
