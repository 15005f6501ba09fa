import { createHash } from 'node:crypto';
import type { Database } from './types';

export type Migration = { version: string; name: string; sql: string };

/** Parses `supabase/migrations/<version>_<name>.sql` file names into ordered migrations. */
export function toMigrations(files: Record<string, string>): Migration[] {
	return Object.entries(files)
		.map(([path, sql]) => {
			const file = path.split('/').pop()!;
			const match = /^(\d+)_(.+)\.sql$/.exec(file);
			if (!match) throw new Error(`Migration file name must be <version>_<name>.sql: ${file}`);
			return { version: match[1], name: match[2], sql };
		})
		.sort((a, b) => a.version.localeCompare(b.version));
}

/**
 * Applies the migrations that are not yet recorded, each in its own transaction.
 * Idempotent: a second run applies nothing. Returns the versions it applied.
 */
export async function migrate(db: Database, migrations: Migration[]): Promise<string[]> {
	await db.exec(`
		create schema if not exists kring_meta;
		create table if not exists kring_meta.applied_migrations (
			version text primary key,
			name text not null,
			checksum text not null,
			applied_at timestamptz not null default now()
		);
		comment on table kring_meta.applied_migrations is 'Which supabase/migrations files npm run db:migrate has applied.';
		alter table kring_meta.applied_migrations enable row level security;
	`);
	const applied = new Map(
		(
			await db.query<{ version: string; checksum: string }>(
				'select version, checksum from kring_meta.applied_migrations'
			)
		).map((r) => [r.version, r.checksum])
	);
	const done: string[] = [];
	for (const m of migrations) {
		const checksum = createHash('sha256').update(m.sql).digest('hex');
		const previous = applied.get(m.version);
		if (previous) {
			if (previous !== checksum)
				console.warn(`[kring] migration ${m.version}_${m.name} changed after it was applied`);
			continue;
		}
		await db.transaction(async (tx) => {
			await tx.exec(m.sql);
			await tx.query(
				'insert into kring_meta.applied_migrations (version, name, checksum) values ($1, $2, $3)',
				[m.version, m.name, checksum]
			);
		});
		done.push(m.version);
	}
	return done;
}
