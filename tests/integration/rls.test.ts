import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Row-level security per table and role, on the demo town. Every role has allowed
// and denied cases; denied writes either raise or touch no row.
let db: TestDatabase;
const actors: Record<'anon' | 'resident' | 'member' | 'host' | 'worker' | 'admin', Actor> = {
	anon: null,
	resident: null,
	member: null,
	host: null,
	worker: null,
	admin: null
};
let cafe: string; // autism café: public, approval
let privateCircle: string; // young carers: private
let debtCircle: string; // open, public

const { as, denied } = roleQueries(
	() => db,
	/permission denied|row-level security|violates|publish_not_allowed/i
);
beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	actors.resident = { id: await userId(db, 'sanne@kring.example') };
	actors.host = { id: await userId(db, 'mohamed@kring.example') };
	actors.worker = { id: await userId(db, 'fatima@kring.example') };
	actors.admin = { id: await userId(db, 'beheer@kring.example') };
	const ids = await db.query<{ slug: string; id: string }>('select slug, id from public.circles');
	const bySlug = Object.fromEntries(ids.map((r) => [r.slug, r.id]));
	cafe = bySlug['autisme-cafe-ridderveld'];
	privateCircle = bySlug['jonge-mantelzorgers'];
	debtCircle = bySlug['samen-uit-de-schulden'];
	const [member] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
		[cafe]
	);
	actors.member = { id: member.user_id };
});
afterAll(() => db?.close());

describe('neighbourhoods and themes', () => {
	it('everyone reads them, also anonymous visitors', async () => {
		for (const actor of Object.values(actors)) {
			expect((await as(actor, 'select slug from public.themes')).length).toBeGreaterThan(15);
			expect(await as(actor, 'select slug from public.neighbourhoods')).toHaveLength(3);
		}
	});
	it('only admins change them', async () => {
		for (const key of ['anon', 'resident', 'member', 'host', 'worker'] as const) {
			expect(
				await denied(
					actors[key],
					`insert into public.themes (slug, label_nl, label_en) values ('x-${key}', 'x', 'x') returning slug`
				),
				key
			).toBe(true);
			expect(
				await denied(actors[key], `update public.neighbourhoods set name = 'Hacked' returning id`),
				key
			).toBe(true);
			expect(await denied(actors[key], `delete from public.themes returning slug`), key).toBe(true);
		}
		const added = await as(
			actors.admin,
			`insert into public.themes (slug, label_nl, label_en) values ('hoarding', 'Verzamelwoede', 'Hoarding') returning slug`
		);
		expect(added).toEqual([{ slug: 'hoarding' }]);
	});
});

describe('profiles', () => {
	it('anonymous visitors read no profile', async () => {
		expect(await denied(actors.anon, 'select id from public.profiles')).toBe(true);
	});
	it('a resident reads only their own profile', async () => {
		const rows = await as<{ id: string }>(actors.resident, 'select id from public.profiles');
		expect(rows.map((r) => r.id)).toEqual([actors.resident!.id]);
	});
	it('members read their own profile only; fellow members’ names through public_name()', async () => {
		// A profile row holds the real name behind a pseudonym (issue 10, hole 2).
		const rows = await as<{ id: string }>(actors.member, 'select id from public.profiles');
		expect(rows.map((r) => r.id)).toEqual([actors.member!.id]);
		const [fellow] = await as<{ name: string | null }>(
			actors.member,
			'select private.public_name($1) as name',
			[actors.host!.id]
		);
		expect(fellow.name).toBeTruthy();
		const [stranger] = await as<{ name: string | null }>(
			actors.member,
			'select private.public_name($1) as name',
			[actors.resident!.id]
		);
		expect(stranger.name).toBeNull();
	});
	it('a worker does not read residents outside their circles', async () => {
		expect(
			await denied(actors.worker, 'select id from public.profiles where id = $1', [
				actors.resident!.id
			])
		).toBe(true);
	});
	it('admins read everyone’s public name, but no one else’s profile row (issue 10, hole 2)', async () => {
		expect(
			await denied(actors.admin, 'select display_name from public.profiles where id = $1', [
				actors.resident!.id
			])
		).toBe(true);
		const [{ named }] = await as<{ named: number }>(
			actors.admin,
			`select count(private.public_name(m.user_id))::int as named from public.memberships m`
		);
		expect(named).toBeGreaterThan(80);
	});
	it('people edit their own name but not their roles, nor anyone else', async () => {
		const [row] = await as<{ display_name: string }>(
			actors.resident,
			`update public.profiles set display_name = 'Sanne' where id = $1 returning display_name`,
			[actors.resident!.id]
		);
		expect(row.display_name).toBe('Sanne');
		expect(
			await denied(
				actors.resident,
				`update public.profiles set roles = '{admin}' where id = $1 returning id`,
				[actors.resident!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.member,
				`update public.profiles set display_name = 'x' where id = $1 returning id`,
				[actors.host!.id]
			)
		).toBe(true);
		expect(
			await denied(actors.anon, `update public.profiles set display_name = 'x' returning id`)
		).toBe(true);
	});
	it('nobody inserts or deletes profiles directly', async () => {
		for (const key of ['resident', 'worker', 'admin'] as const) {
			expect(await denied(actors[key], `delete from public.profiles returning id`), key).toBe(true);
			expect(
				await denied(
					actors[key],
					`insert into public.profiles (id, display_name) values (gen_random_uuid(), 'x') returning id`
				),
				key
			).toBe(true);
		}
	});
});

describe('circles', () => {
	const visible = async (actor: Actor, id: string) =>
		(await as(actor, 'select id from public.circles where id = $1', [id])).length === 1;

	it('public circles are visible to everyone, private ones only to members, workers and admins', async () => {
		expect(await visible(actors.anon, cafe)).toBe(true);
		expect(await visible(actors.anon, privateCircle)).toBe(false);
		expect(await visible(actors.resident, privateCircle)).toBe(false);
		expect(await visible(actors.member, privateCircle)).toBe(false);
		expect(await visible(actors.worker, privateCircle)).toBe(true);
		expect(await visible(actors.admin, privateCircle)).toBe(true);
		const [host] = await db.query<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'host'`,
			[privateCircle]
		);
		expect(await visible({ id: host.user_id }, privateCircle)).toBe(true);
	});

	it('anonymous visitors cannot start circles', async () => {
		expect(
			await denied(
				actors.anon,
				`insert into public.circles (slug, name, description, theme_slugs) values ('a-b', 'Anon', 'A circle by nobody', '{grief}') returning id`
			)
		).toBe(true);
	});

	it('a resident proposes a circle and becomes its host, but cannot publish it', async () => {
		const [row] = await as<{ id: string; status: string }>(
			actors.resident,
			`insert into public.circles (slug, name, description, theme_slugs, created_by)
			 values ('wandelen-na-verlies', 'Wandelen na verlies', 'Samen wandelen en praten over verlies.', '{grief}', $1)
			 returning id, status`,
			[actors.resident!.id]
		);
		expect(row.status).toBe('proposed');
		const hosts = await as<{ role: string }>(
			actors.resident,
			'select role from public.memberships where circle_id = $1 and user_id = $2',
			[row.id, actors.resident!.id]
		);
		expect(hosts).toEqual([{ role: 'host' }]);
		expect(
			await denied(
				actors.resident,
				`update public.circles set status = 'published' where id = $1 returning id`,
				[row.id]
			)
		).toBe(true);
		// Others do not see a proposal yet.
		expect(await visible(actors.member, row.id)).toBe(false);
		expect(await visible(actors.anon, row.id)).toBe(false);
	});

	it("a resident cannot start a circle in someone else's name or publish directly", async () => {
		expect(
			await denied(
				actors.resident,
				`insert into public.circles (slug, name, description, theme_slugs, created_by) values ('x-y', 'Name x', 'Not mine to start', '{grief}', $1) returning id`,
				[actors.host!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.resident,
				`insert into public.circles (slug, name, description, theme_slugs, created_by, status) values ('x-z', 'Name z', 'Published straight away', '{grief}', $1, 'published') returning id`,
				[actors.resident!.id]
			)
		).toBe(true);
	});

	it('a worker publishes a circle directly', async () => {
		const [row] = await as<{ status: string }>(
			actors.worker,
			`insert into public.circles (slug, name, description, theme_slugs, created_by, status)
			 values ('schuldenkring-ridderveld', 'Schuldenkring Ridderveld', 'Samen uit de schulden in Ridderveld.', '{debt}', $1, 'published')
			 returning status`,
			[actors.worker!.id]
		);
		expect(row.status).toBe('published');
	});

	it('hosts edit their circle; members and strangers cannot', async () => {
		const [row] = await as<{ name: string }>(
			actors.host,
			`update public.circles set meeting_note = 'Elke tweede dinsdag, 19.30 uur' where id = $1 returning name`,
			[cafe]
		);
		expect(row.name).toBe('Autisme-café Ridderveld');
		for (const key of ['anon', 'resident', 'member', 'worker'] as const) {
			expect(
				await denied(
					actors[key],
					`update public.circles set name = 'Overgenomen' where id = $1 returning id`,
					[cafe]
				),
				key
			).toBe(true);
		}
	});

	it('only admins delete circles', async () => {
		for (const key of ['anon', 'resident', 'member', 'host', 'worker'] as const) {
			expect(
				await denied(actors[key], `delete from public.circles where id = $1 returning id`, [
					debtCircle
				]),
				key
			).toBe(true);
		}
		const removed = await as(
			actors.admin,
			`delete from public.circles where slug = 'schuldenkring-ridderveld' returning id`
		);
		expect(removed).toHaveLength(1);
	});

	it('rejects unknown themes', async () => {
		await expect(
			as(
				actors.worker,
				`insert into public.circles (slug, name, description, theme_slugs, created_by) values ('q-q', 'Quux circle', 'Theme does not exist', '{quux}', $1)`,
				[actors.worker!.id]
			)
		).rejects.toThrow(/unknown theme/);
	});
});

describe('memberships', () => {
	it('anonymous visitors see no memberships', async () => {
		expect(await denied(actors.anon, 'select user_id from public.memberships')).toBe(true);
	});
	it('members see who is in their circle; strangers do not', async () => {
		const mine = await as(
			actors.member,
			'select user_id from public.memberships where circle_id = $1',
			[cafe]
		);
		expect(mine.length).toBeGreaterThan(1);
		expect(
			await denied(actors.resident, 'select user_id from public.memberships where circle_id = $1', [
				cafe
			])
		).toBe(true);
	});
	it('a resident joins an open circle themselves, and leaves it again', async () => {
		// Only through join_circle: nobody writes memberships directly (issue 10, holes 1–2).
		expect(
			await denied(
				actors.resident,
				`insert into public.memberships (circle_id, user_id) values ($1, $2) returning role`,
				[debtCircle, actors.resident!.id]
			)
		).toBe(true);
		const joined = await as(actors.resident, `select public.join_circle($1) as outcome`, [
			debtCircle
		]);
		expect(joined).toEqual([{ outcome: 'joined' }]);
		const left = await as(
			actors.resident,
			'delete from public.memberships where circle_id = $1 and user_id = $2 returning user_id',
			[debtCircle, actors.resident!.id]
		);
		expect(left).toHaveLength(1);
	});
	it('nobody joins an approval or private circle directly, makes themselves host, or adds others', async () => {
		expect(
			await denied(
				actors.resident,
				`insert into public.memberships (circle_id, user_id) values ($1, $2) returning role`,
				[cafe, actors.resident!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.resident,
				`insert into public.memberships (circle_id, user_id) values ($1, $2) returning role`,
				[privateCircle, actors.resident!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.resident,
				`insert into public.memberships (circle_id, user_id, role) values ($1, $2, 'host') returning role`,
				[debtCircle, actors.resident!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.member,
				`insert into public.memberships (circle_id, user_id) values ($1, $2) returning role`,
				[debtCircle, actors.resident!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.anon,
				`insert into public.memberships (circle_id, user_id) values ($1, $2) returning role`,
				[debtCircle, actors.resident!.id]
			)
		).toBe(true);
	});
	it('hosts add nobody but remove members; members cannot remove others', async () => {
		expect(
			await denied(
				actors.host,
				`insert into public.memberships (circle_id, user_id) values ($1, $2) returning role`,
				[cafe, actors.resident!.id]
			)
		).toBe(true);
		await db.query(`insert into public.memberships (circle_id, user_id) values ($1, $2)`, [
			cafe,
			actors.resident!.id
		]);
		expect(
			await denied(
				actors.member,
				'delete from public.memberships where circle_id = $1 and user_id = $2 returning user_id',
				[cafe, actors.resident!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.member,
				`update public.memberships set role = 'host' where circle_id = $1 and user_id = $2 returning role`,
				[cafe, actors.member!.id]
			)
		).toBe(true);
		const removed = await as(
			actors.host,
			'delete from public.memberships where circle_id = $1 and user_id = $2 returning user_id',
			[cafe, actors.resident!.id]
		);
		expect(removed).toHaveLength(1);
	});
	it('workers read memberships of their area only, and do not change them', async () => {
		// Fatima's area is Centrum; the café meets in Ridderveld.
		const [{ id: centrum }] = await db.query<{ id: string }>(
			`select id from public.circles where slug = 'pleegouderkring-alphen'`
		);
		const members = (circle: string) =>
			as(actors.worker, 'select user_id from public.memberships where circle_id = $1', [circle]);
		expect((await members(centrum)).length).toBeGreaterThan(1);
		expect(await members(cafe)).toEqual([]);
		expect(
			(
				await as(actors.admin, 'select user_id from public.memberships where circle_id = $1', [
					cafe
				])
			).length
		).toBeGreaterThan(1);
		expect(
			await denied(
				actors.worker,
				'delete from public.memberships where circle_id = $1 returning user_id',
				[cafe]
			)
		).toBe(true);
	});
});

describe('questions', () => {
	it('a resident asks, reads, edits and removes only their own questions', async () => {
		const [q] = await as<{ id: string }>(
			actors.resident,
			`insert into public.questions (body, theme_slugs) values ('Mijn zoon heeft autisme, wie herkent dit?', '{autism}') returning id`
		);
		const mine = await as(actors.resident, 'select id from public.questions');
		expect(mine).toEqual([{ id: q.id }]);
		const paused = await as(
			actors.resident,
			`update public.questions set status = 'paused' where id = $1 returning status`,
			[q.id]
		);
		expect(paused).toEqual([{ status: 'paused' }]);
		for (const key of ['anon', 'member', 'host', 'worker', 'admin'] as const) {
			expect(
				await denied(actors[key], 'select id from public.questions where id = $1', [q.id]),
				key
			).toBe(true);
			expect(
				await denied(
					actors[key],
					`update public.questions set body = 'changed by someone else' where id = $1 returning id`,
					[q.id]
				),
				key
			).toBe(true);
			expect(
				await denied(actors[key], 'delete from public.questions where id = $1 returning id', [
					q.id
				]),
				key
			).toBe(true);
		}
		const removed = await as(
			actors.resident,
			'delete from public.questions where id = $1 returning id',
			[q.id]
		);
		expect(removed).toHaveLength(1);
	});
	it("nobody asks a question in someone else's name", async () => {
		expect(
			await denied(
				actors.member,
				`insert into public.questions (user_id, body) values ($1, 'A question that is not mine') returning id`,
				[actors.resident!.id]
			)
		).toBe(true);
		expect(
			await denied(
				actors.anon,
				`insert into public.questions (body) values ('Anonymous question here') returning id`
			)
		).toBe(true);
	});
});
