/** The small surface every query in Kring goes through, on PGlite and on Postgres alike. */
export type Row = Record<string, unknown>;

export interface Sql {
	/** One statement with bound parameters ($1, $2 …). */
	query<T = Row>(text: string, params?: unknown[]): Promise<T[]>;
	/** Several statements without parameters (migrations). */
	exec(text: string): Promise<void>;
}

export interface Database extends Sql {
	readonly kind: 'pglite' | 'postgres';
	transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}
