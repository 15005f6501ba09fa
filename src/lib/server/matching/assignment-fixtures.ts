import type { AssignmentInstance } from './assignment';

/**
 * A fixed instance where first-come-first-served goes wrong: in each of `pairs` blocks,
 * request A (asked first) can use volunteer v (cost 10) or w (cost 12); request B, asked
 * later, fits v well (10) and w badly (60, say a long trip and no shared language). Greedy
 * gives A the volunteer v and B the poor fit w (70 for the block); the optimum swaps them
 * (22).
 */
export function adversarialInstance(pairs = 20): AssignmentInstance {
	const instance: AssignmentInstance = { capacities: [], demands: [], edges: [] };
	for (let i = 0; i < pairs; i++) {
		const v = instance.capacities.push(4) - 1;
		const w = instance.capacities.push(4) - 1;
		const a = instance.demands.push(4) - 1;
		const b = instance.demands.push(4) - 1;
		instance.edges.push(
			{ request: a, volunteer: v, cost: 10 },
			{ request: a, volunteer: w, cost: 12 },
			{ request: b, volunteer: v, cost: 10 },
			{ request: b, volunteer: w, cost: 60 }
		);
	}
	return instance;
}
