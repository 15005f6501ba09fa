/**
 * Small-count suppression for the workers' overview (issue 14 point 2): nobody can be
 * singled out by a number on the page, in the CSV, or by putting two of them together.
 *
 * The rule, for each measure (open questions, circle members, help requests, volunteer
 * hours…):
 *
 * 1. The measure is counted once, in a fixed set of non-overlapping cells (for example
 *    neighbourhood × theme). Each counted thing is in exactly one cell; a question with two
 *    themes counts once in each theme's cell, and every sum counts theme mentions.
 * 2. Primary: a cell with fewer than 5 people (0 included) is hidden and shown as "< 5".
 * 3. Complementary: in every line of cells that a total could be known for (a row or a
 *    column of the grid), one hidden cell never stands alone: the smallest shown cell of the
 *    same line is hidden too (shown as "–"), repeated until no line has exactly one hidden
 *    cell. So a total learnt elsewhere (a public member count, last month's figure) never
 *    gives a small cell back.
 * 4. Every other number — a total, a filter, a chart's series, a CSV line — is a union of
 *    whole cells. A union is exact only when none of its cells is hidden; otherwise it
 *    shows only the sum of its shown cells as a lower bound ("≥ 45"), or nothing when all
 *    its cells are hidden. Filters are therefore only ever unions of whole cells (whole
 *    neighbourhoods, whole themes, whole weeks).
 *
 * Why this is enough: every exact number published is a sum of shown cells, each of
 * which has at least 5 people. Two exact numbers A ⊆ B differ by a sum of shown cells, so
 * by 0 or by at least 5 people; a lower bound is itself such a sum. No pair of views,
 * filters or totals can isolate a group of 1 to 4 people.
 * (suppression.test.ts beside this file checks it with generated towns, in npm test.)
 *
 * Amounts (volunteer hours) follow the people behind them: a cell's hours are shown only
 * when its cell of people is shown.
 */

/** Below this many people a number is not shown. */
export const SMALL_COUNT = 5;

/** A shown number: exact, "< 5", a lower bound, or hidden entirely. */
export type Shown =
	| { kind: 'exact'; value: number }
	| { kind: 'small' }
	| { kind: 'atLeast'; value: number }
	| { kind: 'hidden' };

/** A cell's key from its coordinates (for example neighbourhood id and theme slug). */
export function cellKey(...parts: readonly (string | number)[]): string {
	return parts.join('\u001f');
}

/** The lines of a 2-D grid (every row and every column), for complementary suppression. */
export function gridLines(
	rows: readonly (string | number)[],
	columns: readonly (string | number)[]
): string[][] {
	return [
		...rows.map((r) => columns.map((c) => cellKey(r, c))),
		...columns.map((c) => rows.map((r) => cellKey(r, c)))
	];
}

/**
 * The lines of a 3-D grid: every line parallel to an axis (for example a neighbourhood's
 * one theme over 12 weeks, one week's themes, one theme and week over neighbourhoods).
 */
export function cubeLines(
	a: readonly (string | number)[],
	b: readonly (string | number)[],
	c: readonly (string | number)[]
): string[][] {
	const lines: string[][] = [];
	for (const x of a) for (const y of b) lines.push(c.map((z) => cellKey(x, y, z)));
	for (const x of a) for (const z of c) lines.push(b.map((y) => cellKey(x, y, z)));
	for (const y of b) for (const z of c) lines.push(a.map((x) => cellKey(x, y, z)));
	return lines;
}

const countOf = (counts: ReadonlyMap<string, number>, key: string) => counts.get(key) ?? 0;

/**
 * Which cells are hidden: primary (fewer than 5) and complementary (no line with exactly
 * one hidden cell). `counts` holds the people per cell (a missing key counts 0); `cells`
 * are all cells of the grid (those in `lines` are added); `lines` are the rows and columns.
 */
export function hiddenCells(
	counts: ReadonlyMap<string, number>,
	lines: readonly (readonly string[])[],
	cells: Iterable<string> = counts.keys()
): Set<string> {
	const hidden = new Set<string>();
	const all = new Set(cells);
	for (const line of lines) for (const k of line) all.add(k);
	for (const k of all) if (countOf(counts, k) < SMALL_COUNT) hidden.add(k);
	for (let changed = true; changed;) {
		changed = false;
		for (const line of lines) {
			if (line.length < 2) continue;
			let hiddenHere = 0;
			let smallest: string | undefined;
			for (const k of line) {
				if (hidden.has(k)) hiddenHere++;
				else if (
					smallest === undefined ||
					countOf(counts, k) < countOf(counts, smallest) ||
					(countOf(counts, k) === countOf(counts, smallest) && k < smallest)
				)
					smallest = k;
			}
			if (hiddenHere === 1 && smallest !== undefined) {
				hidden.add(smallest);
				changed = true;
			}
		}
	}
	return hidden;
}

/**
 * The shown value of a union of whole cells (one cell, a total, a filter). `values`
 * defaults to the people counts; pass amounts (hours) to show those under the same cells.
 */
export function showUnion(
	keys: readonly string[],
	hidden: ReadonlySet<string>,
	counts: ReadonlyMap<string, number>,
	values: ReadonlyMap<string, number> = counts
): Shown {
	const unique = [...new Set(keys)];
	let shownSum = 0;
	let hiddenHere = 0;
	for (const k of unique) {
		if (hidden.has(k) || countOf(counts, k) < SMALL_COUNT) hiddenHere++;
		else shownSum += countOf(values, k);
	}
	if (hiddenHere === 0) return { kind: 'exact', value: shownSum };
	// One cell: "< 5" when it has fewer than 5, else it was hidden as a complement ("–"),
	// which is then not a claim that it is small.
	if (unique.length === 1)
		return countOf(counts, unique[0]) < SMALL_COUNT ? { kind: 'small' } : { kind: 'hidden' };
	if (shownSum > 0) return { kind: 'atLeast', value: shownSum };
	return { kind: 'hidden' };
}

/**
 * A suppressed table over fixed cells, ready to answer unions: build once per measure
 * (with every line a total could be known for), then ask for cells and unions.
 */
export class SuppressedCounts {
	readonly hidden: ReadonlySet<string>;
	constructor(
		readonly counts: ReadonlyMap<string, number>,
		lines: readonly (readonly string[])[],
		cells?: Iterable<string>
	) {
		this.hidden = hiddenCells(counts, lines, cells);
	}
	cell(...parts: (string | number)[]): Shown {
		return showUnion([cellKey(...parts)], this.hidden, this.counts);
	}
	union(keys: readonly string[], values?: ReadonlyMap<string, number>): Shown {
		return showUnion(keys, this.hidden, this.counts, values);
	}
}

/** The number a chart may draw: exact figures only; anything else is left out (null). */
export function chartValue(shown: Shown): number | null {
	return shown.kind === 'exact' ? shown.value : null;
}

/** Text for a table cell or the CSV, in the reader's words for "hidden". */
export function formatShown(
	shown: Shown,
	words: { hidden: string } = { hidden: '–' },
	format: (n: number) => string = String
): string {
	switch (shown.kind) {
		case 'exact':
			return format(shown.value);
		case 'small':
			return `< ${SMALL_COUNT}`;
		case 'atLeast':
			return `≥ ${format(shown.value)}`;
		case 'hidden':
			return words.hidden;
	}
}
