import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/db/session';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// Row-level security of the chat tables, per role: anon, resident (not in the circle),
// member, host, worker. Denied writes either raise or touch no row.
let db: TestDatabase;
let fx: ChatFixture;
let circle: string;
let a: Record<'anon' | 'resident' | 'member' | 'other' | 'host' | 'worker', Actor>;
let messageId: string;

const { as, denied } = roleQueries(
	() => db,
	/permission denied|row-level security|violates|only (the author|a host)|stays where/i
);
const post = (actor: Actor, body = 'hoi') =>
	as<{ id: string }>(
		actor,
		`insert into public.chat_messages (circle_id, author_id, client_id, body) values ($1, (select auth.uid()), $2, $3) returning id::text as id`,
		[circle, randomUUID(), body]
	);

beforeAll(async () => {
	db = await createTestDatabase();
	fx = await createChatFixture(db, { circles: 1, membersPerCircle: 3 });
	circle = fx.circles[0].id;
	a = {
		anon: null,
		resident: { id: fx.outsider.id },
		host: { id: fx.users[0].id },
		member: { id: fx.users[1].id },
		other: { id: fx.users[2].id },
		worker: { id: fx.worker.id }
	};
	[{ id: messageId }] = await post(a.member, 'Eerste bericht');
});
afterAll(() => db?.close());

describe('chat_messages', () => {
	it('members and hosts read and write; anon, residents and workers do neither', async () => {
		for (const k of ['member', 'host'] as const) {
			expect((await as(a[k], 'select id from public.chat_messages')).length).toBeGreaterThan(0);
			expect(await post(a[k])).toHaveLength(1);
		}
		for (const k of ['anon', 'resident', 'worker'] as const) {
			expect(await denied(a[k], 'select id from public.chat_messages'), k).toBe(true);
			expect(
				await denied(
					a[k],
					`insert into public.chat_messages (circle_id, author_id, client_id, body) values ($1, $2, gen_random_uuid(), 'x') returning id`,
					[circle, a.member!.id]
				),
				k
			).toBe(true);
		}
	});
	it('a member picks neither the id nor the time of a message (no blocking the sequence, no backdating)', async () => {
		const [{ next }] = await db.query<{ next: string }>(
			`select (max(id) + 1)::text as next from public.chat_messages`
		);
		for (const [text, params] of [
			[
				`insert into public.chat_messages (id, circle_id, author_id, client_id, body)
				 overriding system value values ($2::bigint + 5, $1, (select auth.uid()), gen_random_uuid(), 'x') returning id`,
				[circle, next]
			],
			[
				`insert into public.chat_messages (id, circle_id, author_id, client_id, body)
				 overriding system value values (9223372036854775807, $1, (select auth.uid()), gen_random_uuid(), 'x') returning id`,
				[circle]
			],
			[
				`insert into public.chat_messages (circle_id, author_id, client_id, body, created_at, updated_at)
				 values ($1, (select auth.uid()), gen_random_uuid(), 'x', '2020-01-01', '2020-01-01') returning id`,
				[circle]
			],
			[
				`insert into public.chat_messages (circle_id, author_id, client_id, body, hidden_by)
				 values ($1, (select auth.uid()), gen_random_uuid(), 'x', (select auth.uid())) returning id`,
				[circle]
			]
		] as const) {
			expect(await denied(a.member, text, [...params]), text).toBe(true);
		}
		const forged = await db.query(
			`select id from public.chat_messages where id >= $1::bigint + 5 or created_at < now() - interval '1 day'`,
			[next]
		);
		expect(forged).toEqual([]);
		// The way the app writes (public.chat_post_message) still works.
		expect(await post(a.member, 'Na de aanval')).toHaveLength(1);
	});
	it("nobody writes in someone else's name or in a closed circle", async () => {
		expect(
			await denied(
				a.member,
				`insert into public.chat_messages (circle_id, author_id, client_id, body) values ($1, $2, gen_random_uuid(), 'x') returning id`,
				[circle, a.other!.id]
			)
		).toBe(true);
		await db.query(`update public.circles set status = 'closed' where id = $1`, [circle]);
		expect(
			await denied(a.member, 'select 1').then(() =>
				post(a.member).then(
					() => false,
					() => true
				)
			)
		).toBe(true);
		await db.query(`update public.circles set status = 'published' where id = $1`, [circle]);
	});
	it('authors edit their own text; others, hosts included, do not', async () => {
		expect(
			await as(
				a.member,
				`update public.chat_messages set body = 'bewerkt', edited_at = now() where id = $1 returning id`,
				[messageId]
			)
		).toHaveLength(1);
		for (const k of ['other', 'host', 'worker', 'resident', 'anon'] as const)
			expect(
				await denied(
					a[k],
					`update public.chat_messages set body = 'gekaapt' where id = $1 returning id`,
					[messageId]
				),
				k
			).toBe(true);
	});
	it('hosts hide in their own name; members cannot hide', async () => {
		expect(
			await denied(
				a.member,
				`update public.chat_messages set hidden_at = now(), hidden_by = (select auth.uid()), hidden_reason = 'x' where id = $1 returning id`,
				[messageId]
			)
		).toBe(true);
		expect(
			await denied(
				a.host,
				`update public.chat_messages set hidden_at = now(), hidden_by = $2, hidden_reason = 'x' where id = $1 returning id`,
				[messageId, a.member!.id]
			)
		).toBe(true);
		expect(
			await as(
				a.host,
				`update public.chat_messages set hidden_at = now(), hidden_by = (select auth.uid()), hidden_reason = 'Privé' where id = $1 returning id`,
				[messageId]
			)
		).toHaveLength(1);
	});
	it('nobody deletes rows or moves a message', async () => {
		for (const k of ['member', 'host', 'worker'] as const) {
			expect(await denied(a[k], `delete from public.chat_messages returning id`), k).toBe(true);
		}
		expect(
			await denied(
				a.member,
				`update public.chat_messages set circle_id = gen_random_uuid() where id = $1 returning id`,
				[messageId]
			)
		).toBe(true);
	});
});

describe('chat_read_positions', () => {
	it("members keep their own position; nobody reads or writes another's", async () => {
		expect(
			await as(
				a.member,
				`insert into public.chat_read_positions (circle_id, user_id, last_read_id) values ($1, (select auth.uid()), 1) returning user_id`,
				[circle]
			)
		).toHaveLength(1);
		expect(
			await denied(
				a.member,
				`insert into public.chat_read_positions (circle_id, user_id) values ($1, $2) returning user_id`,
				[circle, a.other!.id]
			)
		).toBe(true);
		expect(
			await denied(
				a.resident,
				`insert into public.chat_read_positions (circle_id, user_id) values ($1, (select auth.uid())) returning user_id`,
				[circle]
			)
		).toBe(true);
		for (const k of ['other', 'host', 'worker', 'anon'] as const)
			expect(
				await denied(a[k], `select user_id from public.chat_read_positions where user_id = $1`, [
					a.member!.id
				]),
				k
			).toBe(true);
		const counts = await as<{ unread: number }>(
			a.other,
			'select unread from public.chat_unread_counts()'
		);
		expect(counts[0].unread).toBeGreaterThan(0);
	});
});

describe('message_reports', () => {
	it('members report; hosts and workers read the queue; others do not', async () => {
		const [{ id: target }] = await post(a.other, 'Vervelend bericht');
		expect(
			await as(
				a.member,
				`insert into public.message_reports (message_id, circle_id, reason) values ($1, $2, 'Onaardig') returning id`,
				[target, circle]
			)
		).toHaveLength(1);
		for (const k of ['resident', 'worker', 'anon'] as const)
			expect(
				await denied(
					a[k],
					`insert into public.message_reports (message_id, circle_id, reason) values ($1, $2, 'x') returning id`,
					[target, circle]
				),
				k
			).toBe(true);
		// The reporter reads their own report; hosts and workers read the queue without the
		// reporter (private.handled_reports), never the table (issue 10, hole 3).
		expect(await as(a.member, 'select message_body from public.message_reports'), 'member').toEqual(
			[{ message_body: 'Vervelend bericht' }]
		);
		for (const k of ['host', 'worker'] as const) {
			const rows = await as<{ message_body: string }>(
				a[k],
				'select message_body from private.handled_reports()'
			);
			expect(rows, k).toEqual([{ message_body: 'Vervelend bericht' }]);
			expect(await denied(a[k], 'select id from public.message_reports'), k).toBe(true);
		}
		for (const k of ['other', 'resident', 'anon'] as const)
			expect(await denied(a[k], 'select id from public.message_reports'), k).toBe(true);
		expect(
			await denied(a.worker, `update public.message_reports set status = 'resolved' returning id`)
		).toBe(true);
		const [queued] = await as<{ id: string }>(a.worker, 'select id from private.handled_reports()');
		expect(
			await as(a.worker, `select private.close_message_report($1, 'resolved') as n`, [queued.id])
		).toEqual([{ n: 1 }]);
		expect(
			await denied(a.member, `update public.message_reports set status = 'dismissed' returning id`)
		).toBe(true);
	});
});
