/** The small surface every query in Kring goes through, on PGlite and on Postgres alike. */
export type Row = Record<string, unknown>;
export type QueryOptions = { prepare?: boolean };

export interface Sql {
	/**
	 * One statement with bound parameters ($1, $2 …). `prepare`: for a fixed statement that
	 * runs very often; PostgreSQL keeps it per connection, so each call is one round trip
	 * instead of two (postgres.js otherwise asks for the parameter types first).
	 */
	query<T = Row>(text: string, params?: unknown[], options?: QueryOptions): Promise<T[]>;
	/** Several statements without parameters (migrations). */
	exec(text: string): Promise<void>;
}

export interface Database extends Sql {
	readonly kind: 'pglite' | 'postgres';
	transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}
