import { withUser, type Actor, type Database } from '../db';

export type Theme = { slug: string; label_nl: string; label_en: string };
export type Neighbourhood = { id: string; slug: string; name: string };

export function listThemes(db: Database, actor: Actor): Promise<Theme[]> {
	return withUser(db, actor, (tx) =>
		tx.query<Theme>('select slug, label_nl, label_en from public.themes order by sort_order, slug')
	);
}

export function listNeighbourhoods(db: Database, actor: Actor): Promise<Neighbourhood[]> {
	return withUser(db, actor, (tx) =>
		tx.query<Neighbourhood>('select id, slug, name from public.neighbourhoods order by name')
	);
}
