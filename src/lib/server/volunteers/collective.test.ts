import { describe, expect, it } from 'vitest';
import { findCollectives, type CollectiveRequest } from './collective';

const km: Record<string, number> = { 'a|b': 1.5, 'a|c': 8, 'b|c': 7 };
const distance = (x: string, y: string) => (x === y ? 0 : (km[`${x}|${y}`] ?? km[`${y}|${x}`]));
const ask = (id: number, place: string, slots: string[], skill = 'paperwork-and-money') =>
	({
		id: `r${id}`,
		skill,
		theme: null,
		neighbourhood: place,
		slots,
		hours: 2
	}) as CollectiveRequest;

describe('collective approaches', () => {
	it('groups five or more requests for the same skill, nearby, at a shared time', () => {
		const requests = [
			ask(1, 'a', ['4-evening']),
			ask(2, 'a', ['4-evening', '2-morning']),
			ask(3, 'b', ['4-evening']),
			ask(4, 'b', ['4-evening', '2-morning']),
			ask(5, 'a', ['4-evening']),
			ask(6, 'c', ['4-evening']), // too far away
			ask(7, 'a', ['1-morning']), // another time
			ask(8, 'a', ['4-evening'], 'transport') // another skill
		];
		const [group, ...rest] = findCollectives(requests, distance, 5);
		expect(rest).toEqual([]);
		expect(group.requestIds.sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
		expect(group.neighbourhoods).toEqual(['a', 'b']);
		expect(group.bestSlots).toEqual(['4-evening']);
		expect(group.hoursTotal).toBe(10);
		expect(group.hoursSaved).toBe(6);
	});
	it('proposes nothing below the minimum, and the key is stable', () => {
		const four = [1, 2, 3, 4].map((i) => ask(i, 'a', ['3-evening']));
		expect(findCollectives(four, distance, 5)).toEqual([]);
		const five = [...four, ask(5, 'a', ['3-evening'])];
		expect(findCollectives(five, distance, 5)[0].key).toBe(
			findCollectives([...five].reverse(), distance, 5)[0].key
		);
	});
});
