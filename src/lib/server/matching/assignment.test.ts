import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	evaluate,
	greedyAssignment,
	minCostFlow,
	solveAssignment,
	type AssignmentInstance
} from './assignment';
import {
	buildCandidates,
	maskSlots,
	pairCost,
	slotMask,
	slotsOnDate,
	type CandidateRequest,
	type CandidateVolunteer,
	type CostContext
} from './assignment-cost';
import { adversarialInstance } from './assignment-fixtures';

/** Exhaustive optimum for tiny instances: most assigned, then least cost. */
function bruteForce(instance: AssignmentInstance) {
	const R = instance.demands.length;
	const options: number[][] = instance.demands.map(() => [-1]);
	const costOf = new Map<string, number>();
	for (const e of instance.edges) {
		options[e.request].push(e.volunteer);
		const key = `${e.request}|${e.volunteer}`;
		costOf.set(key, Math.min(costOf.get(key) ?? Infinity, e.cost));
	}
	let best = { assigned: -1, cost: Infinity };
	const current = new Array<number>(R).fill(-1);
	const free = [...instance.capacities];
	const walk = (r: number, assigned: number, cost: number) => {
		if (r === R) {
			if (assigned > best.assigned || (assigned === best.assigned && cost < best.cost)) {
				best = { assigned, cost };
			}
			return;
		}
		for (const v of new Set(options[r])) {
			if (v < 0) {
				walk(r + 1, assigned, cost);
				continue;
			}
			if (free[v] < instance.demands[r]) continue;
			free[v] -= instance.demands[r];
			current[r] = v;
			walk(r + 1, assigned + 1, cost + costOf.get(`${r}|${v}`)!);
			free[v] += instance.demands[r];
			current[r] = -1;
		}
	};
	walk(0, 0, 0);
	return best;
}

/**
 * The flow's objective (minus rewards, plus pair and spread costs) by a plain reference:
 * successive shortest paths with Bellman–Ford, one path at a time, on the same network.
 */
function referenceFlowObjective(instance: AssignmentInstance): number {
	const R = instance.demands.length;
	const V = instance.capacities.length;
	const T = R + V + 1;
	const arcs: { from: number; to: number; cap: number; cost: number }[] = [];
	const add = (from: number, to: number, cap: number, cost: number) => {
		arcs.push({ from, to, cap, cost }, { from: to, to: from, cap: 0, cost: -cost });
	};
	const reward = (r: number) => instance.rewards?.[r] ?? 10_000;
	instance.demands.forEach((d, r) => add(0, 1 + r, d, -reward(r) / d));
	for (const e of instance.edges) {
		const d = instance.demands[e.request];
		add(1 + e.request, 1 + R + e.volunteer, d, e.cost / d);
	}
	instance.capacities.forEach((c, v) => {
		const calm = Math.ceil(c / 2);
		if (instance.spreadCost && c > calm) {
			add(1 + R + v, T, calm, 0);
			add(1 + R + v, T, c - calm, instance.spreadCost);
		} else add(1 + R + v, T, c, 0);
	});
	let total = 0;
	for (;;) {
		const dist = new Array<number>(T + 1).fill(Infinity);
		const via = new Array<number>(T + 1).fill(-1);
		dist[0] = 0;
		for (let round = 0; round <= T; round++) {
			let changed = false;
			arcs.forEach((a, i) => {
				if (a.cap > 0 && dist[a.from] + a.cost < dist[a.to] - 1e-9) {
					dist[a.to] = dist[a.from] + a.cost;
					via[a.to] = i;
					changed = true;
				}
			});
			if (!changed) break;
		}
		if (!(dist[T] < -1e-9)) return total;
		let push = Infinity;
		for (let u = T; u !== 0; u = arcs[via[u]].from) push = Math.min(push, arcs[via[u]].cap);
		for (let u = T; u !== 0; u = arcs[via[u]].from) {
			arcs[via[u]].cap -= push;
			arcs[via[u] ^ 1].cap += push;
		}
		total += push * dist[T];
	}
}

/** The same objective computed from a flow on the request → volunteer edges. */
function flowObjective(instance: AssignmentInstance, flow: number[]): number {
	const used = new Array<number>(instance.capacities.length).fill(0);
	let total = 0;
	instance.edges.forEach((e, i) => {
		const d = instance.demands[e.request];
		total += (flow[i] * (e.cost - (instance.rewards?.[e.request] ?? 10_000))) / d;
		used[e.volunteer] += flow[i];
	});
	used.forEach((u, v) => {
		if (instance.spreadCost)
			total += instance.spreadCost * Math.max(0, u - Math.ceil(instance.capacities[v] / 2));
	});
	return total;
}

const instanceArb = (maxRequests: number, maxVolunteers: number) =>
	fc
		.record({
			requests: fc.integer({ min: 1, max: maxRequests }),
			volunteers: fc.integer({ min: 1, max: maxVolunteers })
		})
		.chain(({ requests, volunteers }) =>
			fc.record({
				capacities: fc.array(fc.integer({ min: 0, max: 12 }), {
					minLength: volunteers,
					maxLength: volunteers
				}),
				demands: fc.array(fc.integer({ min: 1, max: 6 }), {
					minLength: requests,
					maxLength: requests
				}),
				edges: fc.uniqueArray(
					fc.record({
						request: fc.integer({ min: 0, max: requests - 1 }),
						volunteer: fc.integer({ min: 0, max: volunteers - 1 }),
						cost: fc.integer({ min: 1, max: 100 })
					}),
					{ selector: (e) => `${e.request}|${e.volunteer}`, maxLength: requests * volunteers }
				),
				// with and without the convex fairness cost
				spreadCost: fc.constantFrom(0, 0, 3)
			})
		);

describe('the weekly grid', () => {
	it('turns slots into a mask and back', () => {
		expect(maskSlots(slotMask(['2-evening', '1-morning', '7-evening']))).toEqual([
			'1-morning',
			'2-evening',
			'7-evening'
		]);
		expect(() => slotMask(['8-morning'])).toThrow();
		expect(() => slotMask(['1-night'])).toThrow();
	});
	it('puts a one-off date on its weekday, at the parts of the day asked for', () => {
		// 2026-12-03 is a Thursday
		expect(maskSlots(slotsOnDate(slotMask(['2-evening', '4-morning']), '2026-12-03'))).toEqual([
			'4-morning',
			'4-evening'
		]);
		expect(maskSlots(slotsOnDate(0, '2026-12-06'))).toEqual([
			'7-morning',
			'7-afternoon',
			'7-evening'
		]);
		// a volunteer free on Tuesdays only does not fit a Thursday date
		const tuesday = slotMask(['2-evening']);
		expect(tuesday & slotsOnDate(tuesday, '2026-12-03')).toBe(0);
	});
});

describe('the cost of a pair', () => {
	const ctx: CostContext = {
		distanceKm: (a, b) => (a === b ? 0 : a + b === 'ab' || a + b === 'ba' ? 1.2 : 9),
		history: new Set(['v|resident']),
		declined: new Set(['v|declined'])
	};
	const volunteer: CandidateVolunteer = {
		id: 'v',
		skills: ['paperwork-and-money', 'experience-expert'],
		experienceThemes: ['debt'],
		languages: ['nl', 'ar'],
		neighbourhoods: ['a'],
		online: false,
		availability: slotMask(['2-evening', '4-evening']),
		weeklyHours: 4,
		loadHours: 1,
		hasValidVog: false,
		recentDeclines: 0
	};
	const request: CandidateRequest = {
		id: 'r',
		skill: 'paperwork-and-money',
		theme: null,
		neighbourhood: 'b',
		online: false,
		slots: slotMask(['2-evening']),
		hours: 2,
		urgency: 'normal',
		needsVog: false,
		languages: ['ar'],
		requesterKey: 'resident'
	};
	it('explains a fitting pair in reasons', () => {
		const pair = pairCost(volunteer, request, ctx)!;
		expect(pair.reasons.map((r) => r.key)).toEqual([
			'skill',
			'distance',
			'time',
			'language',
			'continuity'
		]);
		expect(pair.reasons).toContainEqual({ key: 'distance', km: 1.2 });
		expect(pair.reasons).toContainEqual({ key: 'time', slot: '2-evening' });
	});
	it('refuses the hard constraints', () => {
		expect(pairCost(volunteer, { ...request, skill: 'childcare' }, ctx)).toBeNull();
		expect(pairCost(volunteer, { ...request, needsVog: true }, ctx)).toBeNull();
		expect(pairCost(volunteer, { ...request, slots: slotMask(['1-morning']) }, ctx)).toBeNull();
		expect(pairCost(volunteer, { ...request, hours: 4 }, ctx)).toBeNull();
		expect(pairCost(volunteer, { ...request, id: 'declined' }, ctx)).toBeNull();
		expect(pairCost(volunteer, { ...request, neighbourhood: 'far' }, ctx)).toBeNull();
		expect(pairCost(volunteer, { ...request, online: true }, ctx)).toBeNull();
		expect(
			pairCost(volunteer, { ...request, skill: 'experience-expert', theme: 'grief' }, ctx)
		).toBeNull();
		expect(
			pairCost(volunteer, { ...request, skill: 'experience-expert', theme: 'debt' }, ctx)
		).not.toBeNull();
		expect(
			pairCost({ ...volunteer, hasValidVog: true }, { ...request, needsVog: true }, ctx)
		).not.toBeNull();
	});
	it('prefers a shared language, continuity, nearness and a lighter load', () => {
		const base = pairCost(volunteer, request, ctx)!.cost;
		expect(pairCost(volunteer, { ...request, languages: ['tr'] }, ctx)!.cost).toBeGreaterThan(base);
		expect(pairCost(volunteer, { ...request, requesterKey: 'other' }, ctx)!.cost).toBeGreaterThan(
			base
		);
		expect(pairCost(volunteer, { ...request, neighbourhood: 'a' }, ctx)!.cost).toBeLessThan(base);
		expect(pairCost({ ...volunteer, loadHours: 0 }, request, ctx)!.cost).toBeLessThan(base);
		expect(pairCost({ ...volunteer, recentDeclines: 2 }, request, ctx)!.cost).toBeGreaterThan(base);
	});
	it('costs more for a volunteer who helped a lot lately (fairness)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }), (a, b) => {
				const [less, more] = a <= b ? [a, b] : [b, a];
				const low = pairCost({ ...volunteer, recentHours: less }, request, ctx)!.cost;
				const high = pairCost({ ...volunteer, recentHours: more }, request, ctx)!.cost;
				expect(high).toBeGreaterThanOrEqual(low);
				// a whole month of their hours given lately weighs noticeably
				if (more - less >= 16) expect(high).toBeGreaterThan(low);
			})
		);
	});
	it('builds the graph with exactly the costs and rules of pairCost', () => {
		const places = ['a', 'b', 'c', 'far'];
		const km = (x: string, y: string) =>
			x === y ? 0 : x === 'far' || y === 'far' ? 9 : x + y === 'ab' || x + y === 'ba' ? 1.2 : 3.4;
		const skills = ['paperwork-and-money', 'experience-expert', 'childcare'];
		const slotsArb = fc
			.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 4 })
			.map((bits) => bits.reduce((m, b) => m | (1 << b), 0));
		const volunteerArb = fc.record({
			skills: fc.subarray(skills, { minLength: 1 }),
			experienceThemes: fc.subarray(['debt', 'grief']),
			languages: fc.subarray(['nl', 'ar', 'tr']),
			neighbourhoods: fc.subarray(places),
			online: fc.boolean(),
			availability: slotsArb,
			weeklyHours: fc.integer({ min: 1, max: 8 }),
			loadHours: fc.integer({ min: 0, max: 4 }),
			recentHours: fc.integer({ min: 0, max: 30 }),
			hasValidVog: fc.boolean(),
			recentDeclines: fc.integer({ min: 0, max: 5 })
		});
		const requestArb = fc.record({
			skill: fc.constantFrom(...skills),
			theme: fc.constantFrom(null, 'debt', 'grief'),
			neighbourhood: fc.constantFrom(null, ...places),
			online: fc.boolean(),
			slots: slotsArb,
			hours: fc.constantFrom(0.5, 1, 2, 3),
			urgency: fc.constantFrom('low' as const, 'normal' as const, 'high' as const),
			needsVog: fc.boolean(),
			languages: fc.subarray(['nl', 'ar', 'tr']),
			requesterKey: fc.constantFrom('r1', 'r2')
		});
		fc.assert(
			fc.property(
				fc.array(volunteerArb, { minLength: 1, maxLength: 6 }),
				fc.array(requestArb, { minLength: 1, maxLength: 6 }),
				(vs, rs) => {
					const volunteers = vs.map((v, i) => ({ ...v, id: `v${i}` }));
					const requests = rs.map((r, i) => ({ ...r, id: `r${i}` }));
					const context: CostContext = {
						distanceKm: km,
						history: new Set(['v0|r1', 'v2|r2']),
						declined: new Set(['v1|r0'])
					};
					const graph = buildCandidates(volunteers, requests, context, 100);
					const expected = new Map<string, number>();
					requests.forEach((r, ri) =>
						volunteers.forEach((v, vi) => {
							const pair = pairCost(v, r, context);
							if (pair) expected.set(`${ri}|${vi}`, pair.cost);
						})
					);
					expect(
						new Map(graph.instance.edges.map((e) => [`${e.request}|${e.volunteer}`, e.cost]))
					).toEqual(expected);
				}
			),
			{ numRuns: 300 }
		);
	});
	it('keeps only the cheapest candidates per request', () => {
		const many = Array.from({ length: 12 }, (_, i) => ({
			...volunteer,
			id: `v${i}`,
			loadHours: i % 3
		}));
		const graph = buildCandidates(many, [request], ctx, 5);
		expect(graph.instance.edges).toHaveLength(5);
		expect(graph.instance.edges.map((e) => e.volunteer).sort()).toEqual([0, 1, 3, 6, 9]);
		expect(graph.instance.demands).toEqual([4]);
		expect(graph.instance.capacities.slice(0, 3)).toEqual([8, 6, 4]);
	});
});

describe('min-cost flow', () => {
	it('finds the optimum on a small instance greedy gets wrong', () => {
		// Request 0 comes first and takes volunteer 0, the only one request 1 can use.
		const instance: AssignmentInstance = {
			capacities: [2, 2],
			demands: [2, 2],
			edges: [
				{ request: 0, volunteer: 0, cost: 10 },
				{ request: 0, volunteer: 1, cost: 12 },
				{ request: 1, volunteer: 0, cost: 10 }
			]
		};
		expect(greedyAssignment(instance).assigned).toBe(1);
		const result = solveAssignment(instance);
		expect(result).toMatchObject({ volunteerOf: [1, 0], assigned: 2, cost: 22, method: 'flow' });
	});
	it('never sends more flow than a capacity or a demand', () => {
		fc.assert(
			fc.property(instanceArb(8, 4), (instance) => {
				const flow = minCostFlow(instance);
				const perVolunteer = new Array<number>(instance.capacities.length).fill(0);
				const perRequest = new Array<number>(instance.demands.length).fill(0);
				instance.edges.forEach((e, i) => {
					expect(flow[i]).toBeGreaterThanOrEqual(0);
					perVolunteer[e.volunteer] += flow[i];
					perRequest[e.request] += flow[i];
				});
				perVolunteer.forEach((f, v) => expect(f).toBeLessThanOrEqual(instance.capacities[v]));
				perRequest.forEach((f, r) => expect(f).toBeLessThanOrEqual(instance.demands[r]));
			}),
			{ numRuns: 200 }
		);
	});
	it('reaches the same optimum as a plain reference solver (Bellman–Ford, one path at a time)', () => {
		fc.assert(
			fc.property(
				instanceArb(30, 8),
				fc.array(fc.constantFrom(9_500, 10_000, 11_500), { minLength: 30, maxLength: 30 }),
				(raw, rewards) => {
					const instance = { ...raw, rewards: rewards.slice(0, raw.demands.length) };
					const mine = flowObjective(instance, minCostFlow(instance));
					expect(mine).toBeCloseTo(referenceFlowObjective(instance), 6);
				}
			),
			{ numRuns: 300 }
		);
	});
	it('matches the exhaustive optimum when every request has the same size', () => {
		// With equal sizes and capacities in whole requests, the flow is integral per request:
		// exactly optimal, no rounding.
		fc.assert(
			fc.property(instanceArb(6, 3), (raw) => {
				const instance = {
					...raw,
					spreadCost: 0,
					capacities: raw.capacities.map((c) => c - (c % 2)),
					demands: raw.demands.map(() => 2)
				};
				const result = solveAssignment(instance);
				const best = bruteForce(instance);
				expect(result.assigned).toBe(best.assigned);
				expect(result.cost).toBe(best.cost);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('the assignment (property tests)', () => {
	it('every assignment is feasible: capacities, only candidate pairs, a request at most once', () => {
		fc.assert(
			fc.property(instanceArb(25, 8), (instance) => {
				const result = solveAssignment(instance);
				const check = evaluate(instance, result.volunteerOf);
				expect(check.feasible).toBe(true);
				expect(check.assigned).toBe(result.assigned);
				expect(check.cost).toBe(result.cost);
			}),
			{ numRuns: 300 }
		);
	});
	it('assigns at least as many as greedy, and never costs more when it assigns as many', () => {
		let flowWon = 0;
		fc.assert(
			fc.property(instanceArb(40, 10), (instance) => {
				const result = solveAssignment(instance);
				const greedy = greedyAssignment(instance);
				expect(result.assigned).toBeGreaterThanOrEqual(greedy.assigned);
				if (result.assigned === greedy.assigned) {
					expect(result.cost).toBeLessThanOrEqual(greedy.cost);
				}
				if (result.method === 'flow') flowWon++;
			}),
			{ numRuns: 300 }
		);
		// The rounded flow itself is the answer almost always, not the greedy fallback.
		expect(flowWon).toBeGreaterThanOrEqual(285);
	});
	it('spreads the work over equally good volunteers (fairness within a run)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 2, maxLength: 30 }),
				fc.integer({ min: 1, max: 60 }),
				(demands, cost) => {
					const total = demands.reduce((a, b) => a + b, 0);
					const base = {
						capacities: [total, total],
						demands,
						edges: demands.flatMap((_, r) => [
							{ request: r, volunteer: 0, cost },
							{ request: r, volunteer: 1, cost }
						])
					};
					const loads = (volunteerOf: number[]) =>
						[0, 1].map((v) =>
							volunteerOf.reduce((sum, w, r) => sum + (w === v ? demands[r] : 0), 0)
						);
					const fair = solveAssignment({ ...base, spreadCost: 3 });
					expect(fair.assigned).toBe(demands.length);
					const [a, b] = loads(fair.volunteerOf);
					expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(...demands));
					// without the spread cost nothing stops one volunteer taking it all
					const [first] = loads(greedyAssignment(base).volunteerOf);
					expect(first).toBe(total);
				}
			),
			{ numRuns: 300 }
		);
	});
	it('on a fixed adversarial instance greedy is at least 10 % worse', () => {
		const instance = adversarialInstance();
		const result = solveAssignment(instance);
		const greedy = greedyAssignment(instance);
		expect(result.method).toBe('flow');
		expect(result.assigned).toBeGreaterThanOrEqual(greedy.assigned);
		const perAssigned = (r: { cost: number; assigned: number }) => r.cost / r.assigned;
		expect(perAssigned(result) / perAssigned(greedy)).toBeLessThanOrEqual(0.9);
	});
});
