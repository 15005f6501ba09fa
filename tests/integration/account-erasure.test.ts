import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMessages } from '../../src/lib/server/chat';
import { eraseMyAccount, lastHostedCircles } from '../../src/lib/server/account';
import { asService, withUser } from '../../src/lib/server/db';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createActivePerson, type ActivePerson } from './account-fixture';

// Erasing an account (issue 10 point 19): one transaction that only erases the caller;
// their messages stay as tombstones in order; afterwards a search of every text, json,
// uuid, array and tsvector column of every table in every non-system schema (read from
// the catalog, so tables added later are searched too) finds nothing of them.
let db: TestDatabase;
let setup: Awaited<ReturnType<typeof createActivePerson>>;
let person: ActivePerson;

type Hit = { table: string; column: string; needle: string };

/** Every column, in every table of every non-system schema, whose text holds a needle. */
async function searchEverywhere(needles: string[]): Promise<Hit[]> {
	const columns = await db.query<{ schema: string; table: string; column: string }>(
		`select n.nspname as schema, c.relname as table, a.attname as column
		 from pg_class c
		 join pg_namespace n on n.oid = c.relnamespace
		 join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
		 join pg_type t on t.oid = a.atttypid
		 where c.relkind in ('r', 'p', 'm')
		   and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
		   and n.nspname not like 'pg\\_%'
		   and t.typcategory in ('S', 'U', 'A')
		 order by 1, 2, 3`
	);
	expect(columns.length).toBeGreaterThan(50);
	const hits: Hit[] = [];
	const patterns = needles.map((s) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
	for (const { schema, table, column } of columns) {
		const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
		const rows = await db.query<{ p: string }>(
			`select p from unnest($1::text[]) as p
			 where exists (select 1 from ${ident(schema)}.${ident(table)} x
			               where x.${ident(column)}::text ilike p)`,
			[patterns]
		);
		for (const r of rows)
			hits.push({ table: `${schema}.${table}`, column, needle: needles[patterns.indexOf(r.p)] });
	}
	return hits;
}

beforeAll(async () => {
	db = await createTestDatabase();
	setup = await createActivePerson(db);
	person = setup.person;
}, 120_000);
afterAll(() => db?.close());

describe('account erasure', () => {
	it('is not callable by anonymous visitors, nor over the Data API', async () => {
		const [row] = await db.query<{ anon: boolean; auth: boolean; exposed: boolean }>(
			`select has_function_privilege('anon', 'private.erase_account()', 'execute') as anon,
			        has_function_privilege('authenticated', 'private.erase_account()', 'execute') as auth,
			        exists (select 1 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			                where n.nspname = 'public' and p.proname like '%erase%') as exposed`
		);
		expect(row).toEqual({ anon: false, auth: true, exposed: false });
		await expect(
			withUser(db, null, (tx) => tx.query(`select private.erase_account()`))
		).rejects.toThrow(/permission denied/);
	});

	it('refuses the last host of an active circle and names the circle', async () => {
		const { host, fx } = setup;
		expect(await lastHostedCircles(db, host)).toEqual([
			{ slug: fx.circles[0].slug, name: expect.any(String), name_en: null }
		]);
		const result = await eraseMyAccount(db, host);
		expect(result).toEqual({
			ok: false,
			reason: 'last_host',
			circles: [{ slug: fx.circles[0].slug, name: expect.any(String), name_en: null }]
		});
		const [still] = await db.query(`select 1 from public.profiles where id = $1`, [host.id]);
		expect(still).toBeDefined();
	});

	it('finds the person everywhere before (the search works)', async () => {
		const hits = await searchEverywhere([
			person.id,
			person.email,
			person.displayName,
			person.pseudonym
		]);
		const tables = new Set(hits.map((h) => h.table));
		for (const t of [
			'auth.users',
			'kring_auth.sessions',
			'kring_auth.one_time_codes',
			'kring_auth.known_devices',
			'public.profiles',
			'public.questions',
			'public.memberships',
			'public.chat_messages',
			'public.message_reports',
			'public.gathering_rsvps',
			'public.notifications',
			'public.join_requests',
			'public.circle_invitations',
			'public.calendar_feeds',
			'public.chat_read_positions'
		])
			expect(tables, t).toContain(t);
	});

	it('erases the caller only, in one go, and leaves tombstones in the thread', async () => {
		const circle = setup.fx.circles[0].id;
		const before = await listMessages(db, setup.peer, { circleId: circle, limit: 50 });
		const [{ n: erasuresBefore }] = await db.query<{ n: number }>(
			`select count(*)::int as n from private.account_erasures`
		);

		expect(await eraseMyAccount(db, person)).toEqual({ ok: true });

		const after = await listMessages(db, setup.peer, { circleId: circle, limit: 50 });
		expect(after.messages.map((m) => m.id)).toEqual(before.messages.map((m) => m.id));
		for (const m of after.messages.filter((m) => person.messageIds.includes(m.id))) {
			expect(m).toMatchObject({ authorId: null, authorName: null, body: null, deleted: true });
		}
		const peers = after.messages.filter((m) => !person.messageIds.includes(m.id));
		expect(peers.map((m) => m.body)).toEqual(['Welkom! Fijn dat je er bent.']);
		const [peerProfile] = await db.query(`select 1 from public.profiles where id = $1`, [
			setup.peer.id
		]);
		expect(peerProfile).toBeDefined();

		const log = await db.query<Record<string, unknown>>(`select * from private.account_erasures`);
		expect(log.length).toBe(erasuresBefore + 1);
		expect(Object.keys(log[0]).sort()).toEqual(['erased_on', 'id']);
	});

	it('leaves nothing of the person anywhere outside the erasure log', async () => {
		const hits = await searchEverywhere([
			person.id,
			person.email,
			person.displayName,
			person.pseudonym
		]);
		expect(hits).toEqual([]);
	});

	it('keeps notices and alerts of others, without the person', async () => {
		const [notice] = await db.query<{ payload: { name: string } }>(
			`select payload from public.notifications where user_id = $1 and kind = 'account_test_named'`,
			[setup.peer.id]
		);
		expect(notice.payload.name).toBe('');
		const [alerts] = await db.query<{ to_regclass: string | null }>(
			`select to_regclass('public.crisis_alerts')`
		);
		if (alerts.to_regclass) {
			const rows = await db.query<{ recipient_ids: string[] }>(
				`select recipient_ids from public.crisis_alerts where subject_id = $1`,
				[setup.peer.id]
			);
			expect(rows.map((r) => r.recipient_ids)).toEqual([[setup.host.id]]);
		}
	});

	it('ends the sessions: the old session token no longer signs in', async () => {
		const rows = await asService(db, (tx) =>
			tx.query(`select 1 from kring_auth.sessions where user_id = $1`, [person.id])
		);
		expect(rows).toEqual([]);
	});
});
