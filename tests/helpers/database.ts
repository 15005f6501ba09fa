import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { inject } from 'vitest';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import type { Database } from '../../src/lib/server/db/types';
import { seedDemoTown } from '../../src/lib/server/demo/seed';

export type TestDatabase = Database & { target: 'pglite' | 'postgres' };

/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new
 * database on the real PostgreSQL in TEST_DATABASE_URL (dropped again by close()).
 * `before`: only the migrations older than that version (to test what a migration does to data).
 */
export async function createTestDatabase(
	options: { seed?: boolean; before?: string } = {}
): Promise<TestDatabase> {
	const url = process.env.TEST_DATABASE_URL;
	const before = options.before;
	// The run's migrated (or seeded) copy from tests/helpers/database-templates.ts, if any.
	const templates = before === undefined ? providedTemplates() : undefined;
	const template = templates?.target === (url ? 'postgres' : 'pglite') ? templates : undefined;
	const from = template && (options.seed ? template.seeded : template.migrated);
	let db: Database;
	let drop = async () => {};
	if (url) {
		const name = `kring_test_${randomBytes(6).toString('hex')}`;
		const admin = postgres(url, { max: 1, onnotice: () => {} });
		await admin.unsafe(`create database ${name}${from ? ` template ${from}` : ''}`);
		const target = new URL(url);
		target.pathname = `/${name}`;
		db = openPostgres(target.toString(), 4);
		drop = async () => {
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		};
	} else {
		db = await openPglite(undefined, { from });
	}
	if (!from) {
		await migrate(
			db,
			readMigrations().filter((m) => before === undefined || m.version < before)
		);
		if (options.seed) await seedDemoTown(db);
	}
	return {
		...db,
		target: url ? 'postgres' : 'pglite',
		async close() {
			await db.close();
			await drop();
		}
	};
}

/** Outside a vitest run (benchmarks, eval scripts) nothing is provided. */
function providedTemplates() {
	try {
		return inject('databaseTemplates');
	} catch {
		return undefined;
	}
}

/** The id of a demo-town user by email (service path, tests only). */
export async function userId(db: Database, email: string): Promise<string> {
	const [row] = await db.query<{ id: string }>('select id from auth.users where email = $1', [
		email
	]);
	if (!row) throw new Error(`no demo user ${email}`);
	return row.id;
}
