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
