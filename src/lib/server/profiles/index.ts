import type { ProfileInput } from '$lib/schemas/profile';
import { withUser, type Database, type Sql } from '../db';
import type { SessionUser } from '../auth';

export type Profile = {
	id: string;
	display_name: string;
	pseudonym: string | null;
	languages: string[];
	neighbourhood_id: string | null;
	roles: string[];
};

/** Your own profile, inside a transaction that already runs as you (see withUser). */
export async function readMyProfile(tx: Sql, userId: string): Promise<Profile | null> {
	const [row] = await tx.query<Profile>(
		`select id, display_name, pseudonym, languages, neighbourhood_id, roles
		 from public.profiles where id = $1`,
		[userId]
	);
	return row ?? null;
}

export function getMyProfile(db: Database, user: SessionUser): Promise<Profile | null> {
	return withUser(db, user, (tx) => readMyProfile(tx, user.id));
}

/** Saves the editable parts of your own profile; RLS and column grants keep roles out of reach. */
export async function updateMyProfile(
	db: Database,
	user: SessionUser,
	input: ProfileInput
): Promise<void> {
	await withUser(db, user, (tx) =>
		tx.query(
			`update public.profiles
			 set display_name = $2, pseudonym = nullif($3, ''), languages = $4,
			     neighbourhood_id = nullif($5, '')::uuid
			 where id = $1`,
			[user.id, input.display_name, input.pseudonym, input.languages, input.neighbourhood_id]
		)
	);
}
