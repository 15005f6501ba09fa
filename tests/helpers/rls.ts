import { withUser, type Actor } from '../../src/lib/server/db/session';
import type { Database } from '../../src/lib/server/db/types';

/**
 * Queries as a role, for row-level security tests. `db` is a getter because test files
 * open their database in beforeAll. `denied` is true when a statement raises one of the
 * `refusals` or touches no row.
 */
export function roleQueries(
	db: () => Database,
	refusals = /permission denied|row-level security|violates/i
) {
	const as = <T = Record<string, unknown>>(actor: Actor, text: string, params: unknown[] = []) =>
		withUser(db(), actor, (tx) => tx.query<T>(text, params));
	async function denied(actor: Actor, text: string, params: unknown[] = []) {
		try {
			return (await as(actor, text, params)).length === 0;
		} catch (e) {
			return refusals.test(String(e));
		}
	}
	return { as, denied };
}
