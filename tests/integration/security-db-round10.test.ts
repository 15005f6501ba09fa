import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService } from '../../src/lib/server/db';
import { withUser, type Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// What round 9's database audit left open, by direct SQL as each role (the database API as
// an attacker sees it): names for workers outside their area, the push device limit as an
// oracle, backdated reports, and direct chat inserts that skipped the circle's lock.
let db: TestDatabase;
let fatima: Actor; // worker, Centrum
let peter: Actor; // worker, Kerk en Zanen
let admin: Actor;
let sanne: Actor; // resident
let centrum: string; // jonge-mantelzorgers, Centrum
let kerkHood: string;
const { as } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));

/** A new person (the profile trigger makes the profile), with a name. */
async function person(name: string): Promise<string> {
	const [{ id }] = await service<{ id: string }>(
		`insert into auth.users (id, email, raw_user_meta_data, email_confirmed_at)
		 values (gen_random_uuid(), $1, '{}'::jsonb, now()) returning id`,
		[`${name.toLowerCase().replace(/\W/g, '')}-${Math.random().toString(36).slice(2)}@test.example`]
	);
	await service(
		`update public.profiles set display_name = $2, pseudonym = null, neighbourhood_id = null
		 where id = $1`,
		[id, name]
	);
	return id;
}

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
	[{ id: kerkHood }] = await service<{ id: string }>(
		`select id from public.neighbourhoods where slug = 'kerk-en-zanen'`
	);
}, 120_000);
afterAll(() => db?.close());

describe('names for staff follow the worker area', () => {
	it('gives a worker the name of someone in their area only; admins all; residents and anon none', async () => {
		const someone = await person('Yara Verborgen');
		await service(
			`insert into public.memberships (circle_id, user_id, role) values ($1, $2, 'member')`,
			[centrum, someone]
		);
		const name = async (who: Actor) =>
			(
				await as<{ name: string | null }>(who, 'select private.staff_sees_name($1) as name', [
					someone
				])
			)[0].name;
		expect(await name(fatima)).toBe('Yara Verborgen');
		expect(await name(admin)).toBe('Yara Verborgen');
		// Before: any worker got the name of anyone by id.
		expect(await name(peter)).toBeNull();
		expect(await name(sanne)).toBeNull();
		expect(await outcome(null, 'select private.staff_sees_name($1)', [someone])).toMatch(
			/permission denied/
		);
		// A question in Peter's area opens the name to him.
		await service(
			`insert into public.questions (user_id, body, neighbourhood_id)
			 values ($1, 'Ik zoek andere jonge mantelzorgers in de buurt', $2)`,
			[someone, kerkHood]
		);
		expect(await name(peter)).toBe('Yara Verborgen');
	});

	it("gives a worker the actor's name of the log entries they read, and not of others", async () => {
		const reporter = await person('Ruben Melder');
		const author = await person('Anna Schrijver');
		for (const who of [reporter, author]) {
			await service(
				`insert into public.memberships (circle_id, user_id, role) values ($1, $2, 'member')`,
				[centrum, who]
			);
		}
		const [msg] = await service<{ id: string }>(
			`insert into public.chat_messages (circle_id, author_id, body, client_id)
			 values ($1, $2, 'Iets wat gemeld wordt', gen_random_uuid()) returning id`,
			[centrum, author]
		);
		await as(
			{ id: reporter },
			`insert into public.message_reports (message_id, reason) values ($1, 'Kwetsend')`,
			[msg.id]
		);
		// The reporter leaves the circle: only the log entry still ties them to Centrum.
		await service('delete from public.memberships where user_id = $1', [reporter]);
		const name = async (who: Actor) =>
			(
				await as<{ name: string | null }>(who, 'select private.staff_sees_name($1) as name', [
					reporter
				])
			)[0].name;
		expect(await name(fatima)).toBe('Ruben Melder');
		expect(await name(peter)).toBeNull();
	});
});

describe('push devices', () => {
	it('does not tell whether someone else has 10 devices: the same refusal either way', async () => {
		const many = await person('Veel Apparaten');
		const few = await person('Geen Apparaten');
		await service(
			`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth)
			 select $1, 'https://push.example/' || i, repeat('A', 87), repeat('B', 22)
			 from generate_series(1, 10) as i`,
			[many]
		);
		const tryFor = (victim: string) =>
			outcome(
				sanne,
				`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth)
				 values ($1, 'https://push.example/x', repeat('A', 87), repeat('B', 22))`,
				[victim]
			);
		const toMany = await tryFor(many);
		expect(toMany).toMatch(/row-level security/);
		expect(toMany).toBe(await tryFor(few));
		// The owner is still held to 10.
		expect(
			await outcome(
				{ id: many },
				`insert into public.push_subscriptions (endpoint, p256dh, auth)
				 values ('https://push.example/11', repeat('A', 87), repeat('B', 22))`
			)
		).toMatch(/too many push devices/);
	});
});

describe("a report's time is the server's", () => {
	it('refuses a chosen created_at on message and subject reports; the app path still reports', async () => {
		const [m] = await service<{ id: string; author_id: string }>(
			`select m.id, m.author_id from public.chat_messages m
			 where m.circle_id = $1 and m.author_id is not null and m.author_id <> (
			   select user_id from public.memberships where circle_id = $1 and role = 'member'
			   order by joined_at limit 1)
			 order by m.id limit 1`,
			[centrum]
		);
		const [{ user_id: reporter }] = await service<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'member'
			 order by joined_at limit 1`,
			[centrum]
		);
		// Before: the report was stored a month in the past.
		expect(
			await outcome(
				{ id: reporter },
				`insert into public.message_reports (message_id, reason, created_at)
				 values ($1, 'Oud', now() - interval '30 days')`,
				[m.id]
			)
		).toMatch(/permission denied/);
		expect(
			await outcome(
				{ id: reporter },
				`insert into public.subject_reports (kind, profile_id, reason, created_at)
				 values ('profile', $1, 'Oud', now() - interval '30 days')`,
				[m.author_id]
			)
		).toMatch(/permission denied/);
		// The columns the app writes (src/lib/server/chat/index.ts) still work.
		const [row] = await as<{ recent: boolean }>(
			{ id: reporter },
			`insert into public.message_reports (message_id, reporter_id, circle_id, reason)
			 values ($1, (select auth.uid()), $2, 'Nu') returning created_at > now() - interval '1 minute' as recent`,
			[m.id, centrum]
		);
		expect(row.recent).toBe(true);
	});
});

describe('chat ids stay in commit order on direct inserts', () => {
	const insert = `insert into public.chat_messages (circle_id, author_id, client_id, body)
		values ($1, (select auth.uid()), gen_random_uuid(), $2) returning id::text as id`;

	it("a direct insert holds the circle's lock", async () => {
		const [{ user_id }] = await service<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
			[centrum]
		);
		const held = await withUser(db, { id: user_id }, async (tx) => {
			await tx.query(insert, [centrum, 'Rechtstreeks, niet via de app']);
			const [row] = await tx.query<{ held: boolean }>(
				`select exists (
				   select 1 from pg_locks l
				   where l.locktype = 'advisory' and l.pid = pg_backend_pid() and l.granted
				     and ((l.classid::bigint << 32) | l.objid::bigint)
				         = hashtextextended('kring.chat:' || $1::text, 0)
				 ) as held`,
				[centrum]
			);
			return row.held;
		});
		expect(held).toBe(true);
	});

	it('a reader never sees a later id before an earlier one is committed', async () => {
		const members = await service<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'member'
			 order by joined_at limit 2`,
			[centrum]
		);
		const ids = (rows: { id: string }[]) => rows.map((r) => BigInt(r.id));
		const committed = async () =>
			ids(
				await service<{ id: string }>(
					'select id::text as id from public.chat_messages where circle_id = $1',
					[centrum]
				)
			);
		let firstInserted!: () => void;
		const inserted = new Promise<void>((resolve) => (firstInserted = resolve));
		// The first writer inserts and commits only after a pause; the second writes meanwhile.
		const first = withUser(db, { id: members[0].user_id }, async (tx) => {
			const [row] = await tx.query<{ id: string }>(insert, [centrum, 'Eerste']);
			firstInserted();
			await new Promise((r) => setTimeout(r, 700));
			return BigInt(row.id);
		});
		await inserted;
		const second = withUser(db, { id: members[1].user_id }, async (tx) =>
			BigInt((await tx.query<{ id: string }>(insert, [centrum, 'Tweede']))[0].id)
		);
		await new Promise((r) => setTimeout(r, 300));
		// What a client catching up now would get; whatever commits later must come after it.
		const seen = await committed();
		const [a, b] = await Promise.all([first, second]);
		expect(b).toBeGreaterThan(a);
		const highest = seen.reduce((x, y) => (y > x ? y : x), 0n);
		const later = (await committed()).filter((id) => !seen.includes(id));
		for (const id of later) expect(id).toBeGreaterThan(highest);
	});
});

describe('the moderation log, filtered as a set', () => {
	it('shows each role exactly the entries the per-row rule gave, and the name of every actor in them', async () => {
		// Entries about every circle and about profile reports of people across town.
		await service(
			`with r as (select id, row_number() over (order by id) as k from public.profiles)
			 insert into public.subject_reports (kind, profile_id, reporter_id, reason)
			 select 'profile', a.id, b.id, 'Test' from r a join r b on b.k = a.k % (select count(*) from r) + 1
			 on conflict do nothing`
		);
		await service(
			`with c as (select id, row_number() over (order by id) - 1 as k, count(*) over () as n from public.circles),
			      s as (select id, row_number() over (order by id) - 1 as k, count(*) over () as n from public.subject_reports)
			 insert into public.moderation_log (actor_id, action, circle_id, report_id, reason)
			 select m.user_id, case when i % 4 = 0 then 'profile_reported' else 'member_banned' end,
			        case when i % 4 = 0 then null else c.id end, case when i % 4 = 0 then s.id end, 'Test'
			 from generate_series(1, 300) as i
			 join c on c.k = i % c.n join s on s.k = (i * 7) % s.n
			 cross join lateral (select user_id from public.memberships x where x.circle_id = c.id
			                     order by x.user_id offset i % 3 limit 1) m`
		);
		const [{ user_id: host }] = await service<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'host' limit 1`,
			[centrum]
		);
		expect(await outcome(null, 'select 1 from public.moderation_log')).toMatch(/permission denied/);
		for (const who of [fatima, peter, admin, sanne, { id: host }]) {
			const result = await withUser(db, who, async (tx) => {
				const visible = await tx.query<{ id: string; name: string | null; actor_id: string }>(
					`select l.id::text as id, l.actor_id, private.staff_sees_name(l.actor_id) as name
					 from public.moderation_log l order by l.id`
				);
				// The rule as it was, one row at a time, past row-level security.
				await tx.query('reset role');
				const rule = await tx.query<{ id: string }>(
					`select l.id::text as id from public.moderation_log l
					 where (select auth.uid()) is not null and (
					   private.has_role('admin')
					   or (l.circle_id is not null and private.has_role('worker') and private.can_moderate_circle(l.circle_id))
					   or (l.circle_id is null and l.report_id is not null and private.can_handle_subject_report(l.report_id)))
					 order by l.id`
				);
				return { visible, rule };
			});
			expect(result.visible.map((r) => r.id)).toEqual(result.rule.map((r) => r.id));
			const isStaff = who === fatima || who === peter || who === admin;
			if (isStaff) {
				for (const r of result.visible) if (r.actor_id) expect(r.name).not.toBeNull();
			}
			if (who === peter || who === fatima) {
				expect(result.visible.length).toBeGreaterThan(10);
			}
		}
	});
});

describe('a reported writer does not judge their own message', () => {
	it('a host neither sees, closes nor undoes the hiding of reports about their own message; the area worker does', async () => {
		const [{ user_id: hostId }] = await service<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'host' limit 1`,
			[centrum]
		);
		const host = { id: hostId };
		const [msg] = await service<{ id: string }>(
			`insert into public.chat_messages (circle_id, author_id, body, client_id)
			 values ($1, $2, 'Een bericht van de gastvrouw dat leden melden', gen_random_uuid()) returning id`,
			[centrum, hostId]
		);
		const reports: string[] = [];
		for (const n of [1, 2, 3]) {
			const member = await person(`Melder ${n}`);
			await service(
				`insert into public.memberships (circle_id, user_id, role) values ($1, $2, 'member')`,
				[centrum, member]
			);
			const [{ id }] = await as<{ id: string }>(
				{ id: member },
				`insert into public.message_reports (message_id, reason) values ($1, 'Kleinerend') returning id`,
				[msg.id]
			);
			reports.push(id);
		}
		const hidden = async () =>
			(
				await service<{ hidden: boolean }>(
					'select hidden_at is not null as hidden from public.chat_messages where id = $1',
					[msg.id]
				)
			)[0].hidden;
		expect(await hidden()).toBe(true);
		// Before: the host read these reports, dismissed them for everyone and showed the message again.
		expect(
			await as(host, 'select id from private.handled_reports() where message_id = $1', [msg.id])
		).toEqual([]);
		expect(
			await as(host, `select private.close_message_report($1, 'dismissed') as n`, [reports[0]])
		).toEqual([{ n: 0 }]);
		expect(
			await outcome(host, 'update public.chat_messages set hidden_at = null where id = $1', [
				msg.id
			])
		).toMatch(/own stays hidden/);
		expect(await hidden()).toBe(true);
		// The area's worker handles them.
		expect(
			await as(fatima, 'select id from private.handled_reports() where message_id = $1', [msg.id])
		).toHaveLength(3);
		expect(
			await as(fatima, `select private.close_message_report($1, 'resolved') as n`, [reports[0]])
		).toEqual([{ n: 3 }]);
	});
});

describe("a crisis alert's handled time is the server's", () => {
	it('a recipient cannot backdate when they handled an alert', async () => {
		const subject = await person('Iemand In Nood');
		const [{ id }] = await service<{ id: string }>(
			`insert into public.crisis_alerts (source, subject_id, circle_id, recipient_ids, created_at)
			 values ('chat_message', $1, $2, array[$3::uuid], now() - interval '10 hours') returning id`,
			[subject, centrum, fatima!.id]
		);
		await as(
			fatima,
			`update public.crisis_alerts
			 set handled_at = now() - interval '9 hours 50 minutes', handled_by = (select auth.uid())
			 where id = $1`,
			[id]
		);
		const [row] = await service<{ recent: boolean; by: string }>(
			`select handled_at > now() - interval '1 minute' as recent, handled_by as by
			 from public.crisis_alerts where id = $1`,
			[id]
		);
		// Before: handled_at read as ten minutes after the alert came in.
		expect(row).toEqual({ recent: true, by: fatima!.id });
	});
});
