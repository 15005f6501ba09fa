import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import fc from 'fast-check';
import { io as ioClient, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { match as isSlug } from '../../src/params/slug';
import { match as isUuid } from '../../src/params/uuid';
import { EmbeddedAuth } from '../../src/lib/server/auth';
import { safeRedirect } from '../../src/lib/server/auth/redirect';
import { inputErrorStatusOf } from '../../src/lib/server/errors';
import { createRealtime, registerRealtime, type Realtime } from '../../src/lib/server/realtime';
import { storable } from '../../src/lib/schemas/text';
import * as circleNew from '../../src/routes/circles/new/+page.server';
import * as circlePage from '../../src/routes/circles/[slug]/+page.server';
import * as chatPage from '../../src/routes/circles/[slug]/chat/+page.server';
import * as gatheringNew from '../../src/routes/circles/[slug]/gatherings/new/+page.server';
import * as manage from '../../src/routes/circles/[slug]/manage/+page.server';
import * as proposed from '../../src/routes/circles/proposed/+page.server';
import * as gatheringPage from '../../src/routes/gatherings/[id=uuid]/+page.server';
import { GET as gatheringIcs } from '../../src/routes/gatherings/[id=uuid]/ics/+server';
import { GET as calendarFeed } from '../../src/routes/calendar/feed/[token]/+server';
import * as language from '../../src/routes/language/+page.server';
import * as moderation from '../../src/routes/moderation/+page.server';
import * as notifications from '../../src/routes/notifications/+page.server';
import * as notificationSettings from '../../src/routes/notifications/settings/+page.server';
import * as volunteerPage from '../../src/routes/volunteer/+page.server';
import * as profile from '../../src/routes/profile/+page.server';
import * as profilePrivacy from '../../src/routes/profile/privacy/+page.server';
import * as pushSettings from '../../src/routes/profile/notifications/+page.server';
import * as questionPage from '../../src/routes/questions/[id=uuid]/+page.server';
import * as stories from '../../src/routes/stories/+page.server';
import * as directory from '../../src/routes/directory/+page.server';
import * as directoryNew from '../../src/routes/directory/new/+page.server';
import * as questionEdit from '../../src/routes/questions/[id=uuid]/edit/+page.server';
import * as questionNew from '../../src/routes/questions/new/+page.server';
import * as signin from '../../src/routes/signin/+page.server';
import * as workerCircle from '../../src/routes/worker/circles/new/+page.server';
import * as workerProposal from '../../src/routes/worker/proposals/[id=uuid]/+page.server';
import { POST as suggest } from '../../src/routes/api/suggest/+server';
import { call, connected } from '../bench/chat-client';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { cookieJar } from '../helpers/cookies';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

/**
 * Issue 10.15: bad input gets a 400/404 with a message, never a 5xx, and stores nothing.
 * Every form action, JSON endpoint and socket event is driven in-process (the route
 * modules with a RequestEvent as SvelteKit builds it; a real socket.io server) against
 * a seeded database, ≥ 1,000 generated cases each. Each case starts from a valid input
 * and spoils one to three fields with a value that must be refused (a NUL or other
 * control character, a uuid or slug that is not there, 30 February, year 0 or 9999…),
 * so nothing may be stored: a fingerprint of every public table is the same after the
 * 1,000 cases as before. Then the unspoiled input is sent once and must succeed, so the
 * refusals were about the spoiled fields.
 *
 * A database error that the hooks answer with 400/404 (errors.ts) counts as handled, but
 * only "not there" (23503, 42501) may get that far: NUL bytes, bad dates and bad uuids
 * must be stopped by the schemas before any query.
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const ORIGIN = 'http://localhost:5173';

let db: TestDatabase;
let auth: EmbeddedAuth;
const who: Record<string, { id: string; email: string }> = {};
const ids: Record<string, string> = {};

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	auth = new EmbeddedAuth(db, { sessionDays: 1 });
	for (const [k, email] of Object.entries({
		sanne: 'sanne@kring.example',
		mohamed: 'mohamed@kring.example',
		fatima: 'fatima@kring.example',
		r50: 'r50@kring.example'
	}))
		who[k] = { id: await userId(db, email), email };
	const one = async (sql: string, params: unknown[] = []) =>
		(await db.query<{ id: string }>(sql, params))[0]?.id;
	ids.cafe = (await one(`select id from public.circles where slug = 'autisme-cafe-ridderveld'`))!;
	ids.centrum = (await one(`select id from public.neighbourhoods where slug = 'centrum'`))!;
	ids.directoryEntry = (await one(
		`select id from public.directory_entries where name = 'Sociaal wijkteam Centrum'`
	))!;
	ids.neighbourhood = (await one(`select id from public.neighbourhoods order by slug limit 1`))!;
	ids.privateCircle = (await one(
		`select id from public.circles where visibility = 'private' order by slug limit 1`
	))!;
	ids.privateSlug = (
		await db.query<{ slug: string }>(`select slug from public.circles where id = $1`, [
			ids.privateCircle
		])
	)[0].slug;
	// A gathering in the private circle, cancelled: an outsider must not learn either fact.
	ids.privateGathering = (await one(
		`insert into public.gatherings (circle_id, title, starts_at, ends_at, cancelled_at)
		 values ($1, 'Besloten avond', now() + interval '3 days', now() + interval '3 days 2 hours', now())
		 returning id`,
		[ids.privateCircle]
	))!;
	ids.cafeGathering = (await one(
		`insert into public.gatherings (circle_id, title, starts_at, ends_at)
		 values ($1, 'Koffieavond', now() + interval '5 days', now() + interval '5 days 2 hours')
		 returning id`,
		[ids.cafe]
	))!;
	ids.sanneQuestion = (await one(
		`insert into public.questions (user_id, body, theme_slugs, languages)
		 values ($1, 'Ik zoek andere ouders van een kind met autisme', '{autism}', '{nl}') returning id`,
		[who.sanne.id]
	))!;
	ids.proposal = (await one(`select id from public.circle_proposals limit 1`)) ?? randomUUID();
}, 180_000);
afterAll(async () => {
	await db?.close();
});

/** A signature of every table in public that any insert, update or delete changes. */
async function fingerprint(): Promise<Record<string, string>> {
	const tables = await db.query<{ name: string }>(
		// circle_search_version is a cache counter a statement trigger bumps on any update of
		// circles, even one that changes no row: not something stored for anyone.
		`select tablename as name from pg_tables
		 where schemaname = 'public' and tablename <> 'circle_search_version' order by 1`
	);
	const sql = tables
		.map(
			(t) =>
				// Rows and the newest row version: an insert or delete changes the count, an
				// update gives its row a newer xmin (cheap; no serialising of every row).
				`select '${t.name}' as name, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text as print from public."${t.name}"`
		)
		.join(' union all ');
	const rows = await db.query<{ name: string; print: string }>(sql);
	return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

const changedTables = (a: Record<string, string>, b: Record<string, string>) =>
	Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);

// ---------------------------------------------------------------- bad values, by kind of field

const controls = ['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\u009f'];
/** Text with at least one character no text in Kring may hold. */
const badText = fc
	.tuple(fc.string({ maxLength: 40 }), fc.constantFrom(...controls), fc.string({ maxLength: 40 }))
	.map(([a, c, b]) => `${a}${c}${b}`);
/** Not a uuid, or a uuid of nothing. */
const badUuid = fc.oneof(
	fc.uuid(),
	fc.constantFrom('not-a-uuid', '0', '1 or 1=1', '00000000-0000-0000-0000-00000000000g'),
	badText
);
/** Not a uuid at all (for a client-made id, where any uuid would do). */
const notUuid = fc.oneof(
	fc.constantFrom('not-a-uuid', '0', '{}', '00000000-0000-0000-0000-00000000000g'),
	badText
);
const badSlug = fc.oneof(
	fc.stringMatching(/^[a-z]{3,12}$/).map((s) => `zz-${s}`),
	fc.constantFrom('Thema', 'a b', '-', 'ö'),
	badText
);
const badDate = fc.oneof(
	fc.constantFrom(
		'2026-02-30',
		'2027-02-29',
		'2026-04-31',
		'2026-13-01',
		'2026-00-10',
		'0000-01-01',
		'0001-01-01',
		'9999-12-31',
		'1999-12-31',
		'2026-1-1',
		'tomorrow'
	),
	fc.integer({ min: 0, max: 9999 }).map((y) => `${String(y).padStart(4, '0')}-02-30`),
	badText
);
const badTime = fc.oneof(fc.constantFrom('24:00', '19:60', '7:30', '19.30', ''), badText);
/**
 * Numbers no parse can rescue. (sveltekit-superforms reads a number field with parseFloat,
 * and an integer with parseInt, so "9abc" becomes 9 and "1.5" 1: lenient, but what it
 * stores is a valid number, so not counted as bad here.)
 */
const badNumber = fc.oneof(
	fc.constantFrom('-1', '0', 'NaN', 'abc', '-', '99999999999999999999'),
	badText.map((t) => `x${t}`)
);
const badEnum = fc.oneof(
	fc.constantFrom('YES', '__proto__', 'constructor', 'toString'),
	fc.stringMatching(/^[a-z]{1,8}$/).map((s) => `zz_${s}`),
	badText
);
const badEmail = fc.oneof(
	fc.constantFrom('a@b\r\nBcc: x@evil.example', 'no-at-sign', '@kring.example', 'a@'),
	badText.map((t) => `${t}@kring.example`)
);

const bad = {
	text: badText,
	uuid: badUuid,
	notUuid,
	slug: badSlug,
	date: badDate,
	time: badTime,
	number: badNumber,
	enum: badEnum,
	email: badEmail
};
type Kind = keyof typeof bad;
/** A field, its kind, and whether the form sends it as a list (checkboxes, multi-select). */
type Field = Kind | `${Kind}[]`;
type Form = Record<string, string | string[]>;

/** One to three fields spoiled (a list gets a bad entry added), plus some unknown keys. */
function spoiled(valid: () => Form, fields: Record<string, Field>) {
	const names = Object.keys(fields);
	return fc
		.tuple(
			fc.uniqueArray(fc.constantFrom(...names), {
				minLength: 1,
				maxLength: Math.min(3, names.length)
			}),
			fc.array(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), {
				maxLength: 2
			})
		)
		.chain(([keys, noise]) =>
			fc.tuple(...keys.map((k) => bad[fields[k].replace('[]', '') as Kind])).map((values) => {
				const form = valid();
				keys.forEach((k, i) => {
					const current = form[k];
					form[k] = fields[k].endsWith('[]')
						? [...(Array.isArray(current) ? current : current ? [current] : []), values[i]]
						: values[i];
				});
				const entries: [string, string][] = [];
				for (const [k, v] of Object.entries(form))
					for (const one of Array.isArray(v) ? v : [v]) entries.push([k, one]);
				for (const [k, v] of noise) entries.push([`x_${k}`, v]);
				return { spoiled: keys, entries };
			})
		);
}

// ---------------------------------------------------------------- running a route action

type Actor = { id: string; email: string } | null;
type Outcome = { status: number; sqlstate?: string };

function requestEvent(
	path: string,
	params: Record<string, string>,
	actor: Actor,
	entries: [string, string][]
) {
	const url = new URL(path, ORIGIN);
	const body = new URLSearchParams();
	for (const [k, v] of entries) body.append(k, v);
	const ip = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;
	return {
		url,
		params,
		cookies: cookieJar(),
		locals: { db, auth, user: actor },
		getClientAddress: () => ip,
		setHeaders: () => {},
		isDataRequest: false,
		isSubRequest: false,
		route: { id: path },
		request: new Request(url, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN },
			body
		})
	};
}

/** What SvelteKit (with hooks.server.ts) would answer, by status. */
async function outcome(run: () => unknown): Promise<Outcome> {
	try {
		const result = await run();
		if (isActionFailure(result)) return { status: result.status };
		if (result instanceof Response) return { status: result.status };
		return { status: 200 };
	} catch (e) {
		if (isRedirect(e)) return { status: e.status };
		if (isHttpError(e)) return { status: e.status };
		const status = inputErrorStatusOf(e);
		const sqlstate = String((e as { code?: unknown })?.code ?? '');
		if (status) return { status, sqlstate };
		throw e; // a 500: the test fails with the real error
	}
}

/** Only "not there" may reach the database; everything else the schemas stop. */
const notThere = new Set(['23503', '42501']);

type ActionModule = { actions: Record<string, (event: never) => unknown> };
type Target = {
	name: string;
	module: ActionModule;
	action: string;
	path: string;
	params?: () => Record<string, string>;
	actor: () => Actor;
	valid: () => Form;
	fields: Record<string, Field>;
	/** The unspoiled input succeeds (a redirect or a 200); false where it must not. */
	baseline?: number[] | false;
};

const circleForm = (): Form => ({
	name: 'Fuzzkring voor mantelzorgers',
	description: 'Een kring om samen te praten over zorgen voor een ander.',
	name_en: '',
	description_en: '',
	house_rules: '',
	meeting_note: '',
	location_name: 'Buurthuis',
	theme_slugs: ['family-caregiving'],
	neighbourhood_id: ids.neighbourhood,
	format: 'in_person',
	visibility: 'public',
	join_policy: 'open',
	capacity: '12',
	meeting_weekdays: ['2'],
	meeting_parts: ['evening'],
	languages: ['nl']
});
const circleFields: Record<string, Field> = {
	name: 'text',
	description: 'text',
	name_en: 'text',
	description_en: 'text',
	house_rules: 'text',
	meeting_note: 'text',
	location_name: 'text',
	theme_slugs: 'slug[]',
	neighbourhood_id: 'uuid',
	format: 'enum',
	visibility: 'enum',
	join_policy: 'enum',
	capacity: 'number',
	meeting_weekdays: 'number[]',
	meeting_parts: 'enum[]',
	languages: 'enum[]'
};
const questionForm = (): Form => ({
	body: 'Ik zorg voor mijn moeder en zoek anderen die dat ook doen.',
	theme_slugs: ['family-caregiving'],
	neighbourhood_id: ids.neighbourhood,
	preferred_format: 'either',
	preferred_times: ['evening'],
	languages: ['nl']
});
const questionFields: Record<string, Field> = {
	body: 'text',
	theme_slugs: 'slug[]',
	neighbourhood_id: 'uuid',
	preferred_format: 'enum',
	preferred_times: 'enum[]',
	languages: 'enum[]'
};
const seedForm = (): Form => ({
	name: 'Kring voor rouw',
	description: 'Samen praten over verlies en gemis, in de buurt.',
	theme_slugs: ['grief'],
	neighbourhood_id: ids.neighbourhood,
	format: 'in_person',
	meeting_weekdays: ['3'],
	meeting_parts: ['morning'],
	meeting_note: '',
	capacity: '10',
	languages: ['nl']
});
const seedFields: Record<string, Field> = {
	name: 'text',
	description: 'text',
	theme_slugs: 'slug[]',
	neighbourhood_id: 'uuid',
	format: 'enum',
	meeting_weekdays: 'number[]',
	meeting_parts: 'enum[]',
	meeting_note: 'text',
	capacity: 'number',
	languages: 'enum[]'
};
const nextYear = new Date().getUTCFullYear() + 1;

const targets: Target[] = [
	{
		name: 'profile: save',
		module: profile,
		action: 'default',
		path: '/profile',
		actor: () => who.sanne,
		valid: () => ({
			display_name: 'Sanne de Vries',
			pseudonym: '',
			languages: ['nl'],
			neighbourhood_id: ids.neighbourhood
		}),
		fields: {
			display_name: 'text',
			pseudonym: 'text',
			languages: 'enum[]',
			neighbourhood_id: 'uuid'
		}
	},
	{
		name: 'questions/new: save',
		module: questionNew,
		action: 'save',
		path: '/questions/new',
		actor: () => who.r50,
		valid: questionForm,
		fields: questionFields
	},
	{
		name: 'questions/new: recognise',
		module: questionNew,
		action: 'recognise',
		path: '/questions/new',
		actor: () => who.r50,
		valid: questionForm,
		fields: { body: 'text' },
		baseline: [200]
	},
	{
		name: 'questions/[id]/edit: save',
		module: questionEdit,
		action: 'save',
		path: '/questions/x/edit',
		params: () => ({ id: ids.sanneQuestion }),
		actor: () => who.sanne,
		valid: questionForm,
		fields: questionFields
	},
	{
		name: 'questions/[id]: pause (someone else’s or no question)',
		module: questionPage,
		action: 'pause',
		path: '/questions/x',
		params: () => ({ id: randomUUID() }),
		actor: () => who.r50,
		valid: () => ({}),
		fields: { x: 'text' },
		baseline: [404, 400, 303]
	},
	{
		name: 'questions/[id]: aftercare (no check-in, or a bad answer)',
		module: questionPage,
		action: 'aftercare',
		path: '/questions/x',
		params: () => ({ id: ids.sanneQuestion }),
		actor: () => who.sanne,
		valid: () => ({ response: 'fine' }),
		fields: { response: 'enum' },
		baseline: [404]
	},
	{
		name: 'stories: share',
		module: stories,
		action: 'share',
		path: '/stories',
		actor: () => who.sanne,
		valid: () => ({
			title: 'Wat de kring deed',
			body: 'Door de kring voel ik me minder alleen met de zorg.',
			theme_slugs: ['debt'],
			neighbourhood_id: '',
			named: 'no'
		}),
		fields: { title: 'text', body: 'text', theme_slugs: 'slug[]', neighbourhood_id: 'uuid' }
	},
	{
		name: 'directory: checked',
		module: directory,
		action: 'checked',
		path: '/directory',
		actor: () => who.fatima,
		valid: () => ({ id: ids.directoryEntry }),
		fields: { id: 'uuid' }
	},
	{
		name: 'directory/new',
		module: directoryNew,
		action: 'default',
		path: '/directory/new',
		actor: () => who.fatima,
		valid: () => ({
			kind: 'service',
			name: 'Fuzzdienst',
			what: 'Helpt bewoners met van alles in de wijk.',
			for_whom: '',
			hours: '',
			phone: '0172 000 999',
			email: 'fuzz@alphen.example',
			website: '',
			address: '',
			theme_slugs: ['debt'],
			neighbourhood_id: ids.centrum,
			published: 'on'
		}),
		fields: {
			kind: 'enum',
			name: 'text',
			what: 'text',
			phone: 'text',
			email: 'email',
			theme_slugs: 'slug[]',
			neighbourhood_id: 'uuid'
		}
	},
	{
		name: 'circles/[slug]: voice (not asked now, or a bad option)',
		module: circlePage,
		action: 'voice',
		path: '/circles/x',
		params: () => ({ slug: 'taaltafel-nieuwkomers' }),
		actor: () => who.r50,
		valid: () => ({ helps_with: ['peers'], missing: [] }),
		fields: { helps_with: 'enum[]', missing: 'enum[]' }
	},
	{
		name: 'circles/new',
		module: circleNew,
		action: 'default',
		path: '/circles/new',
		actor: () => who.r50,
		valid: circleForm,
		fields: circleFields
	},
	{
		name: 'circles/[slug]/manage: save',
		module: manage,
		action: 'save',
		path: '/circles/autisme-cafe-ridderveld/manage',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({
			...circleForm(),
			name: 'Autisme-café Ridderveld',
			theme_slugs: ['autism'],
			join_policy: 'approval'
		}),
		fields: circleFields
	},
	{
		name: 'circles/[slug]/manage: decide',
		module: manage,
		action: 'decide',
		path: '/circles/autisme-cafe-ridderveld/manage',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ request_id: randomUUID(), decision: 'approve', reason: '' }),
		fields: { request_id: 'uuid', decision: 'enum', reason: 'text' },
		baseline: [409, 303]
	},
	{
		name: 'circles/[slug]/manage: remove and role',
		module: manage,
		action: 'role',
		path: '/circles/autisme-cafe-ridderveld/manage',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ member_id: randomUUID(), reason: '', role: 'member' }),
		fields: { member_id: 'uuid', reason: 'text', role: 'enum' },
		baseline: [409, 303, 404]
	},
	{
		name: 'circles/[slug]/manage: status',
		module: manage,
		action: 'status',
		path: '/circles/autisme-cafe-ridderveld/manage',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ status: 'published' }),
		fields: { status: 'enum' }
	},
	{
		name: 'circles/[slug]/manage: revoke',
		module: manage,
		action: 'revoke',
		path: '/circles/autisme-cafe-ridderveld/manage',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ invitation_id: randomUUID() }),
		fields: { invitation_id: 'uuid' },
		baseline: [303]
	},
	{
		name: 'circles/[slug]: join (unknown slug or bad message)',
		module: circlePage,
		action: 'join',
		path: '/circles/x',
		params: () => ({ slug: 'taaltafel-nieuwkomers' }),
		actor: () => who.r50,
		valid: () => ({ message: 'Ik wil graag meedoen.' }),
		fields: { message: 'text' }
	},
	{
		name: 'circles/[slug]/gatherings/new',
		module: gatheringNew,
		action: 'default',
		path: '/circles/autisme-cafe-ridderveld/gatherings/new',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({
			title: 'Koffieochtend',
			description: '',
			date: `${nextYear}-03-10`,
			time: '19:30',
			duration_minutes: '90',
			recurrence: 'none',
			count: '1',
			location_name: 'Buurthuis',
			address: '',
			room: '',
			online_url: '',
			capacity: ''
		}),
		fields: {
			title: 'text',
			description: 'text',
			date: 'date',
			time: 'time',
			duration_minutes: 'number',
			recurrence: 'enum',
			count: 'number',
			location_name: 'text',
			address: 'text',
			room: 'text',
			online_url: 'text',
			capacity: 'number'
		}
	},
	{
		name: 'gatherings/[id]: rsvp by a non-member of a private, cancelled gathering',
		module: gatheringPage,
		action: 'rsvp',
		path: '/gatherings/x',
		params: () => ({ id: ids.privateGathering }),
		actor: () => who.r50,
		valid: () => ({ answer: 'yes' }),
		fields: { answer: 'enum' },
		baseline: [404]
	},
	{
		name: 'gatherings/[id]: rsvp to a gathering that does not exist',
		module: gatheringPage,
		action: 'rsvp',
		path: '/gatherings/x',
		params: () => ({ id: randomUUID() }),
		actor: () => who.r50,
		valid: () => ({ answer: 'yes' }),
		fields: { answer: 'enum' },
		baseline: [404]
	},
	{
		name: 'gatherings/[id]: rsvp by a member',
		module: gatheringPage,
		action: 'rsvp',
		path: '/gatherings/x',
		params: () => ({ id: ids.cafeGathering }),
		actor: () => who.mohamed,
		valid: () => ({ answer: 'maybe' }),
		fields: { answer: 'enum' }
	},
	{
		name: 'circles/[slug]/chat: send',
		module: chatPage,
		action: 'send',
		path: '/circles/autisme-cafe-ridderveld/chat',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ clientId: randomUUID(), body: 'Tot dinsdag!' }),
		fields: { clientId: 'notUuid', body: 'text' }
	},
	{
		name: 'circles/[slug]/chat: edit',
		module: chatPage,
		action: 'edit',
		path: '/circles/autisme-cafe-ridderveld/chat',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ messageId: '999999999', body: 'Tot woensdag!' }),
		fields: { messageId: 'number', body: 'text' },
		baseline: [403, 404]
	},
	{
		name: 'circles/[slug]/chat: report',
		module: chatPage,
		action: 'report',
		path: '/circles/autisme-cafe-ridderveld/chat',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ messageId: '999999999', reason: 'Niet aardig' }),
		fields: { messageId: 'number', reason: 'text' },
		baseline: [400, 403, 404]
	},
	{
		name: 'profile/privacy: withdraw a consent',
		module: profilePrivacy,
		action: 'withdraw',
		path: '/profile/privacy',
		actor: () => who.sanne,
		valid: () => ({ id: randomUUID() }),
		fields: { id: 'uuid' }
	},
	{
		name: 'profile/privacy: unblock',
		module: profilePrivacy,
		action: 'unblock',
		path: '/profile/privacy',
		actor: () => who.sanne,
		valid: () => ({ id: randomUUID() }),
		fields: { id: 'uuid' }
	},
	{
		name: 'circles/[slug]/chat: ban',
		module: chatPage,
		action: 'ban',
		path: '/circles/autisme-cafe-ridderveld/chat',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.mohamed,
		valid: () => ({ personId: who.r50.id, reason: 'Bleef kwetsen' }),
		fields: { personId: 'uuid', reason: 'text' }
	},
	{
		name: 'circles/[slug]: report the circle',
		module: circlePage,
		action: 'report',
		path: '/circles/autisme-cafe-ridderveld',
		params: () => ({ slug: 'autisme-cafe-ridderveld' }),
		actor: () => who.r50,
		valid: () => ({ kind: 'circle', subjectId: ids.cafe, reason: 'Kwetsend of ongepast' }),
		fields: { kind: 'enum', reason: 'text' }
	},
	{
		name: 'moderation: close a report of a person or circle',
		module: moderation,
		action: 'closeSubject',
		path: '/moderation',
		actor: () => who.fatima,
		valid: () => ({ report_id: randomUUID(), outcome: 'resolved', note: 'Gesprek gehad' }),
		fields: { report_id: 'uuid', outcome: 'enum', note: 'text' },
		baseline: [409]
	},
	{
		name: 'moderation: hide',
		module: moderation,
		action: 'hide',
		path: '/moderation',
		actor: () => who.mohamed,
		valid: () => ({ report_id: randomUUID(), reason: 'Kwetsend' }),
		fields: { report_id: 'uuid', reason: 'text' },
		baseline: [409, 403]
	},
	{
		name: 'moderation: close',
		module: moderation,
		action: 'close',
		path: '/moderation',
		actor: () => who.mohamed,
		valid: () => ({ report_id: randomUUID(), outcome: 'dismissed' }),
		fields: { report_id: 'uuid', outcome: 'enum' },
		baseline: [409]
	},
	{
		name: 'notifications: read',
		module: notifications,
		action: 'read',
		path: '/notifications',
		actor: () => who.sanne,
		valid: () => ({ id: randomUUID() }),
		fields: { id: 'uuid' },
		baseline: [303]
	},
	{
		name: 'profile/notifications: push subscribe',
		module: pushSettings,
		action: 'subscribe',
		path: '/profile/notifications',
		actor: () => who.sanne,
		valid: () => ({
			endpoint: 'https://push.example/fuzz-device',
			p256dh: 'B'.repeat(87),
			auth: 'A'.repeat(22)
		}),
		fields: { endpoint: 'text', p256dh: 'text', auth: 'text' }
	},
	{
		name: 'profile/notifications: push kinds',
		module: pushSettings,
		action: 'kinds',
		path: '/profile/notifications',
		actor: () => who.sanne,
		valid: () => ({ kinds: ['gatherings', 'safety'] }),
		fields: { kinds: 'enum[]' }
	},
	{
		name: 'profile/notifications: push unsubscribe',
		module: pushSettings,
		action: 'unsubscribe',
		path: '/profile/notifications',
		actor: () => who.mohamed,
		valid: () => ({ endpoint: 'https://push.example/not-mine' }),
		fields: { endpoint: 'text' }
	},
	{
		name: 'circles/proposed: publish',
		module: proposed,
		action: 'default',
		path: '/circles/proposed',
		actor: () => who.fatima,
		valid: () => ({ circle_id: randomUUID(), status: 'published' }),
		fields: { circle_id: 'uuid', status: 'enum' },
		baseline: [409, 303, 404]
	},
	{
		name: 'worker/circles/new',
		module: workerCircle,
		action: 'default',
		path: '/worker/circles/new',
		actor: () => who.fatima,
		valid: seedForm,
		fields: seedFields
	},
	{
		name: 'worker/proposals/[id]: seed',
		module: workerProposal,
		action: 'seed',
		path: '/worker/proposals/x',
		params: () => ({ id: ids.proposal }),
		actor: () => who.fatima,
		valid: seedForm,
		fields: seedFields,
		baseline: false
	},
	{
		name: 'notifications/settings',
		module: notificationSettings,
		action: 'default',
		path: '/notifications/settings',
		actor: () => who.sanne,
		valid: () => ({ 'group.circles': 'immediately', 'group.gatherings': 'immediately' }),
		fields: { 'group.circles': 'enum', 'group.gatherings': 'enum' }
	},
	{
		name: 'volunteer: dismissInvitation',
		module: volunteerPage,
		action: 'dismissInvitation',
		path: '/volunteer',
		actor: () => who.sanne,
		valid: () => ({ invitation: randomUUID() }),
		fields: { invitation: 'uuid' }
	},
	{
		name: 'signin: send',
		module: signin,
		action: 'send',
		path: '/signin',
		actor: () => null,
		valid: () => ({ email: 'fuzz-nieuw@kring.example' }),
		fields: { email: 'email' }
	},
	{
		name: 'signin: verify',
		module: signin,
		action: 'verify',
		path: '/signin',
		actor: () => null,
		valid: () => ({ email: 'sanne@kring.example', code: '123456' }),
		fields: { email: 'email', code: 'number' },
		baseline: false
	}
];

describe('fuzzed form actions: never a 5xx, nothing stored', () => {
	for (const t of targets) {
		it(`${t.name} (${RUNS} cases)`, async () => {
			const before = await fingerprint();
			const statuses = new Map<number, number>();
			const redirected: string[] = [];
			await fc.assert(
				fc.asyncProperty(spoiled(t.valid, t.fields), async ({ entries }) => {
					const event = requestEvent(t.path, t.params?.() ?? {}, t.actor(), entries);
					const result = await outcome(() => t.module.actions[t.action](event as never));
					statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
					if (result.status < 400) redirected.push(JSON.stringify(entries));
					if (result.sqlstate) expect(notThere, result.sqlstate).toContain(result.sqlstate);
					// Refused: a 4xx. (A redirect only where nothing needed writing.)
					expect(result.status, JSON.stringify(entries)).toBeLessThan(500);
					expect(result.status === 200 && t.baseline === undefined).toBe(false);
				}),
				{ numRuns: RUNS }
			);
			expect(changedTables(before, await fingerprint()), redirected.join('\n')).toEqual([]);
			expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
			// The unspoiled input: a success, so the refusals above were about the spoiled fields.
			if (t.baseline !== false) {
				const event = requestEvent(
					t.path,
					t.params?.() ?? {},
					t.actor(),
					Object.entries(t.valid()).flatMap(([k, v]) =>
						(Array.isArray(v) ? v : [v]).map((one) => [k, one] as [string, string])
					)
				);
				const result = await outcome(() => t.module.actions[t.action](event as never));
				expect(t.baseline ?? [303], `baseline ${t.name}`).toContain(result.status);
			}
		});
	}
});

describe('fuzzed redirectTo: only a local path, never a header that breaks', () => {
	it(`language: any redirectTo (${RUNS} cases) gives a same-site Location without control characters`, async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.constantFrom('/\r\n/evil.example', '/%0d%0aSet-Cookie:x=1', '\u0000', '/\t/evil'),
					fc.webUrl()
				),
				async (target) => {
					const event = requestEvent('/language', {}, null, [
						['locale', 'en'],
						['redirectTo', target]
					]);
					try {
						await language.actions.default(event as never);
						expect.unreachable('no redirect');
					} catch (e) {
						expect(isRedirect(e)).toBe(true);
						if (!isRedirect(e)) return;
						expect(new URL(e.location, ORIGIN).origin).toBe(ORIGIN);
						expect(storable(e.location) && !/[\r\n\t]/.test(e.location)).toBe(true);
						new Headers().set('location', e.location); // what Node would refuse
					}
				}
			),
			{ numRuns: RUNS }
		);
	});

	it(`safeRedirect (${RUNS} cases): never off-site, never a control character`, () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (target) => {
				const local = safeRedirect(target, ORIGIN);
				expect(new URL(local, ORIGIN).origin).toBe(ORIGIN);
				expect(storable(local) && !/[\r\n\t]/.test(local)).toBe(true);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('path parameters: anything but a uuid or a slug is a 404 before any query', () => {
	it(`the matchers (${RUNS} cases), /circles/%00 included`, () => {
		expect(isSlug('\u0000')).toBe(false);
		expect(isSlug(decodeURIComponent('%00'))).toBe(false);
		expect(isUuid('not-a-uuid')).toBe(false);
		expect(isUuid(randomUUID())).toBe(true);
		expect(isSlug('autisme-cafe-ridderveld')).toBe(true);
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (s) => {
				if (isSlug(s)) expect(s).toMatch(/^[a-z0-9-]{1,80}$/);
				if (isUuid(s)) expect(s).toMatch(/^[0-9a-f-]{36}$/i);
			}),
			{ numRuns: RUNS }
		);
	});
});

describe('pages with a bad address: 400/404, not 500', () => {
	// A page load, not an action: fewer cases (each runs the circle query).
	const runs = Math.min(RUNS, 300);
	it(`/circles/<anything> (${runs} cases), /circles/%00 included`, async () => {
		const load = (slug: string, actor: Actor) =>
			outcome(() =>
				(circlePage.load as (e: unknown) => Promise<unknown>)(
					requestEvent(`/circles/x`, { slug }, actor, [])
				)
			);
		expect((await load(decodeURIComponent('%00'), null)).status).toBeGreaterThanOrEqual(400);
		expect((await load(ids.privateSlug, who.r50)).status).toBe(404);
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(badSlug, fc.string({ unit: 'binary' })),
				fc.constantFrom(null, who.r50),
				async (slug, actor) => {
					const result = await load(slug, actor);
					expect(result.status).toBeGreaterThanOrEqual(400);
					expect(result.status).toBeLessThan(500);
				}
			),
			{ numRuns: runs }
		);
	});
});

describe('fuzzed JSON endpoints: never a 5xx, nothing stored', () => {
	it(`POST /api/suggest (${RUNS} cases)`, async () => {
		const before = await fingerprint();
		const valid = () => ({
			text: 'Ik zoek andere ouders van een kind met autisme',
			lang: 'nl',
			neighbourhood: ids.neighbourhood
		});
		const body = fc.oneof(
			{
				weight: 4,
				arbitrary: spoiled(valid as () => Form, {
					text: 'text',
					lang: 'enum',
					neighbourhood: 'slug'
				})
			},
			{
				weight: 1,
				arbitrary: fc.jsonValue().map((v) => ({ spoiled: [], raw: JSON.stringify(v) }))
			},
			{
				weight: 1,
				arbitrary: fc
					.record({ text: fc.string({ unit: 'binary', minLength: 10 }), neighbourhood: fc.uuid() })
					.map((v) => ({ spoiled: [], raw: JSON.stringify(v) }))
			}
		);
		await fc.assert(
			fc.asyncProperty(body, async (input) => {
				const raw = 'raw' in input ? input.raw : JSON.stringify(Object.fromEntries(input.entries));
				const event = requestEvent('/api/suggest', {}, null, []);
				const request = new Request(event.url, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: raw
				});
				const result = await outcome(() => suggest({ ...event, request } as never));
				if (result.sqlstate) expect(notThere).toContain(result.sqlstate);
				expect(result.status, raw).toBeLessThan(500);
			}),
			{ numRuns: RUNS }
		);
		expect(changedTables(before, await fingerprint())).toEqual([]);
	});

	it(`GET /gatherings/[id]/ics and /calendar/feed/[token] (${RUNS} cases each)`, async () => {
		const before = await fingerprint();
		const get = (handler: unknown, params: Record<string, string>, actor: Actor) =>
			outcome(() =>
				(handler as (e: unknown) => Promise<Response>)({
					...requestEvent('/x', params, actor, []),
					request: new Request(ORIGIN)
				})
			);
		await fc.assert(
			fc.asyncProperty(badUuid, fc.constantFrom(null, who.r50), async (id, actor) => {
				// The matcher stops what is not a uuid; what is, is not there for this person.
				if (!isUuid(id)) return;
				expect((await get(gatheringIcs, { id }, actor)).status).toBe(404);
			}),
			{ numRuns: RUNS }
		);
		expect((await get(gatheringIcs, { id: ids.privateGathering }, who.r50)).status).toBe(404);
		await fc.assert(
			fc.asyncProperty(fc.oneof(fc.string(), badText, fc.base64String()), async (token) => {
				expect((await get(calendarFeed, { token }, null)).status).toBe(404);
			}),
			{ numRuns: RUNS }
		);
		expect(changedTables(before, await fingerprint())).toEqual([]);
	});
});

describe('fuzzed socket events: never a server error, nothing stored', () => {
	let http: Server;
	let realtime: Realtime;
	let fx: ChatFixture;
	let socket: Socket;
	beforeAll(async () => {
		fx = await createChatFixture(db, { circles: 1, membersPerCircle: 2, tag: 'fuzz' });
		http = createServer();
		realtime = await createRealtime(http, {
			db,
			auth,
			revalidateMs: 60_000,
			sendLimit: { points: 1_000_000, seconds: 1 }
		});
		registerRealtime(realtime);
		await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
		const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
		socket = ioClient(url, {
			transports: ['websocket'],
			forceNew: true,
			reconnection: false,
			extraHeaders: { cookie: `kring_session=${fx.users[0].token}` }
		});
		await connected(socket);
		expect((await call(socket, 'chat:join', { circleId: fx.circles[0].id })).ok).toBe(true);
	});
	afterAll(async () => {
		socket?.close();
		registerRealtime(undefined);
		await realtime?.close();
		await new Promise((r) => http?.close(r));
	});

	const circle = () => fx.circles[0].id;
	type Payload = Record<string, unknown>;
	const events: { event: string; valid: () => Payload; fields: Record<string, Field> }[] = [
		{ event: 'chat:join', valid: () => ({ circleId: circle() }), fields: { circleId: 'uuid' } },
		{ event: 'chat:leave', valid: () => ({ circleId: circle() }), fields: { circleId: 'uuid' } },
		{
			event: 'chat:send',
			valid: () => ({ circleId: circle(), clientId: randomUUID(), body: 'Hallo allemaal' }),
			fields: { circleId: 'uuid', clientId: 'notUuid', body: 'text' }
		},
		{
			event: 'chat:history',
			valid: () => ({ circleId: circle(), after: 0, changedSince: '2026-01-01T00:00:00Z' }),
			fields: { circleId: 'uuid', after: 'number', changedSince: 'date', before: 'number' }
		},
		{
			event: 'chat:edit',
			valid: () => ({ messageId: 999_999_999, body: 'Anders gezegd' }),
			fields: { messageId: 'number', body: 'text' }
		},
		{
			event: 'chat:delete',
			valid: () => ({ messageId: 999_999_999 }),
			fields: { messageId: 'number' }
		},
		{
			event: 'chat:hide',
			valid: () => ({ messageId: 999_999_999, reason: 'Kwetsend' }),
			fields: { messageId: 'number', reason: 'text' }
		},
		{
			event: 'chat:report',
			valid: () => ({ messageId: 999_999_999, reason: 'Kwetsend' }),
			fields: { messageId: 'number', reason: 'text' }
		},
		{
			event: 'chat:read',
			valid: () => ({ circleId: circle(), lastReadId: 1 }),
			fields: { circleId: 'uuid', lastReadId: 'number' }
		},
		{ event: 'chat:unread', valid: () => ({ circleId: circle() }), fields: { circleId: 'uuid' } },
		{ event: 'chat:typing', valid: () => ({ circleId: circle() }), fields: { circleId: 'uuid' } }
	];

	const badSocketValue = {
		...bad,
		// On a socket a value need not be a string: years 0001 and 9999, numbers, nesting.
		date: fc.oneof(
			bad.date,
			fc.constantFrom(
				'0001-01-01T00:00:00Z',
				'0000-01-01T00:00:00Z',
				'9999-12-31T23:59:59Z',
				'2026-02-30T10:00:00Z',
				'+275760-09-13T00:00:00Z'
			)
		),
		number: fc.oneof(
			bad.number,
			fc.constantFrom(-1, 0.5, Number.MAX_VALUE, 2 ** 63, Number.NaN, null, true, [], {})
		)
	};

	for (const e of events) {
		it(`${e.event} (${RUNS} cases)`, async () => {
			const before = await fingerprint();
			const names = Object.keys(e.fields);
			const payload = fc.oneof(
				{
					weight: 5,
					arbitrary: fc
						.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: names.length })
						.chain((keys) =>
							fc
								.tuple(
									...keys.map((k) => badSocketValue[e.fields[k] as Kind] as fc.Arbitrary<unknown>)
								)
								.map((values) => {
									const p = e.valid();
									keys.forEach((k, i) => (p[k] = values[i]));
									return p as unknown;
								})
						)
				},
				{ weight: 1, arbitrary: fc.anything() }
			);
			await fc.assert(
				fc.asyncProperty(payload, async (p) => {
					const ack = await call(socket, e.event, p);
					expect(ack.error, `${e.event} ${JSON.stringify(p)}`).not.toBe('server');
					// Reads may answer; anything that would store must be refused.
					if (
						![
							'chat:history',
							'chat:unread',
							'chat:leave',
							'chat:join',
							'chat:typing',
							'chat:read'
						].includes(e.event)
					)
						expect(ack.ok, JSON.stringify(p)).toBe(false);
				}),
				{ numRuns: RUNS }
			);
			expect(changedTables(before, await fingerprint())).toEqual([]);
		});
	}
});
