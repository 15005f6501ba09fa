import { describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { withUser } from '../../src/lib/server/db/session';
import { createTestDatabase } from '../helpers/database';

const pgUrl = process.env.TEST_DATABASE_URL;
const statement = `select $1::int + 1 as n, current_setting('role') as role`;

describe('statements marked `prepare`', () => {
	it('give the same answers as any other statement, on either database', async () => {
		const db = await createTestDatabase();
		try {
			const rows = await withUser(db, { id: '00000000-0000-0000-0000-000000000001' }, (tx) =>
				tx.query<{ n: number; role: string }>(statement, [41], { prepare: true })
			);
			expect(rows).toEqual([{ n: 42, role: 'authenticated' }]);
		} finally {
			await db.close();
		}
	});
});

// pg_prepared_statements is per connection: one connection and one transaction each.
describe.skipIf(!pgUrl)('prepared statements on PostgreSQL', () => {
	const prepared = async (allow: boolean) => {
		const db = openPostgres(pgUrl!, 1, allow);
		try {
			return await db.transaction(async (tx) => {
				for (const n of [1, 2, 3]) await tx.query(statement, [n], { prepare: true });
				await tx.query(`select $1::text as unmarked`, ['x']);
				const rows = await tx.query<{ statement: string }>(
					`select statement from pg_prepared_statements`
				);
				return rows.map((r) => r.statement);
			});
		} finally {
			await db.close();
		}
	};

	it('keeps a marked statement once per connection and leaves the others unnamed', async () => {
		const kept = await prepared(true);
		expect(kept.filter((s) => s === statement)).toHaveLength(1);
		expect(kept.some((s) => s.includes('unmarked'))).toBe(false);
	});

	it('prepares nothing when switched off (DATABASE_PREPARE=false)', async () => {
		expect(await prepared(false)).toEqual([]);
	});
});
