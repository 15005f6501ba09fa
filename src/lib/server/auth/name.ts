import { withUser, type Database } from '../db';
import type { SessionUser } from './port';

/** Whether this person still has the neutral placeholder instead of a name they chose. */
export async function needsChosenName(db: Database, user: SessionUser): Promise<boolean> {
	const [row] = await withUser(db, user, (tx) =>
		tx.query<{ name_chosen: boolean }>(
			'select name_chosen from public.profiles where id = (select auth.uid())'
		)
	);
	return row ? !row.name_chosen : false;
}

/** Saves the name others see (display name); the database marks it as chosen. */
export async function saveChosenName(db: Database, user: SessionUser, name: string): Promise<void> {
	await withUser(db, user, (tx) =>
		tx.query('update public.profiles set display_name = $1 where id = (select auth.uid())', [name])
	);
}

/** Right after a sign-in: to the name form first while the name is a placeholder. */
export function chooseNamePath(target: string): string {
	return `/signin/name?redirectTo=${encodeURIComponent(target)}`;
}
