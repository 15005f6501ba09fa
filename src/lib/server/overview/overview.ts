import { withUser, type Actor, type Database, type Sql } from '../db';
import { neighbourhoodMap, type MapArea } from './map';
import {
	cellKey,
	chartValue,
	cubeLines,
	formatShown,
	gridLines,
	SuppressedCounts,
	type Shown
} from './suppression';

/**
 * The workers' overview (issue 14 point 1): what their neighbourhoods need, counted, never
 * who. Everything is read as the signed-in worker: the area comes from row-level security
 * (worker_areas through private.worker_covers), the counts from private.overview_* which
 * only count the caller's neighbourhoods, and every number passes suppression.ts before it
 * leaves this module. The page, the charts, the map and the CSV all show these figures.
 */

export type Locale = 'nl' | 'en';

/** A published number: its text ("12", "< 5", "≥ 30", "–") and what a chart may draw. */
export type Figure = { text: string; value: number | null; bound: number };

export type AttentionReason = 'no_gathering' | 'host_inactive' | 'full_waiting';

export type CircleHealth = {
	slug: string;
	/** In the reader's language when the host wrote it there; else Dutch, and `nameInDutch`. */
	name: string;
	nameInDutch: boolean;
	neighbourhood: string;
	members: Figure;
	messages: Figure;
	gatherings: Figure;
	waiting: Figure;
	nextGathering: string | null;
	hostActive: boolean;
	attention: AttentionReason[];
};

export type Overview = {
	isAdmin: boolean;
	/** The neighbourhoods this person may look at (their area; admins: all). */
	neighbourhoods: { id: string; slug: string; name: string; selected: boolean }[];
	selectedNames: string[];
	weeks: string[];
	questions: {
		total: Figure;
		byTheme: { slug: string; label: string; open: Figure; asked: Figure }[];
		trend: { slug: string; label: string; weeks: Figure[] }[];
		growing: {
			neighbourhood: string;
			slug: string;
			label: string;
			earlier: Figure;
			recent: Figure;
		}[];
	};
	circles: { total: number; attention: number; rows: CircleHealth[]; more: number };
	proposals: { id: string; label: string; neighbourhood: string; size: Figure }[];
	helpWaiting: { total: Figure; bySkill: { slug: string; label: string; waiting: Figure }[] };
	hours: {
		slug: string;
		label: string;
		volunteers: Figure;
		available: Figure;
		requests: Figure;
		requested: Figure;
	}[];
	map: { width: number; height: number; areas: MapArea[] };
};

const WEEKS = 12;
const DAY = 86_400_000;
/** Circles listed at most; those needing attention come first. */
const CIRCLE_ROWS = 60;

type Hood = { id: string; slug: string; name: string; boundary: unknown };
type Label = { slug: string; label_nl: string; label_en: string };

function figure(shown: Shown, hidden: string, locale: Locale): Figure {
	const fmt = (n: number) => n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
	return {
		text: formatShown(shown, { hidden }, fmt),
		value: chartValue(shown),
		bound: shown.kind === 'exact' || shown.kind === 'atLeast' ? shown.value : 0
	};
}

/** Which neighbourhoods this person may look at (null: not a worker or admin), read through RLS. */
async function readArea(tx: Sql, actor: NonNullable<Actor>) {
	const [me] = await tx.query<{ roles: string[] }>(
		'select roles from public.profiles where id = $1',
		[actor.id]
	);
	const isAdmin = !!me?.roles.includes('admin');
	if (!isAdmin && !me?.roles.includes('worker')) return null;
	const hoods = await tx.query<Hood>(
		isAdmin
			? 'select id, slug, name, boundary from public.neighbourhoods order by name'
			: `select n.id, n.slug, n.name, n.boundary from public.neighbourhoods n
			   join public.worker_areas w on w.neighbourhood_id = n.id and w.worker_id = $1
			   order by n.name`,
		isAdmin ? [] : [actor.id]
	);
	return { isAdmin, hoods };
}

/** Counts per neighbourhood × skill cell. */
function grid<T extends { neighbourhood_id: string; skill_slug: string }>(
	rows: T[],
	n: (r: T) => number
): Map<string, number> {
	const m = new Map<string, number>();
	for (const r of rows) m.set(cellKey(r.neighbourhood_id, r.skill_slug), n(r));
	return m;
}

/** The weeks of the trend, oldest first, as the date each 7-day period starts. */
function weekStarts(now: Date, locale: Locale): string[] {
	const fmt = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
		day: 'numeric',
		month: 'short',
		timeZone: 'Europe/Amsterdam'
	});
	return Array.from({ length: WEEKS }, (_, i) => {
		const weeksAgo = WEEKS - 1 - i;
		return fmt.format(new Date(now.getTime() - (weeksAgo + 1) * 7 * DAY + DAY));
	});
}

/**
 * The overview for a worker or admin. `chosen`: neighbourhood ids to look at (within the
 * area; empty = the whole area). Returns null for someone who is neither.
 */
export async function loadOverview(
	db: Database,
	actor: Actor,
	chosen: string[],
	locale: Locale,
	words: { hidden: string },
	now = new Date()
): Promise<Overview | null> {
	if (!actor) return null;
	return withUser(db, actor, async (tx) => {
		const area = await readArea(tx, actor);
		if (!area) return null;
		const { isAdmin, hoods } = area;
		const areaIds = hoods.map((h) => h.id);
		const picked = chosen.filter((id) => areaIds.includes(id));
		const selected = picked.length ? picked : areaIds;
		const name = new Map(hoods.map((h) => [h.id, h.name]));
		const label = (l: Label) => (locale === 'nl' ? l.label_nl : l.label_en);

		// One round trip each; all counting is in the database, all hiding here.
		const labels = await tx.query<Label & { kind: 'theme' | 'skill' }>(
			`select 'theme' as kind, slug, label_nl, label_en, sort_order from public.themes
			 union all
			 select 'skill', slug, label_nl, label_en, sort_order from public.volunteer_skills
			 order by kind, sort_order, slug`
		);
		const themes = labels.filter((l) => l.kind === 'theme');
		const skills = labels.filter((l) => l.kind === 'skill');
		const questionRows = await tx.query<{
			neighbourhood_id: string;
			theme_slug: string;
			weeks_ago: number | null;
			asked: number;
			open_now: number;
		}>('select * from private.overview_questions($1::uuid[])', [areaIds]);
		const circleRows = await tx.query<{
			slug: string;
			name: string;
			name_en: string | null;
			neighbourhood_id: string;
			capacity: number | null;
			members: number;
			messages_30d: number;
			gatherings_30d: number;
			next_gathering: Date | string | null;
			waiting: number;
			host_last_active: Date | string | null;
		}>('select * from private.overview_circles($1::uuid[])', [selected]);
		const requestRows = await tx.query<{
			neighbourhood_id: string;
			skill_slug: string;
			open: number;
			waiting_long: number;
			requesters: number;
			hours: string | number;
		}>('select * from private.overview_help_requests($1::uuid[])', [areaIds]);
		const volunteerRows = await tx.query<{
			neighbourhood_id: string;
			skill_slug: string;
			volunteers: number;
			hours: string | number;
		}>('select * from private.overview_volunteer_hours($1::uuid[])', [areaIds]);
		// Proposals: their own table, already limited to the worker's area by RLS.
		const proposalRows = await tx.query<{
			id: string;
			theme_slugs: string[];
			anchor_neighbourhood_id: string;
			size: number;
		}>(
			`select id, theme_slugs, anchor_neighbourhood_id, size from public.circle_proposals
			 where status = 'open' and anchor_neighbourhood_id = any ($1::uuid[])
			 order by size desc, created_at limit 50`,
			[selected]
		);

		const show = (s: Shown) => figure(s, words.hidden, locale);
		const themeSlugs = themes.map((t) => t.slug);
		const skillSlugs = skills.map((s) => s.slug);
		const weekIdx = Array.from({ length: WEEKS }, (_, i) => i);

		// Open questions: neighbourhood × theme over the whole area, so the hidden cells do
		// not depend on which neighbourhoods are picked.
		const openCounts = new Map<string, number>();
		const askedCounts = new Map<string, number>();
		const weekCounts = new Map<string, number>();
		for (const r of questionRows) {
			const k = cellKey(r.neighbourhood_id, r.theme_slug);
			openCounts.set(k, (openCounts.get(k) ?? 0) + r.open_now);
			if (r.weeks_ago !== null) {
				askedCounts.set(k, (askedCounts.get(k) ?? 0) + r.asked);
				const w = cellKey(r.neighbourhood_id, r.theme_slug, r.weeks_ago);
				weekCounts.set(w, (weekCounts.get(w) ?? 0) + r.asked);
			}
		}
		const open = new SuppressedCounts(openCounts, gridLines(areaIds, themeSlugs));
		const asked = new SuppressedCounts(askedCounts, gridLines(areaIds, themeSlugs));
		const perWeek = new SuppressedCounts(weekCounts, cubeLines(areaIds, themeSlugs, weekIdx));
		const across = (theme: string) => selected.map((h) => cellKey(h, theme));

		const byTheme = themes
			.map((t) => ({
				slug: t.slug,
				label: label(t),
				open: show(open.union(across(t.slug))),
				asked: show(asked.union(across(t.slug)))
			}))
			.sort((a, b) => b.open.bound - a.open.bound || a.label.localeCompare(b.label));
		const total = show(open.union(selected.flatMap((h) => themeSlugs.map((t) => cellKey(h, t)))));

		// The trend: the themes with the most open questions, asked per week.
		const trend = byTheme
			.filter((t) => t.open.bound > 0)
			.slice(0, 5)
			.map((t) => ({
				slug: t.slug,
				label: t.label,
				weeks: weekIdx.map((i) =>
					show(perWeek.union(selected.map((h) => cellKey(h, t.slug, WEEKS - 1 - i))))
				)
			}));

		// Growing needs: a neighbourhood's theme asked more in the last 4 weeks than in the
		// 4 before, compared only where both figures are exact.
		const growing: Overview['questions']['growing'] = [];
		for (const h of selected)
			for (const t of themes) {
				const earlierShown = perWeek.union([4, 5, 6, 7].map((w) => cellKey(h, t.slug, w)));
				const recentShown = perWeek.union([0, 1, 2, 3].map((w) => cellKey(h, t.slug, w)));
				if (earlierShown.kind !== 'exact' || recentShown.kind !== 'exact') continue;
				if (recentShown.value < earlierShown.value * 1.25) continue;
				growing.push({
					neighbourhood: name.get(h) ?? '',
					slug: t.slug,
					label: label(t),
					earlier: show(earlierShown),
					recent: show(recentShown)
				});
			}
		growing.sort((a, b) => (b.recent.value ?? 0) - (a.recent.value ?? 0));

		// Circles: each circle is its own cell per measure (a per-circle figure has no
		// published total beside it).
		const perCircle = (pick: (r: (typeof circleRows)[number]) => number) =>
			new SuppressedCounts(new Map(circleRows.map((r) => [r.slug, pick(r)])), []);
		const members = perCircle((r) => r.members);
		const messages = perCircle((r) => r.messages_30d);
		const gatherings = perCircle((r) => r.gatherings_30d);
		const waiting = perCircle((r) => r.waiting);
		const inactiveSince = now.getTime() - 21 * DAY;
		const circles: CircleHealth[] = circleRows.map((r) => {
			const hostActive =
				r.host_last_active !== null && new Date(r.host_last_active).getTime() >= inactiveSince;
			const attention: AttentionReason[] = [];
			if (!r.next_gathering) attention.push('no_gathering');
			if (!hostActive) attention.push('host_inactive');
			if (r.capacity !== null && r.members >= r.capacity && r.waiting > 0)
				attention.push('full_waiting');
			return {
				slug: r.slug,
				name: locale === 'en' && r.name_en ? r.name_en : r.name,
				nameInDutch: locale === 'en' && !r.name_en?.trim(),
				neighbourhood: name.get(r.neighbourhood_id) ?? '',
				members: show(members.cell(r.slug)),
				messages: show(messages.cell(r.slug)),
				gatherings: show(gatherings.cell(r.slug)),
				waiting: show(waiting.cell(r.slug)),
				nextGathering: r.next_gathering ? new Date(r.next_gathering).toISOString() : null,
				hostActive,
				attention
			};
		});
		circles.sort(
			(a, b) => b.attention.length - a.attention.length || a.name.localeCompare(b.name, locale)
		);
		const needing = circles.filter((c) => c.attention.length > 0).length;

		// Proposals: a proposal's size is a number of people, so it is suppressed too.
		const sizes = new SuppressedCounts(new Map(proposalRows.map((p) => [p.id, p.size])), []);
		const themeLabel = new Map(themes.map((t) => [t.slug, label(t)]));
		const proposals = proposalRows.map((p) => ({
			id: p.id,
			label: p.theme_slugs.map((s) => themeLabel.get(s) ?? s).join(', '),
			neighbourhood: name.get(p.anchor_neighbourhood_id) ?? '',
			size: show(sizes.cell(p.id))
		}));

		// Help requests and volunteer hours: neighbourhood × skill; hours follow the people.
		const skillLines = gridLines(areaIds, skillSlugs);
		const waitingLong = new SuppressedCounts(
			grid(requestRows, (r) => r.waiting_long),
			skillLines
		);
		const requesters = new SuppressedCounts(
			grid(requestRows, (r) => r.requesters),
			skillLines
		);
		const requestedHours = grid(requestRows, (r) => Number(r.hours));
		const volunteers = new SuppressedCounts(
			grid(volunteerRows, (r) => r.volunteers),
			skillLines
		);
		const availableHours = grid(volunteerRows, (r) => Number(r.hours));
		const bySkill = (s: string) => selected.map((h) => cellKey(h, s));

		const needOf = (h: string) => open.union(themeSlugs.map((t) => cellKey(h, t)));
		const map = neighbourhoodMap(
			hoods
				.filter((h) => selected.includes(h.id))
				.map((h) => ({ id: h.id, name: h.name, boundary: h.boundary, need: show(needOf(h.id)) }))
		);

		return {
			isAdmin,
			neighbourhoods: hoods.map((h) => ({
				id: h.id,
				slug: h.slug,
				name: h.name,
				selected: selected.includes(h.id)
			})),
			selectedNames: selected.map((h) => name.get(h) ?? ''),
			weeks: weekStarts(now, locale),
			questions: { total, byTheme, trend, growing },
			circles: {
				total: circles.length,
				attention: needing,
				rows: circles.slice(0, Math.max(CIRCLE_ROWS, needing)),
				more: Math.max(0, circles.length - Math.max(CIRCLE_ROWS, needing))
			},
			proposals,
			helpWaiting: {
				total: show(waitingLong.union(skillSlugs.flatMap(bySkill))),
				bySkill: skills.map((s) => ({
					slug: s.slug,
					label: label(s),
					waiting: show(waitingLong.union(bySkill(s.slug)))
				}))
			},
			hours: skills.map((s) => ({
				slug: s.slug,
				label: label(s),
				volunteers: show(volunteers.union(bySkill(s.slug))),
				available: show(volunteers.union(bySkill(s.slug), availableHours)),
				requests: show(requesters.union(bySkill(s.slug))),
				requested: show(requesters.union(bySkill(s.slug), requestedHours))
			})),
			map
		};
	});
}
