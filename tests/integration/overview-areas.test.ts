import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, type Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Areas (issue 14 point 8): which neighbourhoods a worker covers is a table admins
// manage, and row-level security reads it, by direct SQL as each role.

let db: TestDatabase;
type Role = 'anon' | 'resident' | 'worker' | 'otherWorker' | 'admin';
const a = {} as Record<Role, Actor>;
const hood: Record<string, string> = {};
const request: Record<string, string> = {};

const { as, denied } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));

const covers = async (role: Role, slug: string) => {
	const [row] = await as<{ x: boolean }>(a[role], 'select private.worker_covers($1) as x', [
		hood[slug]
	]);
	return row.x;
};
const seesRequest = async (role: Role, slug: string) =>
	!(await denied(a[role], 'select id from public.help_requests where id = $1', [request[slug]]));

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.anon = null;
	a.resident = { id: await userId(db, 'sanne@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') };
	a.otherWorker = { id: await userId(db, 'peter@kring.example') };
	a.admin = { id: await userId(db, 'beheer@kring.example') };
	for (const r of await service<{ id: string; slug: string }>(
		'select id, slug from public.neighbourhoods'
	))
		hood[r.slug] = r.id;
	for (const slug of ['centrum', 'ridderveld']) {
		const [row] = await service<{ id: string }>(
			`insert into public.help_requests (requester_id, skill_slug, neighbourhood_id, time_slots, hours)
			 values ($1, 'transport', $2, '{2-evening}', 2) returning id`,
			[a.resident!.id, hood[slug]]
		);
		request[slug] = row.id;
	}
}, 120_000);
afterAll(() => db?.close());

describe('worker areas', () => {
	it("a worker's profile neighbourhood became their first area", async () => {
		const rows = await as<{ neighbourhood_id: string }>(
			a.worker,
			'select neighbourhood_id from public.worker_areas'
		);
		expect(rows.map((r) => r.neighbourhood_id)).toEqual([hood.centrum]);
		const peter = await as<{ neighbourhood_id: string }>(
			a.otherWorker,
			'select neighbourhood_id from public.worker_areas'
		);
		expect(peter.map((r) => r.neighbourhood_id)).toEqual([hood['kerk-en-zanen']]);
	});

	it('anon and residents read no areas; admins read all', async () => {
		expect(await denied(a.anon, 'select * from public.worker_areas')).toBe(true);
		expect(await denied(a.resident, 'select * from public.worker_areas')).toBe(true);
		const all = await as(a.admin, 'select * from public.worker_areas');
		expect(all.length).toBeGreaterThanOrEqual(2);
	});

	it('a worker cannot add to or take from an area, their own or another', async () => {
		for (const who of [a.worker, a.resident, a.otherWorker]) {
			expect(
				await denied(
					who,
					`insert into public.worker_areas (worker_id, neighbourhood_id) values ($1, $2) returning worker_id`,
					[a.worker!.id, hood.ridderveld]
				)
			).toBe(true);
		}
		expect(
			await denied(
				a.worker,
				'delete from public.worker_areas where worker_id = $1 returning worker_id',
				[a.worker!.id]
			)
		).toBe(true);
		expect(
			await denied(a.worker, 'update public.worker_areas set neighbourhood_id = $1', [
				hood.ridderveld
			])
		).toBe(true);
	});

	it('row-level security follows the area: the worker covers only their neighbourhoods', async () => {
		expect(await covers('worker', 'centrum')).toBe(true);
		expect(await covers('worker', 'ridderveld')).toBe(false);
		expect(await covers('otherWorker', 'centrum')).toBe(false);
		expect(await covers('resident', 'centrum')).toBe(false);
		expect(await covers('admin', 'ridderveld')).toBe(true);
		expect(await seesRequest('worker', 'centrum')).toBe(true);
		expect(await seesRequest('worker', 'ridderveld')).toBe(false);
		expect(await seesRequest('otherWorker', 'centrum')).toBe(false);
	});

	it('anon cannot call the helper', async () => {
		expect(await denied(a.anon, 'select private.worker_covers($1) as x', [hood.centrum])).toBe(
			true
		);
	});

	it('an admin widens an area, and the worker then sees that neighbourhood by RLS', async () => {
		const added = await as<{ added_by: string }>(
			a.admin,
			`insert into public.worker_areas (worker_id, neighbourhood_id) values ($1, $2) returning added_by`,
			[a.worker!.id, hood.ridderveld]
		);
		expect(added[0].added_by).toBe(a.admin!.id);
		expect(await covers('worker', 'ridderveld')).toBe(true);
		expect(await seesRequest('worker', 'ridderveld')).toBe(true);
		// Another worker in the area of the first sees nothing more.
		expect(await seesRequest('otherWorker', 'ridderveld')).toBe(false);
		await as(
			a.admin,
			'delete from public.worker_areas where worker_id = $1 and neighbourhood_id = $2',
			[a.worker!.id, hood.ridderveld]
		);
		expect(await seesRequest('worker', 'ridderveld')).toBe(false);
	});

	it('a worker who moves their own profile neighbourhood keeps their area', async () => {
		await as(a.worker, 'update public.profiles set neighbourhood_id = $1 where id = $2', [
			hood.ridderveld,
			a.worker!.id
		]);
		expect(await covers('worker', 'centrum')).toBe(true);
		expect(await covers('worker', 'ridderveld')).toBe(false);
	});

	it('a new worker gets their neighbourhood as first area; moving it by the service path moves the area', async () => {
		const [user] = await service<{ id: string }>(
			`insert into auth.users (email, raw_user_meta_data) values ('w-new@kring.example', '{"display_name":"Nieuw"}') returning id`
		);
		await service(
			`update public.profiles set roles = '{worker}', neighbourhood_id = $2 where id = $1`,
			[user.id, hood.ridderveld]
		);
		const first = await service<{ neighbourhood_id: string }>(
			'select neighbourhood_id from public.worker_areas where worker_id = $1',
			[user.id]
		);
		expect(first.map((r) => r.neighbourhood_id)).toEqual([hood.ridderveld]);
		// The service path (the seed, an admin tool) moves the profile neighbourhood.
		await service('update public.profiles set neighbourhood_id = $1 where id = $2', [
			hood.centrum,
			user.id
		]);
		const moved = await service<{ neighbourhood_id: string }>(
			'select neighbourhood_id from public.worker_areas where worker_id = $1',
			[user.id]
		);
		expect(moved.map((r) => r.neighbourhood_id)).toEqual([hood.centrum]);
	});
});

describe('neighbourhood boundaries', () => {
	const square = {
		type: 'Polygon',
		coordinates: [
			[
				[4.65, 52.12],
				[4.66, 52.12],
				[4.66, 52.13],
				[4.65, 52.13],
				[4.65, 52.12]
			]
		]
	};

	it('everyone reads them; only admins set them', async () => {
		expect(
			await denied(
				a.worker,
				'update public.neighbourhoods set boundary = $1 where id = $2 returning id',
				[square, hood.centrum]
			)
		).toBe(true);
		const [row] = await as<{ id: string }>(
			a.admin,
			`update public.neighbourhoods set boundary = $1, code = 'BU04840101' where id = $2 returning id`,
			[square, hood.centrum]
		);
		expect(row.id).toBe(hood.centrum);
		const [seen] = await as<{ boundary: { type: string } }>(
			a.anon,
			'select boundary from public.neighbourhoods where id = $1',
			[hood.centrum]
		);
		expect(seen.boundary.type).toBe('Polygon');
	});

	it('refuses what is not a polygon', async () => {
		await expect(
			service('update public.neighbourhoods set boundary = $1 where id = $2', [
				{ type: 'Point', coordinates: [4.6, 52.1] },
				hood.centrum
			])
		).rejects.toThrow(/check constraint/);
	});
});
