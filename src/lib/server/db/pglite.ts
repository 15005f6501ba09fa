import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Database, Sql } from './types';

function wrap(q: PGlite | Transaction): Sql {
	return {
		async query(text, params = []) {
			const result = await q.query(text, params);
			return result.rows as never;
		},
		async exec(text) {
			await q.exec(text);
		}
	};
}

/** PGlite on disk (or in memory when dataDir is undefined): the embedded default. */
export async function openPglite(dataDir?: string): Promise<Database> {
	const pg = await PGlite.create(dataDir, { extensions: { pg_trgm, unaccent } });
	// As on Supabase: extension functions and operators (pg_trgm's %) live in `extensions`.
	await pg.exec('set search_path to public, extensions');
	const self = wrap(pg);
	return {
		kind: 'pglite',
		...self,
		transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
		close: () => pg.close()
	};
}
