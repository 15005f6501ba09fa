import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { openPglite } from '../../src/lib/server/db/pglite';
import { openPostgres } from '../../src/lib/server/db/postgres';
import { seedDemoTown } from '../../src/lib/server/demo/seed';

/** Where createTestDatabase copies a new database from: PGlite tarballs or PostgreSQL databases. */
export type DatabaseTemplates =
	| { target: 'pglite'; migrated: string; seeded: string }
	| { target: 'postgres'; migrated: string; seeded: string };

declare module 'vitest' {
	export interface ProvidedContext {
		databaseTemplates: DatabaseTemplates;
	}
}

/**
 * Vitest global setup: migrate (and seed) once per run, then every test file copies that
 * database instead of running all migrations itself (seconds per file on PGlite). The
 * migrations and the seed are the same code; only their repetition is saved.
 */
export default async function setup(project: TestProject) {
	const url = process.env.TEST_DATABASE_URL;
	if (url) {
		const stem = `kring_template_${randomBytes(4).toString('hex')}`;
		const admin = postgres(url, { max: 1, onnotice: () => {} });
		for (const [name, seed] of [
			[`${stem}_migrated`, false],
			[`${stem}_seeded`, true]
		] as const) {
			await admin.unsafe(`create database ${name}`);
			const target = new URL(url);
			target.pathname = `/${name}`;
			const db = openPostgres(target.toString(), 1);
			await migrate(db, readMigrations());
			if (seed) await seedDemoTown(db);
			await db.close();
		}
		project.provide('databaseTemplates', {
			target: 'postgres',
			migrated: `${stem}_migrated`,
			seeded: `${stem}_seeded`
		});
		return async () => {
			for (const suffix of ['migrated', 'seeded'])
				await admin.unsafe(`drop database if exists ${stem}_${suffix} with (force)`);
			await admin.end();
		};
	}
	const dir = mkdtempSync(join(tmpdir(), 'kring-test-templates-'));
	const db = await openPglite();
	await migrate(db, readMigrations());
	const migrated = join(dir, 'migrated.tar');
	writeFileSync(migrated, new Uint8Array(await (await db.dump()).arrayBuffer()));
	await seedDemoTown(db);
	const seeded = join(dir, 'seeded.tar');
	writeFileSync(seeded, new Uint8Array(await (await db.dump()).arrayBuffer()));
	await db.close();
	project.provide('databaseTemplates', { target: 'pglite', migrated, seeded });
	return () => rmSync(dir, { recursive: true, force: true });
}
