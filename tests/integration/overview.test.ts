import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/db/session';
import {
	loadOverview,
	overviewCsv,
	type CsvWords,
	type Overview
} from '../../src/lib/server/overview';
import { DEBT_WEEKS, STRUGGLING_CIRCLE } from '../../src/lib/server/overview/demo';
import { residents } from '../../src/lib/server/demo/town';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// The workers' overview on the demo town (issue 14 points 1, 2, 4 and 8): a worker sees
// only their area, counted and suppressed; the counting functions refuse everyone else.

let db: TestDatabase;
const a = {} as Record<'anon' | 'resident' | 'worker' | 'otherWorker' | 'admin', Actor>;
const hood: Record<string, string> = {};
const words = { hidden: '–' };
const { as, denied } = roleQueries(() => db);

const load = (who: Actor, chosen: string[] = []) =>
	loadOverview(db, who, chosen, 'nl', words) as Promise<Overview>;

const csvWords: CsvWords = {
	header: ['section', 'where', 'item', 'measure', 'value'],
	sections: {
		openByTheme: 'open',
		askedByWeek: 'weeks',
		growing: 'growing',
		circles: 'circles',
		proposals: 'proposals',
		helpWaiting: 'help',
		hours: 'hours',
		map: 'map'
	},
	measures: Object.fromEntries(
		[
			'open',
			'asked12',
			'asked',
			'earlier',
			'recent',
			'members',
			'messages',
			'gatherings',
			'waiting',
			'nextGathering',
			'attention',
			'people',
			'waitingLong',
			'volunteers',
			'available',
			'requests',
			'requested',
			'need',
			'total'
		].map((k) => [k, k])
	) as CsvWords['measures'],
	reasons: { no_gathering: 'no gathering', host_inactive: 'host inactive', full_waiting: 'full' },
	none: 'none'
};

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.anon = null;
	a.resident = { id: await userId(db, 'sanne@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') };
	a.otherWorker = { id: await userId(db, 'peter@kring.example') };
	a.admin = { id: await userId(db, 'beheer@kring.example') };
	for (const r of await db.query<{ id: string; slug: string }>(
		'select id, slug from public.neighbourhoods'
	))
		hood[r.slug] = r.id;
}, 120_000);
afterAll(() => db?.close());

/** Every figure in an overview, wherever it sits. */
function figures(o: unknown): { text: string; value: number | null }[] {
	const out: { text: string; value: number | null }[] = [];
	const walk = (v: unknown) => {
		if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') {
			if ('text' in v && 'value' in v && 'bound' in v) out.push(v as never);
			else Object.values(v).forEach(walk);
		}
	};
	walk(o);
	return out;
}

describe('the overview', () => {
	it('shows the demo worker her own neighbourhood only, even when she asks for another', async () => {
		const o = await load(a.worker, [hood.ridderveld]);
		expect(o.neighbourhoods.map((n) => n.slug)).toEqual(['centrum']);
		expect(o.selectedNames).toEqual(['Centrum']);
		expect(o.map.areas.map((m) => m.name)).toEqual(['Centrum']);
		expect(o.map.areas[0].d).toMatch(/^M/);
	});

	it('shows that debt questions grow in Centrum, with exact figures past suppression', async () => {
		const o = await load(a.worker);
		const debt = o.questions.growing.find((g) => g.slug === 'debt');
		const earlier = DEBT_WEEKS[4] + DEBT_WEEKS[5] + DEBT_WEEKS[6] + DEBT_WEEKS[7];
		expect(debt?.neighbourhood).toBe('Centrum');
		expect(debt?.earlier.value).toBe(earlier);
		expect(debt!.recent.value!).toBeGreaterThanOrEqual(37);
		expect(o.questions.byTheme[0].slug).toBe('debt');
		expect(o.questions.trend[0].weeks.map((w) => w.value).slice(-4)).toEqual(
			expect.arrayContaining([expect.any(Number)])
		);
	});

	it('puts the struggling circle first, with the reason', async () => {
		const o = await load(a.worker);
		const first = o.circles.rows[0];
		expect(o.circles.attention).toBeGreaterThanOrEqual(1);
		expect(first.slug).toBe(STRUGGLING_CIRCLE);
		expect(first.attention).toContain('host_inactive');
		const healthy = o.circles.rows.find((c) => c.slug === 'samen-uit-de-schulden');
		expect(healthy?.attention).toEqual([]);
	});

	it('shows no number of 1 to 4 and no resident by name', async () => {
		const o = await load(a.admin);
		const all = figures(o);
		expect(all.length).toBeGreaterThan(100);
		for (const f of all) {
			if (f.value !== null) expect(f.value === 0 || f.value >= 5, f.text).toBe(true);
			expect(f.text).not.toMatch(/^[1-4]$/);
		}
		expect(all.some((f) => f.text === '< 5')).toBe(true);
		const text = JSON.stringify(o) + overviewCsv(o, csvWords);
		for (const r of residents().slice(0, 20)) expect(text).not.toContain(r.name);
		expect(text).not.toContain('kring.example');
	});

	it('lets an admin look at any neighbourhood', async () => {
		const all = await load(a.admin);
		expect(all.isAdmin).toBe(true);
		expect(all.neighbourhoods).toHaveLength(3);
		const one = await load(a.admin, [hood.ridderveld]);
		expect(one.selectedNames).toEqual(['Ridderveld']);
		expect(one.circles.rows.every((c) => c.neighbourhood === 'Ridderveld')).toBe(true);
	});

	it('is nothing for a resident', async () => {
		expect(await loadOverview(db, a.resident, [], 'nl', words)).toBeNull();
		expect(await loadOverview(db, null, [], 'nl', words)).toBeNull();
	});

	it('exports the same figures as CSV', async () => {
		const o = await load(a.worker);
		const csv = overviewCsv(o, csvWords);
		expect(csv.split('\n')[0]).toContain('section,where,item,measure,value');
		expect(csv).toContain(`growing,Centrum,Schulden en geldzorgen,earlier,21`);
		expect(csv).toContain('< 5');
	});
});

describe('the counting functions, by direct SQL', () => {
	const fns = [
		'private.overview_questions',
		'private.overview_circles',
		'private.overview_help_requests',
		'private.overview_volunteer_hours'
	];
	it('count nothing for a resident or a worker of another area', async () => {
		for (const fn of fns) {
			const sql = `select * from ${fn}($1::uuid[])`;
			expect(await denied(a.resident, sql, [[hood.centrum]]), fn).toBe(true);
			expect(await denied(a.otherWorker, sql, [[hood.centrum]]), fn).toBe(true);
			expect(await denied(a.anon, sql, [[hood.centrum]]), fn).toBe(true);
		}
	});
	it("count the worker's own neighbourhood", async () => {
		const rows = await as<{ theme_slug: string; open_now: number }>(
			a.worker,
			'select * from private.overview_questions($1::uuid[])',
			[[hood.centrum, hood.ridderveld]]
		);
		expect(rows.length).toBeGreaterThan(0);
		expect(rows.every((r) => typeof r.open_now === 'number')).toBe(true);
		const circles = await as<{ neighbourhood_id: string }>(
			a.worker,
			'select * from private.overview_circles($1::uuid[])',
			[[hood.centrum, hood.ridderveld]]
		);
		expect(new Set(circles.map((c) => c.neighbourhood_id))).toEqual(new Set([hood.centrum]));
	});
});
