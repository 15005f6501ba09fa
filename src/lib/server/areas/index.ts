import { withUser, type Actor, type Database } from '../db';
import type { ImportedNeighbourhood } from './import';

export { readBoundaries, type ImportProblem } from './import';

/** Whether the actor is an admin (the only ones who manage neighbourhoods and areas). */
export function isAdmin(db: Database, actor: Actor): Promise<boolean> {
	if (!actor) return Promise.resolve(false);
	return withUser(db, actor, async (tx) => {
		const [row] = await tx.query<{ ok: boolean }>(
			`select exists (select 1 from public.profiles
			   where id = (select auth.uid()) and 'admin' = any (roles)) as ok`
		);
		return Boolean(row?.ok);
	});
}

/**
 * Adds or updates neighbourhoods from an import, as the actor (RLS: admins only). A row is
 * found again by its map code, else by its slug. Returns how many were added and updated.
 */
export function importNeighbourhoods(
	db: Database,
	actor: Actor,
	list: ImportedNeighbourhood[]
): Promise<{ added: number; updated: number }> {
	return withUser(db, actor, async (tx) => {
		let added = 0;
		let updated = 0;
		for (const n of list) {
			// Found again by its map code; a row made by hand (no code) by its slug.
			const [existing] = await tx.query<{ id: string }>(
				`select id from public.neighbourhoods
				 where ($1::text is not null and code = $1)
				    or (slug = $2 and (code is null or $1::text is null))
				 order by (code is not distinct from $1) desc limit 1`,
				[n.code, n.slug]
			);
			if (existing) {
				await tx.query(
					`update public.neighbourhoods set name = $2, code = coalesce($3, code), municipality = $4,
					   latitude = $5, longitude = $6, boundary = $7::text::jsonb
					 where id = $1`,
					[
						existing.id,
						n.name,
						n.code,
						n.municipality,
						n.latitude,
						n.longitude,
						JSON.stringify(n.boundary)
					]
				);
				updated++;
			} else {
				// A slug taken by another neighbourhood with another code gets the code added.
				const [{ taken }] = await tx.query<{ taken: boolean }>(
					`select exists (select 1 from public.neighbourhoods where slug = $1) as taken`,
					[n.slug]
				);
				const slug = taken
					? `${n.slug}-${(n.code ?? String(added + 1)).toLowerCase()}`.replace(/[^a-z0-9-]/g, '-')
					: n.slug;
				await tx.query(
					`insert into public.neighbourhoods (slug, name, code, municipality, latitude, longitude, boundary)
					 values ($1, $2, $3, $4, $5, $6, $7::text::jsonb)`,
					[
						slug,
						n.name,
						n.code,
						n.municipality,
						n.latitude,
						n.longitude,
						JSON.stringify(n.boundary)
					]
				);
				added++;
			}
		}
		return { added, updated };
	});
}

export type AreaNeighbourhood = {
	id: string;
	slug: string;
	name: string;
	code: string | null;
	municipality: string;
	has_boundary: boolean;
};

export type Worker = { id: string; name: string; neighbourhood_ids: string[] };

/** The neighbourhoods and the workers with the neighbourhoods each covers (admins only). */
export function listAreas(db: Database, actor: Actor) {
	return withUser(db, actor, async (tx) => {
		const neighbourhoods = await tx.query<AreaNeighbourhood>(
			`select id, slug, name, code, municipality, boundary is not null as has_boundary
			 from public.neighbourhoods order by name`
		);
		// Admins read every area row (RLS) and the workers' public names (a helper).
		const workers = await tx.query<Worker>(
			`select w.id, w.name,
			   coalesce(array(select a.neighbourhood_id from public.worker_areas a where a.worker_id = w.id), '{}') as neighbourhood_ids
			 from private.workers_for_admin() w`
		);
		return { neighbourhoods, workers };
	});
}

/** Sets exactly which neighbourhoods a worker covers. False when the actor may not (RLS). */
export async function setWorkerArea(
	db: Database,
	actor: Actor,
	workerId: string,
	neighbourhoodIds: string[]
): Promise<boolean> {
	try {
		return await withUser(db, actor, async (tx) => {
			const [worker] = await tx.query<{ id: string }>(
				`select id from private.workers_for_admin() where id = $1`,
				[workerId]
			);
			if (!worker) return false;
			await tx.query(
				`delete from public.worker_areas where worker_id = $1 and not (neighbourhood_id = any ($2::uuid[]))`,
				[workerId, neighbourhoodIds]
			);
			await tx.query(
				`insert into public.worker_areas (worker_id, neighbourhood_id)
				 select $1, n.id from public.neighbourhoods n where n.id = any ($2::uuid[])
				 on conflict do nothing`,
				[workerId, neighbourhoodIds]
			);
			return true;
		});
	} catch (e) {
		if (/row-level security|permission denied/i.test(String(e))) return false;
		throw e;
	}
}
