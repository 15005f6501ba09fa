/**
 * Optimal assignment of help requests to volunteers: a minimum-cost flow with the
 * volunteers' hours as capacities, solved by successive shortest paths (Dijkstra with
 * potentials), then rounded so that every request goes to exactly one volunteer.
 *
 * Pure: the instance is plain numbers, the answer is an array. The cost of each feasible
 * (request, volunteer) pair comes from assignment-cost.ts; only feasible pairs are edges
 * (a sparse candidate graph).
 *
 * The flow network: source → request (capacity: its hours, cost: minus its reward) →
 * volunteer (capacity: the request's hours, cost: the pair's cost) → sink (capacity: the
 * volunteer's free hours). Hours are counted in half-hour units. The reward of a request
 * (large, plus a bonus for urgency) makes the flow assign as many requests as it can, and
 * among those the cheapest; it is spread over the request's units, so a request counts the
 * same whatever its hours. A min-cost flow may split a request's hours over two
 * volunteers; those few are rounded to one volunteer where the hours fit, then every
 * request still unassigned is placed where it fits best, directly or by moving one other
 * request to another volunteer. A request is one unit of work: assigned whole or not.
 */

export type AssignmentEdge = {
	/** index into requests */
	request: number;
	/** index into volunteers */
	volunteer: number;
	/** the pair's cost (≥ 0; lower is a better fit) */
	cost: number;
};

export type AssignmentInstance = {
	/** free capacity of each volunteer, in units (half hours) */
	capacities: number[];
	/** size of each request, in units (half hours), > 0 */
	demands: number[];
	/** reward for assigning each request; defaults to `defaultReward` */
	rewards?: number[];
	/** only feasible pairs */
	edges: AssignmentEdge[];
	/**
	 * Fairness within one run: each unit a volunteer takes beyond half of their free
	 * capacity costs this much more, so the work spreads over volunteers instead of filling
	 * the cheapest ones first (a convex cost: the flow's sink edge is split in two).
	 */
	spreadCost?: number;
};

/** The part of a volunteer's free capacity that carries no spread cost. */
const calmUnits = (capacity: number) => Math.ceil(capacity / 2);

/** What `used` units of volunteer `v` add in spread cost. */
export function spreadCostOf(instance: AssignmentInstance, v: number, used: number): number {
	const per = instance.spreadCost ?? 0;
	return per ? per * Math.max(0, used - calmUnits(instance.capacities[v])) : 0;
}

export type AssignmentResult = {
	/** per request: the volunteer's index, or -1 */
	volunteerOf: number[];
	assigned: number;
	/** sum of the costs of the assigned pairs */
	cost: number;
	/** which method gave this answer ('flow' normally) */
	method: 'flow' | 'greedy';
	/** solveAssignment: the greedy baseline it compared itself with (same instance) */
	greedy?: AssignmentResult;
};

export const defaultReward = 10_000;
const eps = 1e-9;

/** Sum of costs and count of an assignment, and whether it respects every capacity. */
export function evaluate(
	instance: AssignmentInstance,
	volunteerOf: number[],
	byRequest?: AssignmentEdge[][]
): { assigned: number; cost: number; feasible: boolean } {
	// (With each request's edges sorted by cost, the first one to v is the pair's cost.)
	const costOf = byRequest
		? { get: (key: number) => cheapestTo(byRequest, key, instance.capacities.length) }
		: new Map<number, number>();
	if (costOf instanceof Map) {
		for (const e of instance.edges) {
			const key = e.request * instance.capacities.length + e.volunteer;
			const known = costOf.get(key);
			if (known === undefined || e.cost < known) costOf.set(key, e.cost);
		}
	}
	const used = new Array<number>(instance.capacities.length).fill(0);
	let assigned = 0;
	let cost = 0;
	let feasible = volunteerOf.length === instance.demands.length;
	volunteerOf.forEach((v, r) => {
		if (v < 0) return;
		const c = costOf.get(r * instance.capacities.length + v);
		if (c === undefined) feasible = false;
		used[v] += instance.demands[r];
		assigned++;
		cost += c ?? 0;
	});
	if (used.some((u, v) => u > instance.capacities[v])) feasible = false;
	used.forEach((u, v) => (cost += spreadCostOf(instance, v, u)));
	return { assigned, cost, feasible };
}

function cheapestTo(byRequest: AssignmentEdge[][], key: number, V: number): number | undefined {
	const r = Math.floor(key / V);
	const v = key - r * V;
	return byRequest[r]?.find((e) => e.volunteer === v)?.cost;
}

/**
 * The first-come-first-served baseline: requests in their order, each to its cheapest
 * candidate that still has the hours.
 */
export function greedyAssignment(
	instance: AssignmentInstance,
	byRequest: AssignmentEdge[][] = edgesByRequest(instance)
): AssignmentResult {
	const free = [...instance.capacities];
	const volunteerOf = new Array<number>(instance.demands.length).fill(-1);
	let assigned = 0;
	let cost = 0;
	const used = new Array<number>(instance.capacities.length).fill(0);
	for (let r = 0; r < instance.demands.length; r++) {
		const d = instance.demands[r];
		let best = -1;
		let bestCost = Infinity;
		for (const e of byRequest[r]) {
			if (free[e.volunteer] < d) continue;
			// with a spread cost, what this request adds to the volunteer's load counts too
			const u = used[e.volunteer];
			const c =
				e.cost +
				spreadCostOf(instance, e.volunteer, u + d) -
				spreadCostOf(instance, e.volunteer, u);
			if (c < bestCost) {
				best = e.volunteer;
				bestCost = c;
			}
		}
		if (best >= 0) {
			volunteerOf[r] = best;
			free[best] -= d;
			used[best] += d;
			assigned++;
			cost += bestCost;
		}
	}
	return { volunteerOf, assigned, cost, method: 'greedy' };
}

function edgesByRequest(instance: AssignmentInstance): AssignmentEdge[][] {
	const lists: AssignmentEdge[][] = instance.demands.map(() => []);
	for (const e of instance.edges) lists[e.request].push(e);
	for (const l of lists) l.sort((a, b) => a.cost - b.cost || a.volunteer - b.volunteer);
	return lists;
}

/** A binary min-heap of (key, node) on typed arrays; lazy deletion. */
class Heap {
	private keys: Float64Array;
	private nodes: Int32Array;
	size = 0;
	constructor(capacity: number) {
		this.keys = new Float64Array(capacity);
		this.nodes = new Int32Array(capacity);
	}
	clear() {
		this.size = 0;
	}
	push(key: number, node: number) {
		if (this.size === this.keys.length) this.grow();
		let i = this.size++;
		while (i > 0) {
			const p = (i - 1) >> 1;
			if (this.keys[p] <= key) break;
			this.keys[i] = this.keys[p];
			this.nodes[i] = this.nodes[p];
			i = p;
		}
		this.keys[i] = key;
		this.nodes[i] = node;
	}
	/** Adds without ordering; heapify() before the next pop. */
	append(key: number, node: number) {
		if (this.size === this.keys.length) this.grow();
		this.keys[this.size] = key;
		this.nodes[this.size++] = node;
	}
	heapify() {
		for (let i = (this.size >> 1) - 1; i >= 0; i--) this.siftDown(i, this.keys[i], this.nodes[i]);
	}
	private grow() {
		const keys = new Float64Array(this.keys.length * 2);
		keys.set(this.keys);
		const nodes = new Int32Array(this.nodes.length * 2);
		nodes.set(this.nodes);
		this.keys = keys;
		this.nodes = nodes;
	}
	private siftDown(start: number, key: number, node: number) {
		let i = start;
		for (;;) {
			let c = 2 * i + 1;
			if (c >= this.size) break;
			if (c + 1 < this.size && this.keys[c + 1] < this.keys[c]) c++;
			if (this.keys[c] >= key) break;
			this.keys[i] = this.keys[c];
			this.nodes[i] = this.nodes[c];
			i = c;
		}
		this.keys[i] = key;
		this.nodes[i] = node;
	}
	topKey() {
		return this.keys[0];
	}
	/** Pops the smallest; returns its node, with its key in `lastKey`. */
	lastKey = 0;
	pop(): number {
		const top = this.nodes[0];
		this.lastKey = this.keys[0];
		this.size--;
		if (this.size) this.siftDown(0, this.keys[this.size], this.nodes[this.size]);
		return top;
	}
}

/**
 * The residual network of minCostFlow and the working arrays of its searches. The searches
 * are plain functions over this object (not closures inside minCostFlow), so their loops
 * keep the arrays in locals and are compiled once, early.
 */
type Network = {
	n: number;
	/** requests are nodes 1..R, volunteers R+1..T-1; the source is 0 */
	R: number;
	T: number;
	/** each node's arcs are first[u] .. first[u + 1] - 1 */
	first: Int32Array;
	to: Int32Array;
	cap: Float64Array;
	cost: Float64Array;
	/** the opposite arc */
	rev: Int32Array;
	pot: Float64Array;
	/** per volunteer: where its arcs to the sink start (they come last) */
	sinkFrom: Int32Array;
	/** per volunteer, from first[v]: its arcs back to requests that send it flow */
	live: Int32Array;
	liveCount: Int32Array;
	inLive: Uint8Array;
	dist: Float64Array;
	done: Uint8Array;
	heap: Heap;
	/** requests waiting outside the heap, and how far the last round's path was */
	deferred: Int32Array;
	bound: number;
	arc: Int32Array;
	dead: Uint8Array;
	onPath: Int32Array;
	pushId: number;
	stack: Int32Array;
	pathEdge: Int32Array;
};

/**
 * Dijkstra from the source on reduced costs, until the sink is reached. Returns whether it
 * was. The source's edges go in in one go (one heapify instead of a push per request);
 * requests much further than the last round's path wait outside the heap and only go in
 * (all at once) if the search gets that far, which it rarely does.
 */
function shortestPaths(net: Network): boolean {
	const { n, R, T, first, to, cap, cost, pot, sinkFrom, live, liveCount, inLive } = net;
	const { dist, done, heap, deferred, bound } = net;
	for (let u = 0; u < n; u++) {
		dist[u] = Infinity;
		done[u] = 0;
	}
	dist[0] = 0;
	heap.clear();
	done[0] = 1;
	let waiting = 0;
	const p0 = pot[0];
	for (let e = first[0], end = first[1]; e < end; e++) {
		if (cap[e] <= 0) continue;
		const v = to[e];
		let reduced = cost[e] + p0 - pot[v];
		if (reduced < 0) reduced = 0;
		dist[v] = reduced;
		if (reduced <= bound) heap.append(reduced, v);
		else deferred[waiting++] = v;
	}
	heap.heapify();
	for (;;) {
		if (waiting > 0 && (heap.size === 0 || heap.topKey() > bound)) {
			for (let i = 0; i < waiting; i++) heap.push(dist[deferred[i]], deferred[i]);
			waiting = 0;
		}
		if (heap.size === 0) break;
		const u = heap.pop();
		if (done[u]) continue;
		done[u] = 1;
		if (u === T) return true;
		const du = heap.lastKey;
		const pu = pot[u];
		let from = first[u];
		if (u > R) {
			// a volunteer: the arcs back to requests that send flow here (dropping emptied
			// ones), then the arcs to the sink
			const base = first[u];
			let count = liveCount[u];
			for (let i = 0; i < count;) {
				const e = live[base + i];
				if (cap[e] <= 0) {
					inLive[e] = 0;
					live[base + i] = live[base + --count];
					continue;
				}
				i++;
				const v = to[e];
				if (done[v]) continue;
				let reduced = cost[e] + pu - pot[v];
				if (reduced < 0) reduced = 0;
				const nd = du + reduced;
				if (nd < dist[v] - eps) {
					dist[v] = nd;
					heap.push(nd, v);
				}
			}
			liveCount[u] = count;
			from = sinkFrom[u];
		}
		for (let e = from, end = first[u + 1]; e < end; e++) {
			if (cap[e] <= 0) continue;
			const v = to[e];
			if (done[v]) continue;
			let reduced = cost[e] + pu - pot[v];
			if (reduced < 0) reduced = 0; // rounding noise only
			const nd = du + reduced;
			if (nd < dist[v] - eps) {
				dist[v] = nd;
				heap.push(nd, v);
			}
		}
	}
	return false;
}

/**
 * Pushes flow along every path of reduced cost 0 from the source to the sink, depth-first
 * with a pointer per node to the next arc to try and dead ends marked, until none is left.
 * For a volunteer the pointer counts first through its sink arcs, then through its live
 * list (which may grow meanwhile).
 */
function augmentAll(net: Network): void {
	const { n, R, T, first, to, cap, cost, rev, pot, sinkFrom, live, liveCount, inLive } = net;
	const { arc, dead, onPath, stack, pathEdge } = net;
	for (let u = 0; u < n; u++) {
		arc[u] = u > R && u < T ? 0 : first[u];
		dead[u] = 0;
	}
	for (;;) {
		let pushed = 0;
		const id = ++net.pushId;
		let top = 0;
		stack[0] = 0;
		onPath[0] = id;
		while (top >= 0) {
			const u = stack[top];
			if (u === T) {
				let push = Infinity;
				for (let i = 0; i < top; i++) if (cap[pathEdge[i]] < push) push = cap[pathEdge[i]];
				for (let i = 0; i < top; i++) {
					const e = pathEdge[i];
					cap[e] -= push;
					const b = rev[e];
					cap[b] += push;
					// an arc request → volunteer that now carries flow: its way back is usable
					const v = to[e];
					if (v > R && v < T && !inLive[b]) {
						inLive[b] = 1;
						live[first[v] + liveCount[v]++] = b;
					}
				}
				pushed = push;
				break;
			}
			const volunteer = u > R && u < T;
			const sinks = volunteer ? first[u + 1] - sinkFrom[u] : 0;
			const end = first[u + 1];
			const pu = pot[u];
			let advanced = false;
			for (; ; arc[u]++) {
				const k = arc[u];
				let e: number;
				if (!volunteer) {
					if (k >= end) break;
					e = k;
				} else if (k < sinks) e = sinkFrom[u] + k;
				else if (k - sinks < liveCount[u]) e = live[first[u] + k - sinks];
				else break;
				const v = to[e];
				if (cap[e] <= 0 || dead[v] || onPath[v] === id) continue;
				if (cost[e] + pu - pot[v] > eps) continue;
				pathEdge[top] = e;
				stack[++top] = v;
				onPath[v] = id;
				advanced = true;
				break;
			}
			if (!advanced) {
				dead[u] = 1;
				onPath[u] = 0;
				top--;
				if (top >= 0) arc[stack[top]]++;
			}
		}
		if (!pushed) return;
	}
}

/**
 * Minimum-cost flow by successive shortest paths on the network described above. Returns
 * the flow (in units) on each request → volunteer edge, in the order of `instance.edges`.
 *
 * The residual network is stored compactly (each node's arcs side by side in typed arrays,
 * `rev` pointing to the opposite arc): the hundreds of Dijkstra rounds of a city-sized
 * instance then read memory in order instead of chasing linked lists.
 */
export function minCostFlow(instance: AssignmentInstance): number[] {
	const R = instance.demands.length;
	const V = instance.capacities.length;
	const S = 0;
	const T = R + V + 1;
	const n = T + 1;
	const spread = instance.spreadCost ?? 0;
	const reward = (r: number) => instance.rewards?.[r] ?? defaultReward;

	// The arcs as a list first (tail, head, capacity, cost), then placed per tail node.
	const arcCount = R + instance.edges.length + 2 * V;
	const tail = new Int32Array(arcCount);
	const headOf = new Int32Array(arcCount);
	const capOf = new Float64Array(arcCount);
	const costOf = new Float64Array(arcCount);
	let count = 0;
	const add = (u: number, v: number, c: number, w: number) => {
		tail[count] = u;
		headOf[count] = v;
		capOf[count] = c;
		costOf[count] = w;
		return count++;
	};
	const pot = new Float64Array(n);
	// Every request starts at the potential of the most rewarding one, so the source edges
	// of less rewarding requests keep a positive reduced cost: Dijkstra only reaches them
	// once the more rewarding ones are served (instead of scanning every request each round).
	let lowest = 0;
	for (let r = 0; r < R; r++) {
		add(S, 1 + r, instance.demands[r], -reward(r) / instance.demands[r]);
		lowest = Math.min(lowest, -reward(r) / instance.demands[r]);
	}
	for (let r = 0; r < R; r++) pot[1 + r] = lowest;
	const requestArc = new Int32Array(instance.edges.length);
	const volunteerPot = new Float64Array(V).fill(Infinity);
	instance.edges.forEach((e, i) => {
		const d = instance.demands[e.request];
		const w = e.cost / d;
		requestArc[i] = add(1 + e.request, 1 + R + e.volunteer, d, w);
		volunteerPot[e.volunteer] = Math.min(volunteerPot[e.volunteer], pot[1 + e.request] + w);
	});
	let sinkPot = 0;
	for (let v = 0; v < V; v++) {
		const c = instance.capacities[v];
		if (spread > 0 && c > calmUnits(c)) {
			add(1 + R + v, T, calmUnits(c), 0);
			add(1 + R + v, T, c - calmUnits(c), spread);
		} else add(1 + R + v, T, c, 0);
		if (Number.isFinite(volunteerPot[v])) {
			pot[1 + R + v] = volunteerPot[v];
			sinkPot = Math.min(sinkPot, volunteerPot[v]);
		}
	}
	pot[T] = sinkPot;

	// Residual arcs: arc 2i+? → positions. Each arc and its reverse get a slot at their tail.
	const m = 2 * count;
	const first = new Int32Array(n + 1);
	for (let a = 0; a < count; a++) {
		first[tail[a] + 1]++;
		first[headOf[a] + 1]++;
	}
	for (let u = 0; u < n; u++) first[u + 1] += first[u];
	const fill = first.slice(0, n);
	const to = new Int32Array(m);
	const cap = new Float64Array(m);
	const cost = new Float64Array(m);
	const rev = new Int32Array(m);
	const forwardAt = new Int32Array(count);
	for (let a = 0; a < count; a++) {
		const u = tail[a];
		const v = headOf[a];
		const f = fill[u]++;
		const b = fill[v]++;
		to[f] = v;
		cap[f] = capOf[a];
		cost[f] = costOf[a];
		rev[f] = b;
		to[b] = u;
		cap[b] = 0;
		cost[b] = -costOf[a];
		rev[b] = f;
		forwardAt[a] = f;
	}

	// A volunteer has an arc back to every request that could go to them, but only the few
	// that send them flow have residual capacity: those are kept in a short list per
	// volunteer (at the start of the volunteer's range in `live`), so neither Dijkstra nor
	// the augmenting search walks past the empty ones. The arcs to the sink come last in
	// each volunteer's range.
	const sinkFrom = new Int32Array(n);
	for (let u = R + 1; u < T; u++) {
		let e = first[u + 1];
		while (e > first[u] && to[e - 1] === T) e--;
		sinkFrom[u] = e;
	}
	const net: Network = {
		n,
		R,
		T,
		first,
		to,
		cap,
		cost,
		rev,
		pot,
		sinkFrom,
		live: new Int32Array(m),
		liveCount: new Int32Array(n),
		inLive: new Uint8Array(m),
		dist: new Float64Array(n),
		done: new Uint8Array(n),
		heap: new Heap(1024),
		deferred: new Int32Array(R),
		bound: Infinity,
		arc: new Int32Array(n),
		dead: new Uint8Array(n),
		onPath: new Int32Array(n),
		pushId: 0,
		stack: new Int32Array(n + 1),
		pathEdge: new Int32Array(n + 1)
	};
	for (;;) {
		if (!shortestPaths(net)) break;
		const dT = net.dist[T];
		// The real cost of a shortest path: stop once another unit no longer lowers the total.
		if (dT + pot[T] - pot[S] >= -eps) break;
		net.bound = 2 * dT + 1;
		for (let u = 0; u < n; u++) pot[u] += net.done[u] ? net.dist[u] : dT;
		// Every edge on a shortest path now has reduced cost 0: push along as many of them
		// as there are (depth-first, skipping dead ends) before the next Dijkstra.
		augmentAll(net);
	}
	return Array.from(requestArc, (a) => cap[rev[forwardAt[a]]]);
}

/**
 * The optimal assignment: min-cost flow, rounded to whole requests, then repaired. Never
 * returns fewer assigned requests than the greedy baseline, nor (with as many) a higher
 * cost: in the rare case rounding leaves it behind, the better of the two is returned
 * and `method` says so.
 */
export function solveAssignment(instance: AssignmentInstance): AssignmentResult {
	const R = instance.demands.length;
	const flow = minCostFlow(instance);
	const free = [...instance.capacities];
	const volunteerOf = new Array<number>(R).fill(-1);
	const partial: { request: number; edges: { volunteer: number; flow: number }[] }[] = [];
	const byRequestFlow = new Map<number, { volunteer: number; flow: number }[]>();
	instance.edges.forEach((e, i) => {
		if (flow[i] <= 0) return;
		const list = byRequestFlow.get(e.request) ?? [];
		list.push({ volunteer: e.volunteer, flow: flow[i] });
		byRequestFlow.set(e.request, list);
	});
	for (const [request, list] of byRequestFlow) {
		const whole = list.find((x) => x.flow >= instance.demands[request]);
		if (whole) {
			volunteerOf[request] = whole.volunteer;
			free[whole.volunteer] -= instance.demands[request];
		} else partial.push({ request, edges: list.sort((a, b) => b.flow - a.flow) });
	}
	for (const p of partial) {
		const fit = p.edges.find((x) => free[x.volunteer] >= instance.demands[p.request]);
		if (fit) {
			volunteerOf[p.request] = fit.volunteer;
			free[fit.volunteer] -= instance.demands[p.request];
		}
	}
	const byRequest = edgesByRequest(instance);
	new LocalSearch(instance, volunteerOf, free, byRequest).run();
	const mine = evaluate(instance, volunteerOf, byRequest);
	const greedy = greedyAssignment(instance, byRequest);
	if (
		greedy.assigned > mine.assigned ||
		(greedy.assigned === mine.assigned && greedy.cost < mine.cost)
	) {
		return { ...greedy, greedy };
	}
	return { volunteerOf, assigned: mine.assigned, cost: mine.cost, method: 'flow', greedy };
}

/**
 * Local search after rounding, on shared state (who is where, free hours, cost per pair):
 * place left-out requests (most rewarding first) at their cheapest candidate with free
 * hours, or by moving one request already there to another of its candidates; move an
 * assigned request to a cheaper candidate with free hours; let a left-out request take the
 * place of a costlier one of no more worth. A few passes, until nothing changes.
 */
class LocalSearch {
	private byRequest: AssignmentEdge[][];
	private byVolunteer: Set<number>[];
	/** the cost of each request's pair where it is now (only read while it is placed) */
	private placedCost: Float64Array;
	constructor(
		private instance: AssignmentInstance,
		private volunteerOf: number[],
		private free: number[],
		byRequest: AssignmentEdge[][]
	) {
		this.byRequest = byRequest;
		this.byVolunteer = instance.capacities.map(() => new Set<number>());
		this.placedCost = new Float64Array(volunteerOf.length);
		volunteerOf.forEach((v, r) => {
			if (v < 0) return;
			this.byVolunteer[v].add(r);
			// sorted by cost: the first edge to v is the pair's (cheapest) cost
			this.placedCost[r] = byRequest[r].find((e) => e.volunteer === v)!.cost;
		});
	}
	private reward(r: number) {
		return this.instance.rewards?.[r] ?? defaultReward;
	}
	private place(r: number, v: number, cost: number) {
		this.volunteerOf[r] = v;
		this.placedCost[r] = cost;
		this.free[v] -= this.instance.demands[r];
		this.byVolunteer[v].add(r);
	}
	private unplace(r: number) {
		const v = this.volunteerOf[r];
		this.volunteerOf[r] = -1;
		this.free[v] += this.instance.demands[r];
		this.byVolunteer[v].delete(r);
	}
	run() {
		for (let pass = 0; pass < 4; pass++) {
			let changed = this.insertLeftOut();
			changed = this.moveCheaper() || changed;
			changed = this.replaceCostlier() || changed;
			if (!changed) break;
		}
	}
	private leftOut() {
		const d = this.instance.demands;
		return this.volunteerOf
			.map((v, r) => (v < 0 && this.byRequest[r].length ? r : -1))
			.filter((r) => r >= 0)
			.sort((a, b) => this.reward(b) - this.reward(a) || d[a] - d[b] || a - b);
	}
	private insertLeftOut(): boolean {
		const d = this.instance.demands;
		let changed = false;
		for (const r of this.leftOut()) {
			const direct = this.byRequest[r].find((e) => this.free[e.volunteer] >= d[r]);
			if (direct) {
				this.place(r, direct.volunteer, direct.cost);
				changed = true;
				continue;
			}
			// One move: some request r2 at v goes to another volunteer w with the hours.
			let best: { v: number; r2: number; w: number; delta: number; c: number; c2: number } | null =
				null;
			for (const e of this.byRequest[r]) {
				const v = e.volunteer;
				for (const r2 of this.byVolunteer[v]) {
					if (this.free[v] + d[r2] < d[r]) continue;
					for (const e2 of this.byRequest[r2]) {
						const w = e2.volunteer;
						if (w === v || this.free[w] < d[r2]) continue;
						const delta = e.cost + e2.cost - this.placedCost[r2];
						if (!best || delta < best.delta) best = { v, r2, w, delta, c: e.cost, c2: e2.cost };
						break; // sorted by cost: the first fitting w is the cheapest
					}
				}
			}
			if (best) {
				this.unplace(best.r2);
				this.place(best.r2, best.w, best.c2);
				this.place(r, best.v, best.c);
				changed = true;
			}
		}
		return changed;
	}
	private moveCheaper(): boolean {
		const d = this.instance.demands;
		let changed = false;
		for (let r = 0; r < this.volunteerOf.length; r++) {
			const v = this.volunteerOf[r];
			if (v < 0) continue;
			const current = this.placedCost[r];
			// what leaving v saves in spread cost (0 without one)
			const usedV = this.instance.capacities[v] - this.free[v];
			const leave =
				spreadCostOf(this.instance, v, usedV) - spreadCostOf(this.instance, v, usedV - d[r]);
			const better = this.byRequest[r].find((e) => {
				const w = e.volunteer;
				if (w === v || this.free[w] < d[r]) return false;
				const usedW = this.instance.capacities[w] - this.free[w];
				const join =
					spreadCostOf(this.instance, w, usedW + d[r]) - spreadCostOf(this.instance, w, usedW);
				return e.cost + join < current + leave;
			});
			if (better) {
				this.unplace(r);
				this.place(r, better.volunteer, better.cost);
				changed = true;
			}
		}
		return changed;
	}
	private replaceCostlier(): boolean {
		const d = this.instance.demands;
		let changed = false;
		for (const r of this.leftOut()) {
			for (const e of this.byRequest[r]) {
				const v = e.volunteer;
				let worst = -1;
				let worstCost = e.cost;
				for (const r2 of this.byVolunteer[v]) {
					if (this.reward(r2) > this.reward(r)) continue;
					if (this.free[v] + d[r2] < d[r]) continue;
					const c2 = this.placedCost[r2];
					if (c2 > worstCost) {
						worst = r2;
						worstCost = c2;
					}
				}
				if (worst >= 0) {
					this.unplace(worst);
					this.place(r, v, e.cost);
					changed = true;
					break;
				}
			}
		}
		return changed;
	}
}
