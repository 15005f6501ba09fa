import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
beforeAll(async () => {
	db = await createTestDatabase();
});
afterAll(() => db?.close());

describe('migrations', () => {
	it('records every migration and applies nothing on a second run', async () => {
		const all = readMigrations();
		const [{ n }] = await db.query<{ n: number }>(
			'select count(*)::int as n from kring_meta.applied_migrations'
		);
		expect(n).toBe(all.length);
		expect(await migrate(db, all)).toEqual([]);
	});

	it('the compatibility migration is safe to run again where everything exists', async () => {
		const [compat] = readMigrations();
		expect(compat.name).toBe('supabase_compatibility');
		await expect(db.exec(compat.sql)).resolves.toBeUndefined();
	});

	it('enables row-level security with at least one policy on every public table', async () => {
		const tables = await db.query<{ table: string; rls: boolean; policies: number }>(
			`select c.relname as table, c.relrowsecurity as rls,
			   (select count(*)::int from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname) as policies
			 from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind = 'r' order by 1`
		);
		expect(tables.map((t) => t.table)).toEqual(
			expect.arrayContaining([
				'circles',
				'memberships',
				'neighbourhoods',
				'profiles',
				'questions',
				'themes'
			])
		);
		for (const t of tables) {
			expect(t.rls, t.table).toBe(true);
			expect(t.policies, t.table).toBeGreaterThan(0);
		}
	});

	it('locks the auth and bookkeeping tables it creates with row-level security', async () => {
		const rows = await db.query<{ name: string; rls: boolean }>(
			`select n.nspname || '.' || c.relname as name, c.relrowsecurity as rls
			 from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname in ('auth', 'kring_auth', 'kring_meta') and c.relkind = 'r' order by 1`
		);
		expect(rows.map((r) => r.name)).toEqual(
			expect.arrayContaining(['auth.users', 'kring_auth.one_time_codes', 'kring_auth.sessions'])
		);
		expect(rows.filter((r) => !r.rls)).toEqual([]);
	});

	it('keeps sign-in bookkeeping out of reach of the request roles', async () => {
		await expect(
			db.transaction(async (tx) => {
				await tx.query(`select set_config('role', 'authenticated', true)`);
				return tx.query('select * from kring_auth.sessions');
			})
		).rejects.toThrow(/permission denied/);
	});

	it('creates a profile when a user is added to auth.users, as Supabase Auth does', async () => {
		const [user] = await db.query<{ id: string }>(
			`insert into auth.users (email, raw_user_meta_data) values ('nieuw@kring.example', '{"display_name":"Nieuwe Buur"}') returning id`
		);
		const [profile] = await db.query<{ display_name: string; roles: string[] }>(
			'select display_name, roles from public.profiles where id = $1',
			[user.id]
		);
		expect(profile).toEqual({ display_name: 'Nieuwe Buur', roles: ['resident'] });
	});
});
