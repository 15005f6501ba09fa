import { cellKey, cubeLines, SuppressedCounts, type Shown } from '../overview/suppression';

/**
 * The members' answers as workers see them: people per neighbourhood, theme and option,
 * with the overview's small-count suppression over the whole cube (every line of
 * neighbourhoods, themes or options), so no row, column or pair of them gives a small
 * group back. Pure.
 */
export type VoiceCount = {
	neighbourhood_id: string;
	theme_slug: string;
	question: 'helps' | 'missing';
	option: string;
	people: number;
};

export type VoiceTableRow = {
	neighbourhood_id: string;
	theme_slug: string;
	cells: { option: string; shown: Shown }[];
};

export function voiceTable(
	counts: readonly VoiceCount[],
	question: 'helps' | 'missing',
	options: readonly string[]
): VoiceTableRow[] {
	const mine = counts.filter((c) => c.question === question);
	const neighbourhoods = [...new Set(mine.map((c) => c.neighbourhood_id))].sort();
	const themes = [...new Set(mine.map((c) => c.theme_slug))].sort();
	const people = new Map(
		mine.map((c) => [cellKey(c.neighbourhood_id, c.theme_slug, c.option), c.people])
	);
	const table = new SuppressedCounts(people, cubeLines(neighbourhoods, themes, options));
	// Only the pairs someone answered for are rows; empty pairs say nothing either way.
	const pairs = [...new Set(mine.map((c) => cellKey(c.neighbourhood_id, c.theme_slug)))];
	return pairs.sort().map((pair) => {
		const [neighbourhood_id, theme_slug] = pair.split('\u001f');
		return {
			neighbourhood_id,
			theme_slug,
			cells: options.map((option) => ({
				option,
				shown: table.cell(neighbourhood_id, theme_slug, option)
			}))
		};
	});
}
