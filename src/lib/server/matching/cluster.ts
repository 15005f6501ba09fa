/**
 * Grouping unmatched questions into proposed new circles: pure functions, no database.
 *
 * The rule, in words a worker can check: questions whose owners consented are grouped by
 * a shared theme around one neighbourhood (the anchor) and the neighbourhoods within
 * `radiusKm` of it. A group becomes a proposal when at least `minSize` questions share
 * the theme there and no existing circle with open seats serves that theme in their
 * neighbourhood (or online, for people who meet online). The biggest group is taken
 * first; each question joins at most one proposal. Within a group, questions closest to
 * the group (themes and words) come first, up to `maxSize`.
 */
import { haversineKm } from './scoring';

export type ClusterQuestion = {
	id: string;
	themes: string[];
	neighbourhoodId: string | null;
	words: string[];
	/**
	 * The owner agreed to be seen anonymously (visible_anonymously). Only such questions'
	 * words may show as a group's frequent words; all words still help grouping.
	 */
	seen?: boolean;
	times: string[];
	format: 'in_person' | 'online' | 'either';
	languages: string[];
	createdAt: Date;
};

export type Place = { id: string; slug: string; latitude: number; longitude: number };

/** Whether an existing circle with open seats already serves this theme for this person. */
export type Served = (
	theme: string,
	neighbourhoodId: string,
	format: ClusterQuestion['format']
) => boolean;

export type ClusterOptions = { minSize: number; radiusKm: number; maxSize: number };

export const defaultClusterOptions: ClusterOptions = { minSize: 4, radiusKm: 3, maxSize: 15 };

export type ProposedGroup = {
	/** Theme + anchor neighbourhood: the same need in the same place across runs. */
	key: string;
	mainTheme: string;
	themes: string[];
	anchorId: string;
	neighbourhoodIds: string[];
	questionIds: string[];
	size: number;
	frequentWords: string[];
	bestTimes: string[];
	bestFormat: 'in_person' | 'online' | 'either';
	languages: string[];
	oldest: Date;
};

/** Broad themes are chosen last, so "autism" groups before "parenting" does. */
const broad = new Set(['parenting', 'loneliness']);

/** Neighbourhoods within the radius of each neighbourhood (itself included). */
export function nearbyMap(places: Place[], radiusKm: number): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const a of places) {
		out.set(
			a.id,
			places.filter((b) => b.id === a.id || haversineKm(a, b) <= radiusKm).map((b) => b.id)
		);
	}
	return out;
}

function counted<T>(items: T[]): [T, number][] {
	const counts = new Map<T, number>();
	for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
	return [...counts.entries()].sort(
		(a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))
	);
}

/** What a group has in common: themes, words, times, format and languages (never who). */
export function describeGroup(
	members: ClusterQuestion[],
	mainTheme: string
): Pick<
	ProposedGroup,
	'themes' | 'frequentWords' | 'bestTimes' | 'bestFormat' | 'languages' | 'oldest'
> {
	const n = members.length;
	const themes = [
		mainTheme,
		...counted(members.flatMap((q) => q.themes))
			.filter(([t, c]) => t !== mainTheme && c >= n / 2)
			.map(([t]) => t)
	].slice(0, 3);
	const themeWords = new Set(themes);
	const frequentWords = counted(
		members.filter((q) => q.seen !== false).flatMap((q) => [...new Set(q.words)])
	)
		.filter(([w, c]) => c >= 2 && !themeWords.has(w))
		.slice(0, 8)
		.map(([w]) => w);
	const bestTimes = counted(members.flatMap((q) => q.times))
		.filter(([, c]) => c >= n / 3)
		.slice(0, 2)
		.map(([t]) => t);
	const inPerson = members.filter((q) => q.format !== 'online').length;
	const online = members.filter((q) => q.format !== 'in_person').length;
	const bestFormat =
		inPerson === n
			? 'in_person'
			: online === n
				? 'online'
				: inPerson >= online
					? 'in_person'
					: 'online';
	const languages = counted(members.flatMap((q) => q.languages))
		.filter(([, c]) => c >= n / 3)
		.map(([l]) => l);
	const oldest = new Date(Math.min(...members.map((q) => q.createdAt.getTime())));
	return {
		themes,
		frequentWords,
		bestTimes,
		bestFormat: n === 0 ? 'either' : bestFormat,
		languages: languages.length ? languages : ['nl'],
		oldest
	};
}

/** How close a question is to a group: shared themes (0.6) and shared words (0.4). */
export function closeness(
	q: ClusterQuestion,
	themes: Map<string, number>,
	words: Map<string, number>
) {
	const themeShare = q.themes.length
		? q.themes.reduce((s, t) => s + (themes.get(t) ?? 0), 0) / q.themes.length
		: 0;
	const distinct = [...new Set(q.words)];
	const wordShare = distinct.length
		? distinct.reduce((s, w) => s + (words.get(w) ?? 0), 0) / distinct.length
		: 0;
	return 0.6 * themeShare + 0.4 * wordShare;
}

function shareMap(values: string[][]): Map<string, number> {
	const m = new Map<string, number>();
	for (const list of values) for (const v of new Set(list)) m.set(v, (m.get(v) ?? 0) + 1);
	for (const [k, v] of m) m.set(k, v / values.length);
	return m;
}

/** The proposals for a set of questions. Deterministic: the same input gives the same groups. */
export function proposeGroups(
	questions: ClusterQuestion[],
	places: Place[],
	served: Served,
	options: Partial<ClusterOptions> = {}
): ProposedGroup[] {
	const opts = { ...defaultClusterOptions, ...options };
	const near = nearbyMap(places, opts.radiusKm);
	const slugOf = new Map(places.map((p) => [p.id, p.slug]));

	// pool[theme][neighbourhood] = questions there with that theme that no circle serves.
	const pool = new Map<string, Map<string, Map<string, ClusterQuestion>>>();
	for (const q of questions) {
		if (!q.neighbourhoodId || !near.has(q.neighbourhoodId)) continue;
		for (const theme of new Set(q.themes)) {
			if (served(theme, q.neighbourhoodId, q.format)) continue;
			const byPlace = pool.get(theme) ?? new Map();
			const here = byPlace.get(q.neighbourhoodId) ?? new Map();
			here.set(q.id, q);
			byPlace.set(q.neighbourhoodId, here);
			pool.set(theme, byPlace);
		}
	}
	const keyCount = new Map<string, number>();
	const groups: ProposedGroup[] = [];

	const bestCandidate = () => {
		let best: { theme: string; anchor: string; count: number; local: number } | null = null;
		for (const [theme, byPlace] of pool) {
			for (const anchor of byPlace.keys()) {
				let count = 0;
				for (const b of near.get(anchor) ?? []) count += byPlace.get(b)?.size ?? 0;
				const local = byPlace.get(anchor)?.size ?? 0;
				if (count < opts.minSize || local === 0) continue;
				const better =
					!best ||
					Number(broad.has(theme)) < Number(broad.has(best.theme)) ||
					(broad.has(theme) === broad.has(best.theme) &&
						(count > best.count ||
							(count === best.count &&
								(local > best.local ||
									(local === best.local &&
										`${theme}:${anchor}` < `${best.theme}:${best.anchor}`)))));
				if (better) best = { theme, anchor, count, local };
			}
		}
		return best;
	};

	for (;;) {
		const candidate = bestCandidate();
		if (!candidate) break;
		const byPlace = pool.get(candidate.theme)!;
		const members: ClusterQuestion[] = [];
		for (const b of near.get(candidate.anchor) ?? [])
			members.push(...(byPlace.get(b)?.values() ?? []));
		const themes = shareMap(members.map((q) => q.themes));
		const words = shareMap(members.map((q) => q.words));
		members.sort(
			(a, b) =>
				Number(b.neighbourhoodId === candidate.anchor) -
					Number(a.neighbourhoodId === candidate.anchor) ||
				closeness(b, themes, words) - closeness(a, themes, words) ||
				a.createdAt.getTime() - b.createdAt.getTime() ||
				a.id.localeCompare(b.id)
		);
		const chosen = members.slice(0, opts.maxSize);
		for (const q of chosen) {
			for (const t of q.themes) pool.get(t)?.get(q.neighbourhoodId!)?.delete(q.id);
		}
		// Empty buckets are dropped so the search stays as small as what is left.
		for (const [theme, places] of pool) {
			for (const [id, bucket] of places) if (!bucket.size) places.delete(id);
			if (!places.size) pool.delete(theme);
		}
		const baseKey = `${candidate.theme}:${slugOf.get(candidate.anchor) ?? candidate.anchor}`;
		const seen = (keyCount.get(baseKey) ?? 0) + 1;
		keyCount.set(baseKey, seen);
		groups.push({
			// A second group for the same need and place (more than maxSize people) gets a number.
			key: seen === 1 ? baseKey : `${baseKey}:${seen}`,
			mainTheme: candidate.theme,
			anchorId: candidate.anchor,
			neighbourhoodIds: [...new Set(chosen.map((q) => q.neighbourhoodId!))].sort(),
			questionIds: chosen.map((q) => q.id).sort(),
			size: chosen.length,
			...describeGroup(chosen, candidate.theme)
		});
	}
	return groups;
}
