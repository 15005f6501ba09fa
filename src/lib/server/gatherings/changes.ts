import type { GatheringChangeInput } from '$lib/schemas/gathering-change';
import { withUser, type Actor, type Database } from '../db';
import { attempt } from '../errors';

type SignedIn = NonNullable<Actor>;

/**
 * Changes the time, place, capacity or title of one gathering, or (scope 'later') also of
 * every later date of its series. The database decides: only hosts (RLS), never a
 * gathering that has started or was cancelled, never fewer places than yes answers
 * (trigger); members who said yes are told (trigger). Returns how many dates changed.
 */
export function changeGathering(
	db: Database,
	actor: SignedIn,
	gatheringId: string,
	input: GatheringChangeInput
) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const [row] = await tx.query<{ changed: number }>(
				`select public.change_gathering($1, $2, $3::date, $4::time, $5, $6, $7, $8, $9, $10, $11, $12) as changed`,
				[
					gatheringId,
					input.scope === 'later',
					input.date,
					input.time,
					input.duration_minutes,
					input.title,
					input.title_en,
					input.location_name,
					input.address,
					input.room,
					input.online_url,
					input.capacity === '' ? null : Number(input.capacity)
				]
			);
			return row.changed;
		})
	);
}
