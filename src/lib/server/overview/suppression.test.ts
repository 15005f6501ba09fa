import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cellKey,
	cubeLines,
	formatShown,
	gridLines,
	hiddenCells,
	SMALL_COUNT,
	SuppressedCounts,
	type Shown
} from './suppression';

// Property: generated towns (people in neighbourhood × theme × week cells, many of them
// small) and generated queries (cells, totals, filters that are unions of whole cells,
// their intersections and differences). No two queries whose numbers are both published
// exactly differ by 1 to 4 people when one is inside the other, every exact number is
// true and made of shown cells only, and a lower bound never overstates.

type Person = { hood: number; theme: number; week: number };
type Town = { hoods: number; themes: number; weeks: number; people: Person[] };

const town: fc.Arbitrary<Town> = fc
	.record({
		hoods: fc.integer({ min: 1, max: 5 }),
		themes: fc.integer({ min: 1, max: 5 }),
		weeks: fc.integer({ min: 1, max: 2 })
	})
	.chain((dims) =>
		fc
			.array(
				fc.record({
					hood: fc.integer({ min: 0, max: dims.hoods - 1 }),
					theme: fc.integer({ min: 0, max: dims.themes - 1 }),
					week: fc.integer({ min: 0, max: dims.weeks - 1 })
				}),
				{ maxLength: 300, size: 'max' }
			)
			.map((people) => ({ ...dims, people }))
	);

/** A filter: whole neighbourhoods × whole themes × whole weeks (bit sets). */
type Filter = { hoods: number; themes: number; weeks: number };
const filter = fc.record({
	hoods: fc.integer({ min: 0, max: 31 }),
	themes: fc.integer({ min: 0, max: 31 }),
	weeks: fc.integer({ min: 0, max: 7 })
});

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

function cellsOf(t: Town, f: Filter): Set<string> {
	const out = new Set<string>();
	for (const h of range(t.hoods))
		for (const th of range(t.themes))
			for (const w of range(t.weeks))
				if (f.hoods & (1 << h) && f.themes & (1 << th) && f.weeks & (1 << w))
					out.add(cellKey(h, th, w));
	return out;
}

function setup(t: Town) {
	const counts = new Map<string, number>();
	for (const p of t.people) {
		const k = cellKey(p.hood, p.theme, p.week);
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const lines = cubeLines(range(t.hoods), range(t.themes), range(t.weeks));
	const table = new SuppressedCounts(counts, lines);
	const truth = (cells: Set<string>) => [...cells].reduce((n, k) => n + (counts.get(k) ?? 0), 0);
	return { counts, lines, table, truth };
}

/** Every view the page and the CSV could show: cells, line totals, the grand total, filters. */
function views(t: Town, filters: Filter[]): Set<string>[] {
	const out: Set<string>[] = [];
	const all = (n: number) => (1 << n) - 1;
	const full = { hoods: all(t.hoods), themes: all(t.themes), weeks: all(t.weeks) };
	out.push(cellsOf(t, full));
	for (const h of range(t.hoods)) out.push(cellsOf(t, { ...full, hoods: 1 << h }));
	for (const th of range(t.themes)) out.push(cellsOf(t, { ...full, themes: 1 << th }));
	for (const w of range(t.weeks)) out.push(cellsOf(t, { ...full, weeks: 1 << w }));
	for (const h of range(t.hoods))
		for (const th of range(t.themes)) {
			out.push(cellsOf(t, { hoods: 1 << h, themes: 1 << th, weeks: full.weeks }));
			for (const w of range(t.weeks))
				out.push(cellsOf(t, { hoods: 1 << h, themes: 1 << th, weeks: 1 << w }));
		}
	const chosen = filters.map((f) => cellsOf(t, f));
	out.push(...chosen);
	// Two filters taken together: what both hold, what one holds beyond the other.
	for (const a of chosen)
		for (const b of chosen) {
			out.push(new Set([...a].filter((k) => b.has(k))));
			out.push(new Set([...a].filter((k) => !b.has(k))));
		}
	return out.filter((s) => s.size > 0);
}

const isSubset = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));

describe('small-count suppression', () => {
	it('no allowed pair of queries differs by 1 to 4 people', () => {
		let compared = 0;
		fc.assert(
			fc.property(town, fc.array(filter, { maxLength: 6 }), (t, filters) => {
				const { table, truth } = setup(t);
				const published = views(t, filters).map((cells) => ({
					cells,
					shown: table.union([...cells]),
					truth: truth(cells)
				}));
				const exact = published.filter((p) => p.shown.kind === 'exact');
				for (const a of exact)
					for (const b of exact) {
						if (a === b || !isSubset(a.cells, b.cells)) continue;
						const diff = b.truth - a.truth;
						if (diff >= 1 && diff < SMALL_COUNT) return false;
						compared++;
					}
				return true;
			}),
			{ numRuns: 300 }
		);
		// Not vacuous: many nested pairs were both exact.
		expect(compared).toBeGreaterThan(200);
	});

	it('every exact number is true and made only of shown cells of at least 5; bounds never overstate', () => {
		let exactSeen = 0;
		fc.assert(
			fc.property(town, fc.array(filter, { maxLength: 4 }), (t, filters) => {
				const { table, truth, counts } = setup(t);
				for (const cells of views(t, filters)) {
					const shown: Shown = table.union([...cells]);
					const n = truth(cells);
					if (shown.kind === 'exact') {
						exactSeen++;
						if (shown.value !== n) return false;
						for (const k of cells)
							if (table.hidden.has(k) || (counts.get(k) ?? 0) < SMALL_COUNT) return false;
					}
					if (shown.kind === 'atLeast' && (shown.value > n || shown.value < SMALL_COUNT))
						return false;
					if (shown.kind === 'small' && (cells.size !== 1 || n >= SMALL_COUNT)) return false;
				}
				return true;
			}),
			{ numRuns: 300 }
		);
		expect(exactSeen).toBeGreaterThan(50);
	});

	it('no line of cells has exactly one hidden cell, so a known total gives none back', () => {
		let lonely = 0;
		fc.assert(
			fc.property(town, (t) => {
				const { table, lines, counts } = setup(t);
				// Before the complements, lines with one small cell do occur.
				lonely += lines.filter(
					(line) =>
						line.length > 1 && line.filter((k) => (counts.get(k) ?? 0) < SMALL_COUNT).length === 1
				).length;
				return lines.every(
					(line) => line.length < 2 || line.filter((k) => table.hidden.has(k)).length !== 1
				);
			}),
			{ numRuns: 300 }
		);
		expect(lonely).toBeGreaterThan(0);
	});

	it('shows a small cell as "< 5", a complement as hidden, a total with hidden parts as a bound', () => {
		// Two neighbourhoods × two themes: 3 debt questions in Centrum must not come back
		// from the Centrum total or the debt total.
		const counts = new Map([
			[cellKey('centrum', 'debt'), 3],
			[cellKey('centrum', 'grief'), 9],
			[cellKey('ridderveld', 'debt'), 12],
			[cellKey('ridderveld', 'grief'), 20]
		]);
		const lines = gridLines(['centrum', 'ridderveld'], ['debt', 'grief']);
		const hidden = hiddenCells(counts, lines);
		expect([...hidden].sort()).toEqual(
			[
				cellKey('centrum', 'debt'),
				cellKey('centrum', 'grief'),
				cellKey('ridderveld', 'debt'),
				cellKey('ridderveld', 'grief')
			].sort()
		);
		const table = new SuppressedCounts(counts, lines);
		expect(formatShown(table.cell('centrum', 'debt'))).toBe('< 5');
		expect(formatShown(table.cell('centrum', 'grief'))).toBe('–');
		// Only one hidden line: the bigger town keeps its figures.
		const bigger = new SuppressedCounts(
			new Map([
				[cellKey('a', 'x'), 3],
				[cellKey('a', 'y'), 9],
				[cellKey('a', 'z'), 30],
				[cellKey('b', 'x'), 2],
				[cellKey('b', 'y'), 11],
				[cellKey('b', 'z'), 40]
			]),
			gridLines(['a', 'b'], ['x', 'y', 'z'])
		);
		expect(bigger.cell('a', 'z')).toEqual({ kind: 'exact', value: 30 });
		expect(bigger.cell('a', 'y')).toEqual({ kind: 'hidden' });
		expect(bigger.union([cellKey('a', 'x'), cellKey('a', 'y'), cellKey('a', 'z')])).toEqual({
			kind: 'atLeast',
			value: 30
		});
		expect(formatShown({ kind: 'atLeast', value: 30 })).toBe('≥ 30');
	});

	it('shows hours only where the people behind them are shown', () => {
		const people = new Map([
			[cellKey('x'), 2],
			[cellKey('y'), 6]
		]);
		const hours = new Map([
			[cellKey('x'), 7],
			[cellKey('y'), 21]
		]);
		const table = new SuppressedCounts(people, []);
		expect(table.union([cellKey('y')], hours)).toEqual({ kind: 'exact', value: 21 });
		expect(table.union([cellKey('x')], hours)).toEqual({ kind: 'small' });
		expect(table.union([cellKey('x'), cellKey('y')], hours)).toEqual({
			kind: 'atLeast',
			value: 21
		});
	});
});
