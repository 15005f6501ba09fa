import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toMigrations, type Migration } from './migrate';

/** Reads supabase/migrations from disk (scripts and tests; the app bundles them). */
export function readMigrations(dir = join(process.cwd(), 'supabase', 'migrations')): Migration[] {
	const files = Object.fromEntries(
		readdirSync(dir)
			.filter((f) => f.endsWith('.sql'))
			.map((f) => [f, readFileSync(join(dir, f), 'utf8')])
	);
	return toMigrations(files);
}
