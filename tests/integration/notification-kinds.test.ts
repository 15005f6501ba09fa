import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notificationLink, notificationText } from '../../src/lib/components/notifications/text';
import { m } from '../../src/lib/paraglide/messages';
import { overwriteGetLocale } from '../../src/lib/paraglide/runtime';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { notificationProducers, type Producer } from '../helpers/notification-producers';

/**
 * Issue 13.4: every kind of notification the database can create has its own text, in
 * Dutch and in English, and a link. The kinds are not listed here by hand: they are read
 * from what the migrated database would write — the source of every function that calls
 * public.notify() or inserts into public.notifications — and from the server code that
 * does the same. A kind added by a new migration or module without a text fails here.
 */

let db: TestDatabase;
let all: Producer[];

beforeAll(async () => {
	db = await createTestDatabase();
	all = await notificationProducers(db);
});
afterAll(async () => {
	overwriteGetLocale(() => 'nl');
	await db?.close();
});

const payload = {
	circle: 'Koffiekring',
	circle_en: 'Coffee circle',
	circle_name: 'Koffiekring',
	circle_slug: 'koffiekring',
	title: 'Koffieochtend',
	title_en: 'Coffee morning',
	starts_at: '2027-01-13T18:30:00Z',
	name: 'Sanne',
	note: 'Bel me gerust',
	neighbourhood: 'Ridderveld',
	source: 'question',
	count: '2',
	reason: ''
};

function textsIn(locale: 'nl' | 'en', kinds: string[]) {
	overwriteGetLocale(() => locale);
	return {
		other: m.notification_other(),
		texts: Object.fromEntries(kinds.map((kind) => [kind, notificationText({ kind, payload })]))
	};
}

describe('every notification kind the database can create says what it is about', () => {
	it('finds the kinds in the database (and in the server code), dynamic ones included', () => {
		const kinds = new Set(all.map((p) => p.kind));
		// A few that must be there, so a broken reader cannot pass by finding nothing.
		for (const kind of [
			'join_request_approved', // 'join_request_' || outcome
			'circle_published', // 'circle_' || new.status
			'gathering_cancelled', // a variable
			'gathering_reminder', // server code
			'circle_invitation'
		])
			expect(kinds, kind).toContain(kind);
	});

	it('each has its own text in Dutch and in English, never "something new in Kring"', () => {
		const kinds = [...new Set(all.map((p) => p.kind))].sort();
		for (const locale of ['nl', 'en'] as const) {
			const { other, texts } = textsIn(locale, kinds);
			for (const kind of kinds) {
				expect(texts[kind], `${kind} (${locale}) has no text`).toBeTruthy();
				expect(texts[kind], `${kind} (${locale})`).not.toBe(other);
			}
			const seen = new Map<string, string>();
			for (const kind of kinds) {
				const same = seen.get(texts[kind]!);
				expect(same, `${kind} and ${same} read the same in ${locale}`).toBeUndefined();
				seen.set(texts[kind]!, kind);
			}
		}
		const nl = textsIn('nl', kinds).texts;
		const en = textsIn('en', kinds).texts;
		for (const kind of kinds) expect(en[kind], `${kind}: English = Dutch`).not.toBe(nl[kind]);
	});

	it('each leads somewhere: its own link, or the kind’s usual page', () => {
		for (const p of all) {
			const link = p.link ?? notificationLink({ kind: p.kind, payload, link: null });
			expect(link, `${p.kind} from ${p.where} has no link`).toBeTruthy();
		}
	});
});
