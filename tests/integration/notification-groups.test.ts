import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	choosableGroups,
	groupLabels,
	notificationGroups
} from '../../src/lib/notification-groups';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { pushMessage } from '../../src/lib/server/push';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { notificationProducers } from '../helpers/notification-producers';

/**
 * One grouping of notification kinds for the notification settings and for push messages:
 * the database decides which group a kind is in (private.notification_group), both the
 * settings trigger and the push queue use that, and the app's list of groups
 * ($lib/notification-groups) is the one the database accepts.
 */

let db: TestDatabase;
let kinds: string[];

beforeAll(async () => {
	db = await createTestDatabase();
	kinds = [...new Set((await notificationProducers(db)).map((p) => p.kind))].sort();
});
afterAll(() => db?.close());

const groupOf = async (list: string[]) =>
	Object.fromEntries(
		(
			await db.query<{ kind: string; grp: string }>(
				'select k as kind, private.notification_group(k) as grp from unnest($1::text[]) as k',
				[list]
			)
		).map((r) => [r.kind, r.grp])
	);

/** The quoted words in a constraint's definition, in order. */
const wordsIn = (definition: string) => [...definition.matchAll(/'([a-z]+)'/g)].map((w) => w[1]);

async function constraint(table: string, name: string) {
	const [row] = await db.query<{ def: string }>(
		`select pg_get_constraintdef(c.oid) as def from pg_constraint c
		 where c.conrelid = $1::regclass and c.conname = $2`,
		[table, name]
	);
	return wordsIn(row.def);
}

describe('one grouping of notification kinds', () => {
	it('every kind the database can create falls in exactly one of the groups', async () => {
		expect(kinds.length).toBeGreaterThan(20);
		const groups = await groupOf(kinds);
		const known = new Set<string>([...notificationGroups, 'digest']);
		const members = new Map<string, string[]>();
		for (const kind of kinds) {
			expect(known, `${kind} is in "${groups[kind]}"`).toContain(groups[kind]);
			members.set(groups[kind], [...(members.get(groups[kind]) ?? []), kind]);
		}
		// Exactly one: the groups' members together are every kind, each once.
		expect([...members.values()].flat().sort()).toEqual(kinds);
		// Safety is the crisis kinds and nothing else; the digest is only the digest.
		expect(members.get('safety')).toEqual(['crisis_alert', 'crisis_contact_offered']);
		expect(members.get('digest')).toEqual(['daily_digest']);
		// Each group a person can choose holds a kind the database really creates.
		for (const group of notificationGroups) expect(members.get(group), group).toBeTruthy();
		expect(members.get('moderation')).toContain('message_reported');
	});

	it('the app’s groups are the ones the database accepts, for settings and for push', async () => {
		const settingKinds = await constraint(
			'public.notification_settings',
			'notification_settings_kind_check'
		);
		expect(settingKinds.filter((k) => k !== 'all').sort()).toEqual([...choosableGroups].sort());
		const device = await constraint('public.push_subscriptions', 'push_subscriptions_kinds_check');
		expect([...new Set(device)].sort()).toEqual([...notificationGroups].sort());
		const outbox = await constraint('private.push_outbox', 'push_outbox_push_group_check');
		expect([...new Set(outbox)].sort()).toEqual([...notificationGroups, 'digest'].sort());
		const [column] = await db.query<{ fallback: string }>(
			`select column_default as fallback from information_schema.columns
			 where table_schema = 'public' and table_name = 'push_subscriptions' and column_name = 'kinds'`
		);
		expect(wordsIn(column.fallback)).toEqual([...notificationGroups]);
		// The second grouping is gone: nothing else maps kinds to groups.
		expect(
			await db.query(
				`select 1 from pg_proc where proname in ('push_group', 'notification_push_group')`
			)
		).toEqual([]);
	});

	it('each group has a name and a push text, in Dutch and in English', () => {
		for (const group of notificationGroups)
			for (const locale of ['nl', 'en'] as const) {
				expect(groupLabels[group]({ locale }), `${group} ${locale}`).toBeTruthy();
				expect(pushMessage(group, locale).body, `${group} ${locale}`).toBeTruthy();
			}
		expect(groupLabels.safety({ locale: 'nl' })).not.toBe(groupLabels.safety({ locale: 'en' }));
		expect(new Set(notificationGroups.map((g) => pushMessage(g, 'nl').body)).size).toBe(
			notificationGroups.length
		);
	});
});

describe('the settings and push follow that grouping for every kind', () => {
	let person: string;
	beforeAll(async () => {
		const [row] = await db.query<{ id: string }>(
			`insert into auth.users (email, raw_user_meta_data)
			 values ('groups@kring.example', '{"display_name":"Groep"}') returning id`
		);
		person = row.id;
		await db.query(
			`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth, kinds)
			 values ($1, 'https://push.example/groups', $2, $3, '{}')`,
			[person, 'B'.repeat(87), 'a'.repeat(22)]
		);
	});

	const write = (kind: string) =>
		db.query(`select public.notify($1, $2, '{}'::jsonb, '/notifications')`, [person, kind]);
	const outcome = async (kind: string) => {
		await db.query('delete from private.push_outbox');
		await db.query('delete from public.notifications where user_id = $1', [person]);
		await write(kind);
		const [stored] = await db.query<{ held: boolean }>(
			'select held_for_digest as held from public.notifications where user_id = $1',
			[person]
		);
		const pushed = await db.query<{ push_group: string }>(
			'select push_group from private.push_outbox'
		);
		return {
			stored: stored ? (stored.held ? 'held' : 'shown') : 'none',
			pushed: pushed.map((p) => p.push_group)
		};
	};

	it('a device that wants one group gets a push for exactly that group’s kinds', async () => {
		const groups = await groupOf(kinds);
		for (const group of notificationGroups) {
			await db.query('update public.push_subscriptions set kinds = array[$1] where user_id = $2', [
				group,
				person
			]);
			for (const kind of kinds) {
				if (groups[kind] === 'digest') continue;
				const expected = groups[kind] === group ? [group] : [];
				expect((await outcome(kind)).pushed, `${kind} with a device for ${group}`).toEqual(
					expected
				);
			}
		}
	});

	it('"off" and "digest" for a group hold back exactly its kinds, never safety', async () => {
		const groups = await groupOf(kinds);
		await db.query(`update public.push_subscriptions set kinds = '{}' where user_id = $1`, [
			person
		]);
		for (const group of choosableGroups)
			for (const delivery of ['off', 'digest'] as const) {
				await db.query('delete from public.notification_settings where user_id = $1', [person]);
				await db.query(
					'insert into public.notification_settings (user_id, kind, delivery) values ($1, $2, $3)',
					[person, group, delivery]
				);
				for (const kind of kinds) {
					const expected =
						groups[kind] === group ? (delivery === 'off' ? 'none' : 'held') : 'shown';
					expect((await outcome(kind)).stored, `${kind} with ${group} ${delivery}`).toBe(expected);
				}
			}
		await db.query('delete from public.notification_settings where user_id = $1', [person]);
		// Safety cannot be chosen at all.
		await expect(
			db.query(
				`insert into public.notification_settings (user_id, kind, delivery) values ($1, 'safety', 'off')`,
				[person]
			)
		).rejects.toThrow();
	});
});

describe('devices turned on before the one grouping', () => {
	it('keep what they got: help becomes safety, circles brings moderation and other', async () => {
		const old = await createTestDatabase({ before: '20261203120000' });
		try {
			const [row] = await old.query<{ id: string }>(
				`insert into auth.users (email, raw_user_meta_data)
				 values ('oud@kring.example', '{"display_name":"Oud"}') returning id`
			);
			const add = (n: number, kinds: string[]) =>
				old.query(
					`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth, kinds)
					 values ($1, $2, $3, $4, $5::text[])`,
					[row.id, `https://push.example/old-${n}`, 'B'.repeat(87), 'a'.repeat(22), kinds]
				);
			await add(1, ['circles', 'gatherings', 'volunteers', 'help']);
			await add(2, ['help']);
			await add(3, ['gatherings']);
			await add(4, []);
			await old.query(`insert into private.push_outbox (user_id, push_group) values ($1, 'help')`, [
				row.id
			]);
			await migrate(old, readMigrations());
			const devices = await old.query<{ endpoint: string; kinds: string[] }>(
				'select endpoint, kinds from public.push_subscriptions order by endpoint'
			);
			expect(devices.map((d) => d.kinds)).toEqual([
				['circles', 'gatherings', 'moderation', 'volunteers', 'other', 'safety'],
				['safety'],
				['gatherings'],
				[]
			]);
			expect(await old.query('select push_group from private.push_outbox')).toEqual([
				{ push_group: 'safety' }
			]);
		} finally {
			await old.close();
		}
	});
});
