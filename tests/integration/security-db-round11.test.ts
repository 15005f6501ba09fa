import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService } from '../../src/lib/server/db';
import { type Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// What round 10's database audit left open, and round 11's enumeration found, by direct SQL
// as each role (the database API as an attacker with their own account sees it).
let db: TestDatabase;
let fatima: Actor; // worker, Centrum
let peter: Actor; // worker, Kerk en Zanen
let admin: Actor;
let sanne: Actor; // resident
let host: Actor; // a host of jonge-mantelzorgers (Centrum)
let centrum: string; // jonge-mantelzorgers, Centrum
const { as } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));

/** The error a statement raises, or 'ok'. */
async function outcome(actor: Actor, text: string, params: unknown[] = []): Promise<string> {
	try {
		await as(actor, text, params);
		return 'ok';
	} catch (e) {
		return String((e as Error).message);
	}
}

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	fatima = { id: await userId(db, 'fatima@kring.example') };
	peter = { id: await userId(db, 'peter@kring.example') };
	admin = { id: await userId(db, 'beheer@kring.example') };
	sanne = { id: await userId(db, 'sanne@kring.example') };
	[{ id: centrum }] = await service<{ id: string }>(
		`select id from public.circles where slug = 'jonge-mantelzorgers'`
	);
	const [{ user_id }] = await service<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'host' limit 1`,
		[centrum]
	);
	host = { id: user_id };
}, 120_000);
afterAll(() => db?.close());

describe('a host writes only the columns of a gathering the app writes', () => {
	const plan = (extra = '', values = '') =>
		`insert into public.gatherings (circle_id, title, starts_at, ends_at, created_by${extra})
		 values ($1, 'Extra avond', now() + interval '3 days', now() + interval '3 days 2 hours',
		         (select auth.uid())${values}) returning id`;

	it('refuses a chosen created_at, reminder_sent_at, cancelled_at or id on insert', async () => {
		// Before: the gathering read as planned 40 days ago, or as already reminded.
		for (const [column, value] of [
			['created_at', "now() - interval '40 days'"],
			['reminder_sent_at', 'now()'],
			['cancelled_at', "now() - interval '1 day'"],
			['id', 'gen_random_uuid()']
		]) {
			expect(await outcome(host, plan(`, ${column}`, `, ${value}`), [centrum]), column).toMatch(
				/permission denied/
			);
		}
		// The app's insert (planGatherings) still works.
		expect(
			await outcome(
				host,
				`insert into public.gatherings
				   (circle_id, series_id, series_index, recurrence, title, description, starts_at, ends_at,
				    location_name, address, room, online_url, capacity, title_en, created_by)
				 values ($1, null, 0, 'none', 'Avond', '', now() + interval '3 days',
				         now() + interval '3 days 2 hours', 'Buurthuis', 'Straat 1', '', null, 12, null,
				         (select auth.uid()))`,
				[centrum]
			)
		).toBe('ok');
	});

	it('refuses switching off the reminder, and a cancellation takes the server time', async () => {
		const [{ id }] = await as<{ id: string }>(host, plan(), [centrum]);
		// Before: reminder_sent_at was set and the members never got the reminder.
		expect(
			await outcome(host, 'update public.gatherings set reminder_sent_at = now() where id = $1', [
				id
			])
		).toMatch(/permission denied/);
		expect(
			await outcome(
				host,
				"update public.gatherings set created_at = now() - interval '40 days' where id = $1",
				[id]
			)
		).toMatch(/permission denied/);
		expect(
			await as(
				host,
				`update public.gatherings set title = 'Andere avond', capacity = 20 where id = $1 returning title`,
				[id]
			)
		).toEqual([{ title: 'Andere avond' }]);
		// Before: the cancellation read as a week old.
		await as(
			host,
			"update public.gatherings set cancelled_at = now() - interval '7 days' where id = $1",
			[id]
		);
		const [row] = await service<{ recent: boolean; reminded: boolean }>(
			`select cancelled_at > now() - interval '1 minute' as recent,
			        reminder_sent_at is not null as reminded
			 from public.gatherings where id = $1`,
			[id]
		);
		expect(row).toEqual({ recent: true, reminded: false });
	});
});

/** The functions of the worker-area rule as the migrations before round 11 defined them, as `<name>_before`. */
async function createRuleBefore() {
	const { readFileSync } = await import('node:fs');
	const names = [
		'can_moderate_circle',
		'moderated_circle_ids',
		'handled_subject_report_ids',
		'can_handle_subject_report',
		'staff_names'
	];
	const files = [
		'20261203120900_subject_reports_follow_worker_areas',
		'20261203121100_circles_without_neighbourhood_for_every_worker',
		'20261203121600_moderation_log_filter_by_set',
		'20261203121800_staff_names_by_set'
	];
	const found = new Map<string, string>();
	for (const file of files) {
		const text = readFileSync(`supabase/migrations/${file}.sql`, 'utf8');
		for (const m of text.matchAll(/create (?:or replace )?function private\.(\w+)\(.*?\$\$;/gs)) {
			if (names.includes(m[1])) found.set(m[1], m[0]);
		}
	}
	expect([...found.keys()].sort()).toEqual([...names].sort());
	// One calls another created after it: bodies are checked when called.
	await asService(db, async (tx) => {
		await tx.query('set local check_function_bodies = off');
		for (const text of found.values()) {
			let renamed = text.replace(/^create (or replace )?function/, 'create or replace function');
			for (const name of names)
				renamed = renamed.replaceAll(`private.${name}(`, `private.${name}_before(`);
			await tx.query(renamed);
		}
	});
}

describe('one definition of the worker area', () => {
	it('reads worker_areas in one function, which the area rules and the reports policy ask', async () => {
		const readers = await service<{ name: string }>(
			`select p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'private' and p.prosrc like '%public.worker_areas%'
			   and p.proname in ('can_moderate_circle', 'moderated_circle_ids', 'staff_names',
			                     'handled_subject_report_ids', 'can_handle_subject_report',
			                     'my_area_circles', 'my_area_neighbourhoods')
			 order by 1`
		);
		// Before: the circles' area rule was written out in can_moderate_circle (through
		// worker_covers), moderated_circle_ids and staff_names, the profile reports' in three.
		expect(readers.map((r) => r.name)).toEqual(['my_area_neighbourhoods']);
		const bodies = await service<{ name: string; body: string }>(
			`select p.proname as name, p.prosrc as body from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'private' and p.proname in ('can_moderate_circle', 'moderated_circle_ids', 'staff_names')`
		);
		for (const { name, body } of bodies) expect(body, name).toMatch(/private\.my_area_circles\(\)/);
		const [policy] = await service<{ using: string }>(
			`select pg_get_expr(polqual, polrelid) as using from pg_policy
			 where polrelid = 'public.subject_reports'::regclass and polcmd = 'r' and polname like 'Admins%'`
		);
		expect(policy.using).toMatch(/handled_subject_report_ids\(\)/);
		expect(policy.using).not.toMatch(/can_handle_subject_report\(/);
	});

	it('answers every role exactly as the rules before did, on every circle, report, log entry and name', async () => {
		// A private circle without a neighbourhood, Peter (Kerk en Zanen) host of a Centrum circle,
		// reports about every profile and every circle, and log entries about both.
		const [{ id: online }] = await service<{ id: string }>(
			`update public.circles set neighbourhood_id = null, visibility = 'private'
			 where slug = 'adhd-ouders-online' returning id`
		);
		await service(
			`insert into public.memberships (circle_id, user_id, role)
			 select $1, user_id, 'member' from public.memberships where circle_id = $2 and role = 'member'
			 limit 3 on conflict do nothing`,
			[online, centrum]
		);
		await service(
			`insert into public.memberships (circle_id, user_id, role)
			 select c.id, $1, 'host' from public.circles c join public.neighbourhoods n on n.id = c.neighbourhood_id
			 where n.slug = 'centrum' and c.slug <> 'jonge-mantelzorgers' order by c.slug limit 1
			 on conflict (circle_id, user_id) do update set role = 'host'`,
			[peter!.id]
		);
		await service(
			`with r as (select id, row_number() over (order by id) as k from public.profiles)
			 insert into public.subject_reports (kind, profile_id, reporter_id, reason)
			 select 'profile', a.id, b.id, 'Test' from r a join r b on b.k = a.k % (select count(*) from r) + 1
			 on conflict do nothing`
		);
		await service(
			`insert into public.subject_reports (kind, circle_id, reporter_id, reason)
			 select distinct on (m.circle_id) 'circle', m.circle_id, m.user_id, 'Test'
			 from public.memberships m order by m.circle_id, m.user_id
			 on conflict do nothing`
		);
		await service(
			`with c as (select id, row_number() over (order by id) - 1 as k, count(*) over () as n from public.circles),
			      s as (select id, row_number() over (order by id) - 1 as k, count(*) over () as n from public.subject_reports)
			 insert into public.moderation_log (actor_id, action, circle_id, report_id, reason)
			 select m.user_id, case when i % 4 = 0 then 'profile_reported' else 'member_banned' end,
			        case when i % 4 = 0 then null else c.id end, case when i % 4 = 0 then s.id end, 'Test'
			 from generate_series(1, 200) as i
			 join c on c.k = i % c.n join s on s.k = (i * 7) % s.n
			 cross join lateral (select user_id from public.memberships x where x.circle_id = c.id
			                     order by x.user_id offset i % 3 limit 1) m`
		);
		await createRuleBefore();
		const circles = (await service<{ id: string }>('select id from public.circles')).map(
			(r) => r.id
		);
		const everyone = await service<{ id: string }>('select id from public.profiles');
		const people = `array[${everyone.map((p) => `'${p.id}'`).join(',')}]::uuid[]`;
		for (const who of [fatima, peter, admin, sanne, host]) {
			const both = async (now: string, before: string) => {
				const run = (text: string) => as(who, text, text.includes('$1') ? [circles] : []);
				return [await run(now), await run(before)];
			};
			const ids = (fn: string) =>
				`select array(select x::text from private.${fn}() x order by 1) as ids`;
			const [nowCircles, beforeCircles] = await both(
				ids('moderated_circle_ids'),
				ids('moderated_circle_ids_before')
			);
			expect(nowCircles, who!.id).toEqual(beforeCircles);
			const [nowReports, beforeReports] = await both(
				ids('handled_subject_report_ids'),
				ids('handled_subject_report_ids_before')
			);
			expect(nowReports).toEqual(beforeReports);
			const [nowCan, beforeCan] = await both(
				`select array(select private.can_moderate_circle(c) from unnest($1::uuid[]) c) as can`,
				`select array(select private.can_moderate_circle_before(c) from unnest($1::uuid[]) c) as can`
			);
			expect(nowCan).toEqual(beforeCan);
			const [readable, rule] = await both(
				`select array(select s.id::text from public.subject_reports s order by 1) as ids`,
				`select array(select s.id::text from public.subject_reports s
				   where s.reporter_id = (select auth.uid()) or private.has_role('admin')
				      or (private.has_role('worker') and private.can_handle_subject_report_before(s.id))
				   order by 1) as ids where $1::uuid[] is not null`
			);
			expect(readable).toEqual(rule);
			const [names, namesBefore] = await both(
				`select array(select n.id::text || n.name from private.staff_names(${people}) n order by 1) as n`,
				`select array(select n.id::text || n.name from private.staff_names_before(${people}) n order by 1) as n`
			);
			expect(names).toEqual(namesBefore);
			if (who === fatima || who === peter) {
				expect((nowReports[0] as { ids: string[] }).ids.length).toBeGreaterThan(3);
				expect((names[0] as { n: string[] }).n.length).toBeGreaterThan(3);
			}
		}
	});

	it('can_moderate_circle answers "no such circle" and "not yours" alike', async () => {
		const [{ id: kerkCircle }] = await service<{ id: string }>(
			`select c.id from public.circles c join public.neighbourhoods n on n.id = c.neighbourhood_id
			 where n.slug = 'kerk-en-zanen' and c.slug = 'ouder-worden-in-de-wijk'`
		);
		const can = async (who: Actor, circle: string) =>
			(
				await as<{ can: boolean }>(who, 'select private.can_moderate_circle($1) as can', [circle])
			)[0].can;
		const nothing = '00000000-0000-4000-8000-000000000000';
		expect(await can(fatima, kerkCircle)).toBe(false);
		expect(await can(fatima, nothing)).toBe(false);
		expect(await can(sanne, centrum)).toBe(false);
		expect(await can(sanne, nothing)).toBe(false);
		expect(await can(peter, kerkCircle)).toBe(true);
		expect(await outcome(null, 'select private.can_moderate_circle($1)', [centrum])).toMatch(
			/permission denied/
		);
	});
});

describe('a host writes only the columns of a circle the app writes', () => {
	it('refuses search_text, created_by, created_at and id; the edit form and the status still work', async () => {
		const [{ id: circle }] = await service<{ id: string }>(
			`select id from public.circles where slug = 'samen-wandelen'`
		);
		const [{ user_id: walker }] = await service<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'host' limit 1`,
			[circle]
		);
		const owner = { id: walker };
		// Before: the walking circle came up for a search on debts, grief and addiction,
		// read as started by Sanne, three years ago.
		for (const [column, value] of [
			['search_text', "'schulden rouw verslaving'"],
			['created_by', `'${sanne!.id}'`],
			['created_at', "now() - interval '3 years'"],
			['updated_at', "now() - interval '3 years'"],
			['id', 'gen_random_uuid()']
		]) {
			expect(
				await outcome(owner, `update public.circles set ${column} = ${value} where id = $1`, [
					circle
				]),
				column
			).toMatch(/permission denied/);
		}
		expect(
			await outcome(
				sanne,
				`insert into public.circles (name, description, slug, theme_slugs, visibility, status, created_by, created_at)
				 values ('Mijn voorstel', 'Een voorstel', 'mijn-voorstel-r11', '{}', 'public', 'proposed',
				         (select auth.uid()), now() - interval '3 years')`
			)
		).toMatch(/permission denied/);
		const [row] = await service<{ search_text: string; created_by: string }>(
			'select search_text, created_by from public.circles where id = $1',
			[circle]
		);
		expect(row.search_text).not.toMatch(/schulden/);
		expect(row.created_by).not.toBe(sanne!.id);
		// What updateCircle and setCircleStatus write still works.
		expect(
			await as(
				owner,
				`update public.circles set name = 'Samen wandelen', description = description,
				   name_en = name_en, description_en = description_en, house_rules = house_rules,
				   meeting_note = meeting_note, location_name = location_name, theme_slugs = theme_slugs,
				   neighbourhood_id = neighbourhood_id, format = format, visibility = visibility,
				   join_policy = join_policy, capacity = capacity, meeting_weekdays = meeting_weekdays,
				   meeting_parts = meeting_parts, languages = languages, meeting_note_en = meeting_note_en,
				   house_rules_en = house_rules_en, status = status
				 where id = $1 returning name`,
				[circle]
			)
		).toEqual([{ name: 'Samen wandelen' }]);
	});
});

describe("a question's time is the server's", () => {
	it('refuses a backdated created_at or a chosen id; the question form still asks', async () => {
		// Before: the question read as a year old, and its group's proposal went to the top.
		expect(
			await outcome(
				sanne,
				`insert into public.questions (body, theme_slugs, created_at)
				 values ('Ik zoek mensen om mee te wandelen', '{}', now() - interval '1 year')`
			)
		).toMatch(/permission denied/);
		const [{ id }] = await as<{ id: string }>(
			sanne,
			`insert into public.questions (body, theme_slugs, neighbourhood_id, preferred_format,
			   preferred_times, languages, visible_anonymously, consent_to_contact)
			 values ('Ik zoek mensen om mee te wandelen', '{}', null, 'either', '{}', '{nl}', false, false)
			 returning id`
		);
		for (const [column, value] of [
			['created_at', "now() - interval '1 year'"],
			['updated_at', "now() - interval '1 year'"],
			['id', 'gen_random_uuid()'],
			['user_id', `'${fatima!.id}'`]
		]) {
			expect(
				await outcome(sanne, `update public.questions set ${column} = ${value} where id = $1`, [
					id
				]),
				column
			).toMatch(/permission denied/);
		}
		expect(
			await as(
				sanne,
				`update public.questions set status = 'closed', closed_reason = 'helped' where id = $1 returning status`,
				[id]
			)
		).toEqual([{ status: 'closed' }]);
	});
});

describe('workers read member lists by set', () => {
	it('the memberships policy looks rows up in the set and shows every role what the per-row rule did', async () => {
		const [policy] = await service<{ using: string }>(
			`select pg_get_expr(polqual, polrelid) as using from pg_policy
			 where polrelid = 'public.memberships'::regclass and polname like 'Admins%'`
		);
		// Before: private.can_moderate_circle(circle_id) for every row.
		expect(policy.using).toMatch(/moderated_circle_ids\(\)/);
		expect(policy.using).not.toMatch(/can_moderate_circle\(/);
		// The rule as it was, one row at a time, past row-level security.
		await db.query(
			`create or replace function private.memberships_rule_before() returns table (k text)
			 language sql stable security definer set search_path = '' as $$
			   select m.circle_id::text || m.user_id::text from public.memberships m
			   where m.user_id = (select auth.uid()) or private.is_circle_member(m.circle_id)
			      or private.has_role('admin')
			      or (private.has_role('worker') and private.can_moderate_circle(m.circle_id))
			 $$`
		);
		for (const who of [fatima, peter, admin, sanne, host]) {
			const visible = await as<{ k: string }>(
				who,
				`select circle_id::text || user_id::text as k from public.memberships order by 1`
			);
			const rule = await as<{ k: string }>(
				who,
				`select k from private.memberships_rule_before() order by 1`
			);
			expect(visible, who!.id).toEqual(rule);
		}
	});
});
