import { mkdirSync } from 'node:fs';
import { config } from '../config';
import { seedDemoTown } from '../demo/seed';
import { migrate, toMigrations } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Database } from './types';

// The app's own database. Kept apart from index.ts because import.meta.glob only works
// inside Vite; scripts and benchmarks import the domain code without it.

const files = import.meta.glob('/supabase/migrations/*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

export const migrations = toMigrations(files);

// Kept on globalThis so Vite's module reloads in development never open the PGlite
// folder twice (two instances on one folder would corrupt it).
const store = globalThis as unknown as { __kringDb?: Promise<Database> };

async function open(): Promise<Database> {
	const cfg = config();
	let db: Database;
	if (cfg.databaseUrl) {
		db = openPostgres(cfg.databaseUrl, 10, cfg.databasePrepare);
	} else {
		mkdirSync(cfg.dataDir, { recursive: true });
		db = await openPglite(cfg.dataDir);
		// The embedded default migrates itself; a real Postgres uses `npm run db:migrate`.
		const applied = await migrate(db, migrations);
		if (applied.length) console.info(`[kring] applied ${applied.length} migration(s) to PGlite`);
	}
	if (cfg.demo) {
		const seeded = await seedDemoTown(db);
		if (seeded) console.info('[kring] demo town seeded');
	}
	// PGlite has no autovacuum: give the planner statistics once at start (jobs refresh them).
	if (db.kind === 'pglite') await db.exec('analyze');
	return db;
}

/** The app's database, opened (and on PGlite migrated and seeded) on first use. */
export function getDatabase(): Promise<Database> {
	return (store.__kringDb ??= open());
}
