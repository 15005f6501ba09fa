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
		groups.set(key, [...(groups.get(key) ?? []), r]);
	}
	const out: Collective[] = [];
	for (const [, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
		let left = [...group];
		for (;;) {
			if (left.length < minSize) break;
			// Count, per (centre, slot), the requests near that centre naming that slot.
			const centres = [...new Set(left.map((r) => r.neighbourhood))].sort();
			const counts = new Map<string, number>();
			for (const r of left) {
				for (const centre of centres) {
					if (distanceKm(centre, r.neighbourhood) > nearKm) continue;
					for (const slot of r.slots) {
						const key = `${centre}|${slot}`;
						counts.set(key, (counts.get(key) ?? 0) + 1);
					}
				}
			}
			let bestKey = '';
			let bestCount = 0;
			for (const [key, n] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
				if (n > bestCount) [bestKey, bestCount] = [key, n];
			}
			if (bestCount < minSize) break;
			const [bestCentre, bestSlot] = bestKey.split('|');
			const best = {
				centre: bestCentre,
				slot: bestSlot,
				members: left.filter(
					(r) => distanceKm(bestCentre, r.neighbourhood) <= nearKm && r.slots.includes(bestSlot)
				)
			};
			if (best.members.length < minSize) break;
			const { centre, slot, members } = best;
			const named = new Map<string, number>();
			for (const r of members) for (const s of r.slots) named.set(s, (named.get(s) ?? 0) + 1);
			const others = [...named]
				.filter(([s, n]) => s !== slot && n >= Math.ceil(members.length / 2))
				.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
				.map(([s]) => s)
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
				hoursSaved: Math.max(0, hoursTotal - session)
			});
			const used = new Set(members.map((r) => r.id));
			left = left.filter((r) => !used.has(r.id));
		}
	}
	return out;
}
