import postgres from 'postgres';
import type { Database, Sql } from './types';

type Client = postgres.Sql | postgres.TransactionSql;

function wrap(sql: Client): Sql {
	return {
		async query(text, params = [], options = {}) {
			return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[], {
				prepare: options.prepare === true
			})) as never;
		},
		async exec(text) {
			await sql.unsafe(text).simple();
		}
	};
}

/**
 * A plain PostgreSQL or Supabase database reached through DATABASE_URL. `prepared: false`
 * for a connection pooler in transaction mode that cannot keep prepared statements.
 */
export function openPostgres(url: string, max = 10, prepared = true): Database {
	const sql = postgres(url, {
		max,
		// Off, postgres.js prepares nothing at all (not even its own type lookup).
		prepare: prepared,
		onnotice: () => {},
		connection: { application_name: 'kring', search_path: 'public, extensions' }
	});
	return {
		kind: 'postgres',
		...wrap(sql),
		transaction: (fn) => sql.begin((tx) => fn(wrap(tx))) as never,
		close: () => sql.end({ timeout: 5 })
	};
}
