import { describe, expect, it } from 'vitest';
import { voiceTable, type VoiceCount } from './aggregate';

const row = (n: string, t: string, option: string, people: number): VoiceCount => ({
	neighbourhood_id: n,
	theme_slug: t,
	question: 'helps',
	option,
	people
});

describe('voiceTable', () => {
	it('shows counts of 5 and more, "< 5" below, and hides a complement so no line has one hidden cell', () => {
		const table = voiceTable(
			[
				row('n1', 'debt', 'peers', 12),
				row('n1', 'debt', 'tips', 3),
				row('n1', 'debt', 'courage', 7)
			],
			'helps',
			['peers', 'tips', 'courage']
		);
		expect(table).toHaveLength(1);
		const cells = Object.fromEntries(table[0].cells.map((c) => [c.option, c.shown]));
		expect(cells.tips).toEqual({ kind: 'small' });
		// tips hidden and the others shown would let a known row total give tips back;
		// cells of 0 are hidden too, so here the line already has two hidden cells or more.
		const hidden = table[0].cells.filter((c) => c.shown.kind !== 'exact').length;
		expect(hidden).not.toBe(1);
		expect(Object.values(cells).some((s) => s.kind === 'exact' && s.value === 12)).toBe(true);
	});

	it('never shows an exact number below 5, whatever the counts', () => {
		const counts: VoiceCount[] = [];
		for (const n of ['a', 'b', 'c'])
			for (const t of ['debt', 'grief'])
				for (const [i, o] of ['peers', 'tips'].entries())
					counts.push(row(n, t, o, (n.charCodeAt(0) * 7 + t.length * 3 + i * 5) % 17));
		const shown = voiceTable(counts, 'helps', ['peers', 'tips'])
			.flatMap((r) => r.cells)
			.map((c) => c.shown)
			.filter((s) => s.kind === 'exact')
			.map((s) => s.value);
		expect(shown.length).toBeGreaterThan(0);
		expect(Math.min(...shown)).toBeGreaterThanOrEqual(5);
	});

	it('keeps the questions apart', () => {
		expect(voiceTable([row('n1', 'debt', 'peers', 9)], 'missing', ['volunteer'])).toEqual([]);
	});
});
