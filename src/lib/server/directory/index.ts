import type { DirectoryEntryInput, DirectoryKind } from '$lib/schemas/directory';
import { withUser, type Actor, type Database, type Sql } from '../db';
import { rankDirectory, type DirectoryMatch, type ThemeLabels } from './match';

export { rankDirectory } from './match';

export type DirectoryEntry = {
	id: string;
	kind: DirectoryKind;
	name: string;
	name_en: string | null;
	what: string;
	what_en: string | null;
	for_whom: string;
	for_whom_en: string | null;
	hours: string;
	hours_en: string | null;
	phone: string | null;
	email: string | null;
	website: string | null;
	address: string | null;
	theme_slugs: string[];
	neighbourhood_id: string | null;
	neighbourhood_name: string | null;
	published: boolean;
	last_checked_at: Date;
	/** Whether the reader keeps this entry (a worker of its area, or an admin). */
	can_edit: boolean;
};

const columns = `e.id, e.kind, e.name, e.name_en, e.what, e.what_en, e.for_whom, e.for_whom_en,
  e.hours, e.hours_en, e.phone, e.email, e.website, e.address, e.theme_slugs, e.neighbourhood_id,
  n.name as neighbourhood_name, e.published, e.last_checked_at,
  private.directory_in_my_area(e.neighbourhood_id) as can_edit`;

/** Errors a directory write can end in; the routes turn them into translated messages. */
export type DirectoryError = 'not_allowed' | 'not_found';

function readEntries(tx: Sql, where = 'true', params: unknown[] = []) {
	return tx.query<DirectoryEntry>(
		`select ${columns}
		 from public.directory_entries e
		 left join public.neighbourhoods n on n.id = e.neighbourhood_id
		 where ${where}
		 order by e.name`,
		params
	);
}

async function themeLabels(tx: Sql): Promise<ThemeLabels> {
	const rows = await tx.query<{ slug: string; label_nl: string; label_en: string }>(
		`select slug, label_nl, label_en from public.themes`
	);
	return new Map(rows.map((r) => [r.slug, { nl: r.label_nl, en: r.label_en }]));
}

/** Every entry the reader may see: published ones, and for workers the drafts of their area. */
export function listDirectory(db: Database, actor: Actor): Promise<DirectoryEntry[]> {
	return withUser(db, actor, (tx) => readEntries(tx));
}

/** Published entries that fit a resident's words (themes and synonyms, then the text). */
export function searchDirectoryIn(
	tx: Sql,
	text: string,
	limit = 6
): Promise<DirectoryMatch<DirectoryEntry>[]> {
	return Promise.all([readEntries(tx, 'e.published'), themeLabels(tx)]).then(([entries, labels]) =>
		rankDirectory(text, entries, labels, limit)
	);
}

export function searchDirectory(db: Database, actor: Actor, text: string, limit = 6) {
	return withUser(db, actor, (tx) => searchDirectoryIn(tx, text, limit));
}

export function getDirectoryEntry(
	db: Database,
	actor: Actor,
	id: string
): Promise<DirectoryEntry | null> {
	return withUser(db, actor, async (tx) => (await readEntries(tx, 'e.id = $1', [id]))[0] ?? null);
}

/** Neighbourhoods the actor keeps entries for, and whether they keep the town-wide ones. */
export function directoryAreas(db: Database, actor: Actor) {
	return withUser(db, actor, async (tx) => {
		const neighbourhoods = await tx.query<{ id: string; name: string }>(
			`select id, name from public.neighbourhoods
			 where private.directory_in_my_area(id) order by name`
		);
		const [{ town }] = await tx.query<{ town: boolean }>(
			`select private.directory_in_my_area(null) as town`
		);
		return { neighbourhoods, town };
	});
}

const refused = (e: unknown) => /row-level security|permission denied/i.test(String(e));

const values = (i: DirectoryEntryInput) => [
	i.kind,
	i.name,
	i.name_en,
	i.what,
	i.what_en,
	i.for_whom,
	i.for_whom_en,
	i.hours,
	i.hours_en,
	i.phone,
	i.email,
	i.website,
	i.address,
	i.theme_slugs,
	i.neighbourhood_id,
	i.published
];

/** Adds an entry in the actor's area; its "last checked" date is today. */
export async function createDirectoryEntry(
	db: Database,
	actor: Actor,
	input: DirectoryEntryInput
): Promise<{ id: string } | { error: DirectoryError }> {
	try {
		return await withUser(db, actor, async (tx) => {
			const [row] = await tx.query<{ id: string }>(
				`insert into public.directory_entries
				   (kind, name, name_en, what, what_en, for_whom, for_whom_en, hours, hours_en,
				    phone, email, website, address, theme_slugs, neighbourhood_id, published)
				 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
				 returning id`,
				values(input)
			);
			return { id: row.id };
		});
	} catch (e) {
		if (refused(e)) return { error: 'not_allowed' };
		throw e;
	}
}

/** Changes an entry; writing it down again counts as checking it. */
export async function updateDirectoryEntry(
	db: Database,
	actor: Actor,
	id: string,
	input: DirectoryEntryInput
): Promise<true | DirectoryError> {
	try {
		return await withUser(db, actor, async (tx) => {
			const rows = await tx.query(
				`update public.directory_entries set
				   kind = $2, name = $3, name_en = $4, what = $5, what_en = $6, for_whom = $7,
				   for_whom_en = $8, hours = $9, hours_en = $10, phone = $11, email = $12,
				   website = $13, address = $14, theme_slugs = $15, neighbourhood_id = $16,
				   published = $17, last_checked_at = clock_timestamp()
				 where id = $1 returning id`,
				[id, ...values(input)]
			);
			return rows.length ? true : 'not_found';
		});
	} catch (e) {
		if (refused(e)) return 'not_allowed';
		throw e;
	}
}

/** "Still right": the entry was checked today. False when the actor does not keep it. */
export function markDirectoryChecked(db: Database, actor: Actor, id: string): Promise<boolean> {
	return withUser(db, actor, async (tx) => {
		const rows = await tx.query(
			`update public.directory_entries set last_checked_at = clock_timestamp()
			 where id = $1 returning id`,
			[id]
		);
		return rows.length > 0;
	});
}

export function deleteDirectoryEntry(db: Database, actor: Actor, id: string): Promise<boolean> {
	return withUser(db, actor, async (tx) => {
		const rows = await tx.query(`delete from public.directory_entries where id = $1 returning id`, [
			id
		]);
		return rows.length > 0;
	});
}

/** Whether the actor keeps directory entries at all (a neighbourhood worker or an admin). */
export function isDirectoryKeeper(db: Database, actor: Actor): Promise<boolean> {
	if (!actor) return Promise.resolve(false);
	return withUser(db, actor, async (tx) => {
		const [row] = await tx.query<{ ok: boolean }>(
			`select coalesce(bool_or(r in ('worker', 'admin')), false) as ok
			 from public.profiles p, unnest(p.roles) r where p.id = (select auth.uid())`
		);
		return Boolean(row?.ok);
	});
}
