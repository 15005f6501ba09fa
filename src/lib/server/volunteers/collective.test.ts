import { describe, expect, it } from 'vitest';
import {
	findCollectives,
	pickGroupVolunteers,
	suggestedSession,
	type CollectiveRequest,
	type GroupVolunteer
} from './collective';

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

describe('volunteers for a collective approach', () => {
	const group = findCollectives(
		[1, 2, 3, 4, 5].map((i) => ask(i, 'a', ['4-evening'])),
		distance,
		5
	);
	const helper = (id: string, extra: Partial<GroupVolunteer> = {}): GroupVolunteer => ({
		id,
		skills: ['paperwork-and-money'],
		neighbourhoods: ['a'],
		availability: new Set(['4-evening']),
		freeHours: 4,
		hasValidVog: false,
		load: 0,
		...extra
	});
	it('picks one or two who offer the skill (or facilitation), are free then, nearby, with the hours', () => {
		expect(group).toHaveLength(1);
		expect(group[0].sessionHours).toBe(2);
		const [picked] = pickGroupVolunteers(
			group,
			[
				helper('busy', { availability: new Set(['1-morning']) }),
				helper('far', { neighbourhoods: ['c'] }),
				helper('short', { freeHours: 1 }),
				helper('other-skill', { skills: ['transport'] }),
				helper('near', { neighbourhoods: ['b'] }),
				helper('facilitator', { skills: ['circle-facilitation'] }),
				helper('loaded', { load: 9 })
			],
			distance
		);
		// the nearest fitting first, then the least loaded of the rest at the same distance
		expect(picked).toEqual(['loaded', 'facilitator']);
	});
	it('never picks anyone beyond their hours across collectives, and needs a VOG for childcare', () => {
		const two = [group[0], { ...group[0], key: 'second' }];
		expect(pickGroupVolunteers(two, [helper('only', { freeHours: 3 })], distance)).toEqual([
			['only'],
			[]
		]);
		const childcare = [{ ...group[0], skill: 'childcare' }];
		const sitter = helper('sitter', { skills: ['childcare'] });
		expect(pickGroupVolunteers(childcare, [sitter], distance)).toEqual([[]]);
		expect(pickGroupVolunteers(childcare, [{ ...sitter, hasValidVog: true }], distance)).toEqual([
			['sitter']
		]);
	});
});

describe('suggestedSession', () => {
	// Thursday 3 December 2026, 23:30 in Amsterdam (22:30 UTC).
	const thursdayNight = new Date('2026-12-03T22:30:00Z');
	it("suggests the next day on the slot's weekday, at a time in its part of the day", () => {
		expect(suggestedSession('6-morning', thursdayNight)).toEqual({
			date: '2026-12-05',
			time: '10:00'
		});
		expect(suggestedSession('1-afternoon', thursdayNight)).toEqual({
			date: '2026-12-07',
			time: '14:00'
		});
		expect(suggestedSession('3-evening', thursdayNight)).toEqual({
			date: '2026-12-09',
			time: '19:30'
		});
	});
	it('never today: the same weekday is a week later', () => {
		expect(suggestedSession('4-evening', thursdayNight)).toEqual({
			date: '2026-12-10',
			time: '19:30'
		});
	});
	it('counts days in Amsterdam, not in UTC', () => {
		// 23:30 UTC on Friday 4 December is already Saturday 5 December in Amsterdam.
		const lateFriday = new Date('2026-12-04T23:30:00Z');
		expect(suggestedSession('6-morning', lateFriday).date).toBe('2026-12-12');
		expect(suggestedSession('7-morning', lateFriday).date).toBe('2026-12-06');
	});
	it('falls back to a week ahead in the evening for a slot it cannot read', () => {
		expect(suggestedSession('8-night', thursdayNight)).toEqual({
			date: '2026-12-10',
			time: '19:30'
		});
	});
});
