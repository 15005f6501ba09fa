// npm run db:migrate | db:seed — applies supabase/migrations (or seeds the demo town)
// on DATABASE_URL, or on the embedded PGlite folder when DATABASE_URL is not set.
import { mkdirSync } from 'node:fs';
import { loadConfig } from '../src/lib/server/config';
import { migrate } from '../src/lib/server/db/migrate';
import { readMigrations } from '../src/lib/server/db/migrations-fs';
import { openPglite } from '../src/lib/server/db/pglite';
import { openPostgres } from '../src/lib/server/db/postgres';
import { seedDemoTown } from '../src/lib/server/demo/seed';

const command = process.argv[2];
const cfg = loadConfig();
if (!cfg.databaseUrl) mkdirSync(cfg.dataDir, { recursive: true });
const db = cfg.databaseUrl ? openPostgres(cfg.databaseUrl, 1) : await openPglite(cfg.dataDir);
const target = cfg.databaseUrl ? 'DATABASE_URL' : `PGlite in ${cfg.dataDir}`;
try {
	if (command === 'migrate') {
		const applied = await migrate(db, readMigrations());
		console.log(
			applied.length
				? `Applied ${applied.length} migration(s) to ${target}: ${applied.join(', ')}`
				: `Nothing to apply: ${target} is up to date.`
		);
	} else if (command === 'seed') {
		await migrate(db, readMigrations());
		console.log((await seedDemoTown(db)) ? 'Demo town seeded.' : 'Demo town was already there.');
	} else {
		console.error('usage: db.ts migrate | seed');
		process.exitCode = 2;
	}
} finally {
	await db.close();
}
