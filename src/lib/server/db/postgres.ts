import postgres from 'postgres';
import type { Database, Sql } from './types';

type Client = postgres.Sql | postgres.TransactionSql;

function wrap(sql: Client): Sql {
	return {
		async query(text, params = []) {
			return (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as never;
		},
		async exec(text) {
			await sql.unsafe(text).simple();
		}
	};
}

/** A plain PostgreSQL or Supabase database reached through DATABASE_URL. */
export function openPostgres(url: string, max = 10): Database {
	const sql = postgres(url, {
		max,
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
