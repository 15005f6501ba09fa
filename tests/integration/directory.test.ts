import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, type Actor } from '../../src/lib/server/db/session';
import { searchCircles } from '../../src/lib/server/circles';
import {
	createDirectoryEntry,
	listDirectory,
	markDirectoryChecked,
	searchDirectory
} from '../../src/lib/server/directory';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Who does what: row-level security by direct SQL as each role, and matching of entries.

let db: TestDatabase;
const a = {} as Record<'anon' | 'resident' | 'worker' | 'otherWorker' | 'admin', Actor>;
let centrum: string;
let ridderveld: string;
let draftId: string;
let townId: string;
let ridderveldId: string;
let centrumId: string;

const { as, denied } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));

const insert = `insert into public.directory_entries (name, what, neighbourhood_id, published)
  values ($1, 'Doet iets nuttigs in de wijk.', $2, $3) returning id`;

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.anon = null;
	a.resident = { id: await userId(db, 'sanne@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') }; // Centrum
	a.otherWorker = { id: await userId(db, 'peter@kring.example') }; // Kerk en Zanen
	a.admin = { id: await userId(db, 'beheer@kring.example') };
	const ids = await service<{ slug: string; id: string }>(
		`select slug, id from public.neighbourhoods`
	);
	centrum = ids.find((n) => n.slug === 'centrum')!.id;
	ridderveld = ids.find((n) => n.slug === 'ridderveld')!.id;
	[{ id: draftId }] = await service<{ id: string }>(insert, ['Concept Centrum', centrum, false]);
	[{ id: townId }] = await service<{ id: string }>(
		`select id from public.directory_entries where name = 'Schuldhulpverlening Alphen'`
	);
	[{ id: ridderveldId }] = await service<{ id: string }>(
		`select id from public.directory_entries where name = 'Sociaal wijkteam Ridderveld'`
	);
	[{ id: centrumId }] = await service<{ id: string }>(
		`select id from public.directory_entries where name = 'Sociaal wijkteam Centrum'`
	);
}, 120_000);

afterAll(() => db?.close());

describe('row-level security of directory entries', () => {
	it('everyone reads the published entries; a draft only its keepers', async () => {
		for (const who of [a.anon, a.resident, a.otherWorker]) {
			const rows = await as<{ id: string }>(who, `select id from public.directory_entries`);
			expect(rows.length).toBeGreaterThanOrEqual(9);
			expect(rows.map((r) => r.id)).not.toContain(draftId);
		}
		for (const who of [a.worker, a.admin]) {
			const rows = await as(who, `select id from public.directory_entries where id = $1`, [
				draftId
			]);
			expect(rows).toHaveLength(1);
		}
	});

	it('anonymous visitors and residents write nothing', async () => {
		for (const who of [a.anon, a.resident]) {
			expect(await denied(who, insert, ['Nep', centrum, true])).toBe(true);
			expect(await denied(who, insert, ['Nep', null, true])).toBe(true);
			expect(
				await denied(
					who,
					`update public.directory_entries set name = 'Weg' where id = $1 returning id`,
					[townId]
				)
			).toBe(true);
			expect(
				await denied(who, `delete from public.directory_entries where id = $1 returning id`, [
					townId
				])
			).toBe(true);
		}
	});

	it('a worker writes within their own area only', async () => {
		const [mine] = await as<{ id: string }>(a.worker, insert, ['Nieuw in Centrum', centrum, true]);
		expect(mine.id).toMatch(/^[0-9a-f-]{36}$/);
		// Not in another neighbourhood, not town-wide.
		expect(await denied(a.worker, insert, ['Elders', ridderveld, true])).toBe(true);
		expect(await denied(a.worker, insert, ['Hele stad', null, true])).toBe(true);
		for (const id of [ridderveldId, townId]) {
			expect(
				await denied(
					a.worker,
					`update public.directory_entries set last_checked_at = now() where id = $1 returning id`,
					[id]
				)
			).toBe(true);
			expect(
				await denied(a.worker, `delete from public.directory_entries where id = $1 returning id`, [
					id
				])
			).toBe(true);
		}
		// Nor moves their own entry out of their area.
		expect(
			await denied(
				a.worker,
				`update public.directory_entries set neighbourhood_id = $2 where id = $1 returning id`,
				[mine.id, ridderveld]
			)
		).toBe(true);
		// Another neighbourhood's worker cannot touch it.
		expect(
			await denied(
				a.otherWorker,
				`update public.directory_entries set name = 'Overgenomen' where id = $1 returning id`,
				[mine.id]
			)
		).toBe(true);
		const removed = await as(
			a.worker,
			`delete from public.directory_entries where id = $1 returning id`,
			[mine.id]
		);
		expect(removed).toHaveLength(1);
	});

	it('a worker who covers a second neighbourhood keeps its entries too (worker_areas)', async () => {
		const check = `update public.directory_entries set last_checked_at = now() where id = $1 returning id`;
		expect(await denied(a.worker, check, [ridderveldId])).toBe(true);
		await as(
			a.admin,
			`insert into public.worker_areas (worker_id, neighbourhood_id) values ($1, $2)`,
			[a.worker!.id, ridderveld]
		);
		expect(await as(a.worker, check, [ridderveldId])).toHaveLength(1);
		await as(
			a.admin,
			`delete from public.worker_areas where worker_id = $1 and neighbourhood_id = $2`,
			[a.worker!.id, ridderveld]
		);
		expect(await denied(a.worker, check, [ridderveldId])).toBe(true);
	});

	it('admins write everywhere, also town-wide', async () => {
		const [row] = await as<{ id: string }>(a.admin, insert, ['Stadsbreed', null, true]);
		expect(row.id).toBeTruthy();
		const changed = await as(
			a.admin,
			`update public.directory_entries set name = 'Sociaal wijkteam Ridderveld' where id = $1 returning id`,
			[ridderveldId]
		);
		expect(changed).toHaveLength(1);
		await as(a.admin, `delete from public.directory_entries where id = $1`, [row.id]);
	});

	it('"last checked" is the moment of the check, never dated ahead or back', async () => {
		const [row] = await as<{ last_checked_at: Date }>(
			a.worker,
			`update public.directory_entries set last_checked_at = '2001-01-01' where id = $1
			 returning last_checked_at`,
			[centrumId]
		);
		expect(Math.abs(new Date(row.last_checked_at).getTime() - Date.now())).toBeLessThan(60_000);
	});

	it('the app marks an entry checked only for its keepers', async () => {
		await service(
			`update public.directory_entries set last_checked_at = now() - interval '300 days' where id = $1`,
			[ridderveldId]
		);
		expect(await markDirectoryChecked(db, a.worker, ridderveldId)).toBe(false);
		expect(await markDirectoryChecked(db, a.resident, ridderveldId)).toBe(false);
		expect(await markDirectoryChecked(db, a.admin, ridderveldId)).toBe(true);
		const entry = (await listDirectory(db, a.anon)).find((e) => e.id === ridderveldId)!;
		expect(Date.now() - new Date(entry.last_checked_at).getTime()).toBeLessThan(60_000);
		expect(entry.can_edit).toBe(false);
		expect(
			await createDirectoryEntry(db, a.worker, {
				kind: 'service',
				name: 'Elders',
				name_en: null,
				what: 'Doet iets nuttigs in de wijk.',
				what_en: null,
				for_whom: '',
				for_whom_en: null,
				hours: '',
				hours_en: null,
				phone: null,
				email: null,
				website: null,
				address: null,
				theme_slugs: [],
				neighbourhood_id: ridderveld,
				published: true
			})
		).toEqual({ error: 'not_allowed' });
	});
});

describe('matching directory entries', () => {
	it('"schulden" finds the debt circle and debt counselling side by side', async () => {
		const [circles, services] = await Promise.all([
			searchCircles(db, a.anon, { q: 'schulden' }, 6),
			searchDirectory(db, a.anon, 'schulden')
		]);
		expect(circles.map((c) => c.slug)).toContain('samen-uit-de-schulden');
		expect(services[0].entry.name).toBe('Schuldhulpverlening Alphen');
		expect(services.map((s) => s.entry.name)).toContain('Thuisadministratie Humanitas');
		expect(services.map((s) => s.entry.name)).not.toContain('113 Zelfmoordpreventie');
	});

	it('understands other words for the same need, in Dutch and English', async () => {
		for (const words of ['ik kom niet rond', 'rekeningen en aanmaningen', 'money worries']) {
			const found = await searchDirectory(db, a.anon, words);
			expect(found[0]?.entry.name, words).toMatch(/Schuldhulp|Thuisadministratie/);
		}
		const care = await searchDirectory(db, a.anon, 'ik zorg voor mijn moeder met dementie');
		expect(care[0].entry.name).toBe('Steunpunt Mantelzorg');
	});

	it('never offers a draft', async () => {
		const found = await searchDirectory(db, a.worker, 'Concept Centrum nuttigs');
		expect(found.map((f) => f.entry.id)).not.toContain(draftId);
	});
});
