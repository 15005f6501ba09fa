import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor } from '../../src/lib/server/db/session';
import {
	importNeighbourhoods,
	isAdmin,
	listAreas,
	readBoundaries,
	setWorkerArea
} from '../../src/lib/server/areas';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Admins manage neighbourhoods (GeoJSON import) and workers' areas; nobody else can.

let db: TestDatabase;
const a = {} as Record<'anon' | 'resident' | 'worker' | 'admin', Actor>;
const { as, denied } = roleQueries(() => db);
const square = (x: number, y: number) => [
	[
		[x, y],
		[x + 0.01, y],
		[x + 0.01, y + 0.01],
		[x, y + 0.01],
		[x, y]
	]
];
const file = (names: [string, string][]) =>
	JSON.stringify({
		type: 'FeatureCollection',
		features: names.map(([code, name], i) => ({
			type: 'Feature',
			properties: { buurtcode: code, buurtnaam: name, gemeentenaam: 'Alphen aan den Rijn' },
			geometry: { type: 'Polygon', coordinates: square(4.6 + i * 0.02, 52.1) }
		}))
	});
const options = { name_property: '', code_property: '', municipality: 'Alphen aan den Rijn' };

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.anon = null;
	a.resident = { id: await userId(db, 'sanne@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') };
	a.admin = { id: await userId(db, 'beheer@kring.example') };
}, 120_000);
afterAll(() => db?.close());

describe('neighbourhood import', () => {
	it('an admin imports a CBS-style file; a second import updates by code', async () => {
		expect(await isAdmin(db, a.admin)).toBe(true);
		expect(await isAdmin(db, a.worker)).toBe(false);
		// The demo's Centrum may already carry a map code; a file with that code updates it.
		const [{ code }] = await as<{ code: string | null }>(
			a.anon,
			`select code from public.neighbourhoods where slug = 'centrum'`
		);
		const centrum = code ?? 'BU04840102';
		const first = readBoundaries(
			file([
				['BU04840101', 'Oude Dorp'],
				[centrum, 'Centrum']
			]),
			options
		);
		expect(first.problems).toEqual([]);
		// "Centrum" exists (by its code, or made by hand without one): it is updated.
		expect(await importNeighbourhoods(db, a.admin, first.neighbourhoods)).toEqual({
			added: 1,
			updated: 1
		});
		const again = readBoundaries(
			file([
				['BU04840101', 'Oude Dorp-Noord'],
				[centrum, 'Centrum']
			]),
			options
		);
		expect(await importNeighbourhoods(db, a.admin, again.neighbourhoods)).toEqual({
			added: 0,
			updated: 2
		});
		const rows = await as<{ name: string; code: string; has: boolean }>(
			a.anon,
			`select name, code, boundary is not null as has from public.neighbourhoods
			 where code = any ($1) order by name`,
			[['BU04840101', centrum]]
		);
		expect(rows).toEqual([
			{ name: 'Centrum', code: centrum, has: true },
			{ name: 'Oude Dorp-Noord', code: 'BU04840101', has: true }
		]);
	});

	it('workers, residents and anonymous visitors cannot add or change neighbourhoods', async () => {
		const { neighbourhoods } = readBoundaries(file([['BU09990001', 'Nergens']]), options);
		for (const who of [a.worker, a.resident]) {
			await expect(importNeighbourhoods(db, who, neighbourhoods)).rejects.toThrow(
				/row-level security/
			);
			expect(
				await denied(
					who,
					`update public.neighbourhoods set boundary = null where code = 'BU04840101' returning id`
				)
			).toBe(true);
		}
		expect(
			await denied(
				a.anon,
				`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
				 values ('x', 'X', 'Y', 52, 4) returning id`
			)
		).toBe(true);
	});
});

describe("workers' areas", () => {
	it('an admin sets which neighbourhoods a worker covers; the worker cannot', async () => {
		const { neighbourhoods, workers } = await listAreas(db, a.admin);
		const fatima = workers.find((w) => w.id === a.worker!.id)!;
		expect(fatima.neighbourhood_ids).toHaveLength(1);
		const ids = neighbourhoods.filter((n) => n.slug !== 'kerk-en-zanen').map((n) => n.id);
		expect(await setWorkerArea(db, a.admin, a.worker!.id, ids)).toBe(true);
		const after = (await listAreas(db, a.admin)).workers.find((w) => w.id === a.worker!.id)!;
		expect([...after.neighbourhood_ids].sort()).toEqual([...ids].sort());
		// The worker cannot widen their own area, directly or through the app.
		const kz = neighbourhoods.find((n) => n.slug === 'kerk-en-zanen')!.id;
		expect(await setWorkerArea(db, a.worker, a.worker!.id, [...ids, kz])).toBe(false);
		expect(
			await denied(
				a.worker,
				`insert into public.worker_areas (worker_id, neighbourhood_id) values ($1, $2) returning worker_id`,
				[a.worker!.id, kz]
			)
		).toBe(true);
		expect(await setWorkerArea(db, a.resident, a.worker!.id, [])).toBe(false);
		// Admins narrow it again; what is left out is gone.
		expect(await setWorkerArea(db, a.admin, a.worker!.id, [ids[0]])).toBe(true);
		const narrowed = (await listAreas(db, a.admin)).workers.find((w) => w.id === a.worker!.id)!;
		expect(narrowed.neighbourhood_ids).toEqual([ids[0]]);
		// Not a worker: nothing to set.
		expect(await setWorkerArea(db, a.admin, a.resident!.id, [ids[0]])).toBe(false);
	});
});
