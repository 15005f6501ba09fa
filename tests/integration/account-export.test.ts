import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	EXPORT_COVERAGE,
	EXPORT_EXCLUDED,
	exportMyData,
	type AccountExport
} from '../../src/lib/server/account';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createActivePerson, type ActivePerson } from './account-fixture';

// The data export (issue 10 point 18). The catalog decides which columns refer to a
// person: a foreign key to auth.users(id) or public.profiles(id), a uuid column named
// user_id or *_user_id (a reference without a foreign key), or a text column named
// email. Each must be in the export or deliberately excluded with a reason, so a table
// added later fails here until it is placed.
let db: TestDatabase;
let person: ActivePerson;
let data: AccountExport;

/**
 * "schema.table.column" of every column that refers to a person: the person's own rows
 * (auth.users.id, public.profiles.id), every single-column foreign key to one of those
 * columns (followed transitively: volunteer_matches.volunteer_id refers to
 * volunteer_profiles.user_id, which refers to profiles.id), uuid columns named user_id or
 * *_user_id without a foreign key, and text columns named email.
 */
async function personColumns(): Promise<string[]> {
	const keys = await db.query<{ col: string; ref: string }>(
		`select n.nspname || '.' || c.relname || '.' || a.attname as col,
		        rn.nspname || '.' || rc.relname || '.' || ra.attname as ref
		 from pg_constraint k
		 join pg_class c on c.oid = k.conrelid
		 join pg_namespace n on n.oid = c.relnamespace
		 join pg_attribute a on a.attrelid = c.oid and a.attnum = k.conkey[1]
		 join pg_class rc on rc.oid = k.confrelid
		 join pg_namespace rn on rn.oid = rc.relnamespace
		 join pg_attribute ra on ra.attrelid = rc.oid and ra.attnum = k.confkey[1]
		 where k.contype = 'f' and cardinality(k.conkey) = 1`
	);
	const found = new Set(['auth.users.id', 'public.profiles.id']);
	for (let grew = true; grew;) {
		grew = false;
		for (const { col, ref } of keys)
			if (found.has(ref) && !found.has(col)) {
				found.add(col);
				grew = true;
			}
	}
	const named = await db.query<{ col: string }>(
		`select n.nspname || '.' || c.relname || '.' || a.attname as col
		 from pg_class c
		 join pg_namespace n on n.oid = c.relnamespace
		 join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
		 where c.relkind in ('r', 'p')
		   and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
		   and n.nspname not like 'pg\\_%'
		   and ((a.atttypid = 'uuid'::regtype and a.attname ~ '(^|_)user_id$')
		     or (a.atttypid in ('text'::regtype, 'varchar'::regtype) and a.attname = 'email'))`
	);
	for (const { col } of named) found.add(col);
	return [...found].sort();
}

beforeAll(async () => {
	db = await createTestDatabase();
	({ person } = await createActivePerson(db));
	data = await exportMyData(db, person, new Date('2026-11-30T12:00:00Z'));
}, 120_000);
afterAll(() => db?.close());

describe('data export', () => {
	it('covers every column that refers to a person, or says why not', async () => {
		const columns = await personColumns();
		expect(columns.length).toBeGreaterThan(20);
		const unplaced = columns.filter((c) => !(c in EXPORT_COVERAGE) && !(c in EXPORT_EXCLUDED));
		expect(unplaced, 'add these to EXPORT_COVERAGE or EXPORT_EXCLUDED').toEqual([]);
		for (const [col, reason] of Object.entries(EXPORT_EXCLUDED)) {
			expect(col in EXPORT_COVERAGE, col).toBe(false);
			expect(reason.length, col).toBeGreaterThan(20);
		}
	});

	it('names only sections the export has, and only columns that exist', async () => {
		const columns = new Set(await personColumns());
		for (const [col, section] of Object.entries(EXPORT_COVERAGE)) {
			expect(Object.keys(data), col).toContain(section);
			// Columns of tables another part of Kring has not added (yet) are skipped.
			const table = col.split('.').slice(0, 2).join('.');
			const [exists] = await db.query<{ ok: boolean }>(`select to_regclass($1) is not null as ok`, [
				table
			]);
			if (exists.ok) expect(columns.has(col), col).toBe(true);
		}
	});

	it('holds what the person did', () => {
		expect(data.kring_export_version).toBe(1);
		expect(data.exported_at).toBe('2026-11-30T12:00:00.000Z');
		expect(data.profile).toMatchObject({
			display_name: person.displayName,
			pseudonym: person.pseudonym
		});
		expect(data.account).toMatchObject({ email: person.email });
		expect(data.sessions).toHaveLength(1);
		expect(data.sessions[0]).not.toHaveProperty('token_hash');
		expect(data.questions).toEqual([
			expect.objectContaining({
				body: 'Ik zoek andere mantelzorgers in de buurt om mee te praten.',
				consent_to_contact: true
			})
		]);
		// Consent records (point 20): what was agreed, with the exact text and its version.
		expect(data.consents).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ purpose: 'contact', text_version: 1, withdrawn_at: null }),
				expect.objectContaining({
					purpose: 'seen_anonymously',
					text_version: 1,
					text_nl: 'Anderen mogen mijn vraag zien, zonder mijn naam.'
				})
			])
		);
		expect(data.memberships).toEqual([expect.objectContaining({ role: 'member' })]);
		expect(data.join_requests).toEqual([
			expect.objectContaining({ status: 'waiting', message: 'Mag ik erbij?' })
		]);
		expect(data.invitations).toEqual([expect.objectContaining({ status: 'pending' })]);
		expect(data.rsvps).toEqual([
			expect.objectContaining({ gathering: 'Koffieochtend', answer: 'yes' })
		]);
		expect(data.messages.map((m) => m.body)).toEqual([
			'Hallo allemaal, ik ben nieuw hier.',
			'Tot dinsdag!'
		]);
		expect(data.read_positions).toHaveLength(1);
		expect(data.reports_made).toEqual([
			expect.objectContaining({ reason: 'Test van een melding' })
		]);
		expect(data.reports_made[0]).not.toHaveProperty('message_body');
		expect(data.reports_about_my_messages).toBe(1);
		expect(data.notifications.map((n) => n.kind)).toContain('account_test');
		expect(data.calendar_feed.exists).toBe(true);
		expect(JSON.stringify(data.calendar_feed)).not.toMatch(/token/);
	});

	it('holds nothing of anyone else', () => {
		const text = JSON.stringify(data);
		// The peer's message text and the other reporter's reason are theirs, not the person's.
		expect(text).not.toContain('Welkom! Fijn dat je er bent.');
		expect(text).not.toContain('Melding over dit bericht');
	});

	it('shows an anonymous visitor nothing', async () => {
		await expect(exportMyData(db, { id: '', email: '' })).rejects.toThrow();
	});
});
