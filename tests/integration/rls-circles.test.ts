import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Row-level security for the tables of joining, gatherings, notifications, invitations
// and search, per role: anonymous visitor, resident, member, host, worker.
let db: TestDatabase;
const a: Record<'anon' | 'resident' | 'member' | 'host' | 'worker', Actor> = {
	anon: null,
	resident: null,
	member: null,
	host: null,
	worker: null
};
let cafe: string;
let privateCircle: string;
let privateHost: Actor;
let cafeGathering: string;
let privateGathering: string;

const { as, denied } = roleQueries(() => db);

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.resident = { id: await userId(db, 'sanne@kring.example') };
	a.host = { id: await userId(db, 'mohamed@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') };
	const circles = await db.query<{ slug: string; id: string }>(
		'select slug, id from public.circles'
	);
	const id = (slug: string) => circles.find((c) => c.slug === slug)!.id;
	cafe = id('autisme-cafe-ridderveld');
	privateCircle = id('jonge-mantelzorgers');
	const [member] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
		[cafe]
	);
	a.member = { id: member.user_id };
	const [ph] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'host'`,
		[privateCircle]
	);
	privateHost = { id: ph.user_id };
	[{ id: cafeGathering }] = await db.query<{ id: string }>(
		'select id from public.gatherings where circle_id = $1 order by starts_at limit 1',
		[cafe]
	);
	[{ id: privateGathering }] = await db.query<{ id: string }>(
		'select id from public.gatherings where circle_id = $1 order by starts_at limit 1',
		[privateCircle]
	);
	// A pending request by the resident, made through the one allowed path.
	await as(a.resident, `select public.join_circle($1, 'Hallo')`, [cafe]);
});
afterAll(() => db?.close());

describe('join requests', () => {
	it('the requester and the hosts read a request; nobody else does', async () => {
		expect(await as(a.resident, 'select id from public.join_requests')).toHaveLength(1);
		expect(
			await as(a.host, 'select id from public.join_requests where circle_id = $1', [cafe])
		).toHaveLength(1);
		for (const key of ['anon', 'member', 'worker'] as const) {
			expect(await denied(a[key], 'select id from public.join_requests'), key).toBe(true);
		}
	});
	it('nobody writes requests directly: only through join_circle and decide_join_request', async () => {
		for (const key of ['anon', 'resident', 'member', 'host', 'worker'] as const) {
			expect(
				await denied(
					a[key],
					`insert into public.join_requests (circle_id, user_id) values ($1, $2) returning id`,
					[cafe, a.resident!.id]
				),
				key
			).toBe(true);
		}
		expect(
			await denied(a.host, `update public.join_requests set status = 'approved' returning id`)
		).toBe(true);
		expect(
			await denied(a.resident, `update public.join_requests set status = 'approved' returning id`)
		).toBe(true);
		expect(await denied(a.anon, `select public.join_circle($1, '')`, [cafe])).toBe(true);
	});
	it('the requester may withdraw', async () => {
		const rows = await as(
			a.resident,
			`update public.join_requests set status = 'withdrawn' returning status`
		);
		expect(rows).toEqual([{ status: 'withdrawn' }]);
	});
});

describe('gatherings', () => {
	it('gatherings of a listed circle are public; of a private circle only for its members', async () => {
		expect(
			await as(a.anon, 'select id from public.gatherings where id = $1', [cafeGathering])
		).toHaveLength(1);
		for (const key of ['anon', 'resident', 'member', 'host'] as const) {
			expect(
				await denied(a[key], 'select id from public.gatherings where id = $1', [privateGathering]),
				key
			).toBe(true);
		}
		expect(
			await as(privateHost, 'select id from public.gatherings where id = $1', [privateGathering])
		).toHaveLength(1);
	});
	it("an online gathering's link is read by the circle's members only, not by anyone with the API key", async () => {
		const link = 'https://meet.example/kring-autisme-cafe';
		await db.query('update public.gatherings set online_url = $2 where id = $1', [
			cafeGathering,
			link
		]);
		try {
			// The row of a listed circle is public; its link is not.
			for (const key of ['anon', 'resident', 'worker'] as const) {
				expect(
					await as(a[key], 'select id from public.gatherings where id = $1', [cafeGathering]),
					key
				).toHaveLength(1);
				expect(
					await denied(a[key], 'select online_url from public.gatherings where id = $1', [
						cafeGathering
					]),
					key
				).toBe(true);
				expect(
					await as(a[key], 'select private.gathering_online_url($1) as url', [cafeGathering]),
					key
				).toEqual([{ url: null }]);
			}
			for (const key of ['member', 'host'] as const) {
				expect(
					await as(a[key], 'select private.gathering_online_url($1) as url', [cafeGathering]),
					key
				).toEqual([{ url: link }]);
			}
		} finally {
			await db.query('update public.gatherings set online_url = null where id = $1', [
				cafeGathering
			]);
		}
	});
	it('only hosts plan, change and remove gatherings', async () => {
		const plan = `insert into public.gatherings (circle_id, title, starts_at, ends_at, created_by)
			values ($1, 'Extra avond', now() + interval '3 days', now() + interval '3 days 2 hours', (select auth.uid())) returning id`;
		for (const key of ['anon', 'resident', 'member', 'worker'] as const) {
			expect(await denied(a[key], plan, [cafe]), key).toBe(true);
			expect(
				await denied(
					a[key],
					`update public.gatherings set title = 'Weg' where id = $1 returning id`,
					[cafeGathering]
				),
				key
			).toBe(true);
			expect(
				await denied(a[key], 'delete from public.gatherings where id = $1 returning id', [
					cafeGathering
				]),
				key
			).toBe(true);
		}
		const [row] = await as<{ id: string }>(a.host, plan, [cafe]);
		expect(
			await as(
				a.host,
				`update public.gatherings set title = 'Extra koffieavond' where id = $1 returning title`,
				[row.id]
			)
		).toEqual([{ title: 'Extra koffieavond' }]);
		expect(
			await as(a.host, 'delete from public.gatherings where id = $1 returning id', [row.id])
		).toHaveLength(1);
	});
});

describe('RSVPs', () => {
	it('members answer for themselves and see each other; others neither answer nor see', async () => {
		expect(
			await as(
				a.member,
				`insert into public.gathering_rsvps (gathering_id, answer) values ($1, 'yes') returning answer`,
				[cafeGathering]
			)
		).toEqual([{ answer: 'yes' }]);
		expect(
			await as(a.host, 'select answer from public.gathering_rsvps where gathering_id = $1', [
				cafeGathering
			])
		).toEqual([{ answer: 'yes' }]);
		for (const key of ['anon', 'resident', 'worker'] as const) {
			expect(
				await denied(
					a[key],
					`insert into public.gathering_rsvps (gathering_id, answer) values ($1, 'yes') returning answer`,
					[cafeGathering]
				),
				key
			).toBe(true);
			expect(
				await denied(a[key], 'select answer from public.gathering_rsvps where gathering_id = $1', [
					cafeGathering
				]),
				key
			).toBe(true);
		}
		expect(
			await denied(
				a.host,
				`update public.gathering_rsvps set answer = 'no' where user_id = $1 returning answer`,
				[a.member!.id]
			)
		).toBe(true);
		expect(
			await denied(
				a.host,
				`insert into public.gathering_rsvps (gathering_id, user_id, answer) values ($1, $2, 'no') returning answer`,
				[cafeGathering, a.resident!.id]
			)
		).toBe(true);
	});
});

describe('calendar feeds', () => {
	it('a feed token is readable only by its owner', async () => {
		await as(a.member, `insert into public.calendar_feeds (token) values ($1)`, ['t'.repeat(40)]);
		expect(await as(a.member, 'select token from public.calendar_feeds')).toHaveLength(1);
		for (const key of ['anon', 'resident', 'host', 'worker'] as const) {
			expect(await denied(a[key], 'select token from public.calendar_feeds'), key).toBe(true);
			expect(await denied(a[key], 'delete from public.calendar_feeds returning token'), key).toBe(
				true
			);
		}
		expect(
			await denied(
				a.resident,
				`insert into public.calendar_feeds (user_id, token) values ($1, $2) returning token`,
				[a.member!.id, 'u'.repeat(40)]
			)
		).toBe(true);
	});
});

describe('notifications', () => {
	it('people read and mark only their own; nobody writes them directly', async () => {
		const mine = await as<{ id: string }>(a.host, 'select id from public.notifications');
		expect(mine.length).toBeGreaterThan(0); // the join request above
		for (const key of ['anon', 'resident', 'member', 'worker'] as const) {
			expect(
				await denied(a[key], 'select id from public.notifications where id = $1', [mine[0].id]),
				key
			).toBe(true);
			expect(
				await denied(
					a[key],
					'update public.notifications set read_at = now() where id = $1 returning id',
					[mine[0].id]
				),
				key
			).toBe(true);
			expect(
				await denied(
					a[key],
					`insert into public.notifications (user_id, kind) values ($1, 'spam') returning id`,
					[a.host!.id]
				),
				key
			).toBe(true);
			expect(await denied(a[key], `select public.notify($1, 'spam')`, [a.host!.id]), key).toBe(
				true
			);
		}
		expect(
			await as(
				a.host,
				'update public.notifications set read_at = now() where id = $1 returning id',
				[mine[0].id]
			)
		).toHaveLength(1);
		expect(await denied(a.host, `update public.notifications set kind = 'x' returning id`)).toBe(
			true
		);
	});
});

describe('invitations', () => {
	/** Runs `check` while the café's neighbourhood is in the worker's area (service path). */
	async function withCafeInWorkerArea(check: () => Promise<void>) {
		await db.query(
			`insert into public.worker_areas (worker_id, neighbourhood_id)
			 select $1, neighbourhood_id from public.circles where id = $2`,
			[a.worker!.id, cafe]
		);
		try {
			await check();
		} finally {
			await db.query(
				`delete from public.worker_areas where worker_id = $1
				 and neighbourhood_id = (select neighbourhood_id from public.circles where id = $2)`,
				[a.worker!.id, cafe]
			);
		}
	}
	it('hosts and workers make invitation links; members, residents and visitors cannot', async () => {
		// Only through the function, which checks who may invite (issue 10, hole 1).
		const link = `select public.create_circle_invitation_link($1) as token`;
		const refused = roleQueries(() => db, /permission denied|not_allowed/i).denied;
		for (const key of ['anon', 'resident', 'member'] as const) {
			expect(await refused(a[key], link, [cafe]), key).toBe(true);
		}
		const direct = `insert into public.circle_invitations (circle_id, token, invited_by, source) values ($1, $2, (select auth.uid()), 'link') returning id`;
		expect(await denied(a.host, direct, [cafe, 'h'.repeat(30)])).toBe(true);
		expect(await as(a.host, link, [cafe])).toHaveLength(1);
		// A worker invites to the circles of their own area only (Fatima works in Centrum).
		expect(await refused(a.worker, link, [cafe]), 'outside her area').toBe(true);
		await withCafeInWorkerArea(async () => {
			expect(await as(a.worker, link, [cafe])).toHaveLength(1);
		});
		expect(
			await denied(a.member, 'select id from public.circle_invitations where circle_id = $1', [
				cafe
			])
		).toBe(true);
		expect(
			(await as(a.host, 'select id from public.circle_invitations where circle_id = $1', [cafe]))
				.length
		).toBe(2);
	});
	it('invitations from a proposal stay hidden from hosts and workers, who see counts only', async () => {
		await db.query(
			`insert into public.circle_invitations (circle_id, user_id, source) values ($1, $2, 'proposal')`,
			[cafe, a.resident!.id]
		);
		expect(
			await as(a.resident, `select source from public.circle_invitations where user_id = $1`, [
				a.resident!.id
			])
		).toEqual([{ source: 'proposal' }]);
		expect(
			await denied(a.worker, `select id from public.circle_invitations where source = 'proposal'`)
		).toBe(true);
		expect(
			await denied(a.host, `select id from public.circle_invitations where source = 'proposal'`)
		).toBe(true);
		expect(await as(a.worker, 'select * from public.circle_invitation_counts($1)', [cafe])).toEqual(
			[{ invited: 0, accepted: 0, declined: 0 }]
		);
		await withCafeInWorkerArea(async () => {
			expect(
				await as(a.worker, 'select * from public.circle_invitation_counts($1)', [cafe])
			).toEqual([{ invited: 1, accepted: 0, declined: 0 }]);
		});
		expect(await as(a.member, 'select * from public.circle_invitation_counts($1)', [cafe])).toEqual(
			[{ invited: 0, accepted: 0, declined: 0 }]
		);
	});
});

describe('search vocabulary', () => {
	it('everyone reads it, nobody writes it, and private circles add no words', async () => {
		expect(
			(await as(a.anon, `select word from public.search_words where word = 'autisme'`)).length
		).toBe(1);
		expect(
			await as(a.anon, `select word from public.search_words where word = 'besloten'`)
		).toEqual([]);
		for (const key of ['anon', 'resident', 'host', 'worker'] as const) {
			expect(
				await denied(
					a[key],
					`insert into public.search_words (word) values ('spam') returning word`
				),
				key
			).toBe(true);
			expect(await denied(a[key], `delete from public.search_words returning word`), key).toBe(
				true
			);
		}
	});
});
