import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settingsFromForm } from '../../src/lib/schemas/notification-settings';
import { asService } from '../../src/lib/server/db/session';
import { createMailer } from '../../src/lib/server/mail';
import { countUnreadNotifications, listNotifications } from '../../src/lib/server/notifications';
import { digestWords, runDailyJobs } from '../../src/lib/server/notifications/daily';
import {
	getNotificationSettings,
	saveNotificationSettings,
	sendDailyDigests
} from '../../src/lib/server/notifications/settings';
import { withUser } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Notifications without overload (issue 12 point 8): per kind and per circle settings,
// applied by the database to every notification; a daily digest in-app and by e-mail.

type Received = { to: string; subject: string; text: string };
const inbox: Received[] = [];
let server: SMTPServer;
let url = '';
let db: TestDatabase;
let person: { id: string };
let other: { id: string };
let circle: { id: string; slug: string };
const { as } = roleQueries(() => db);

async function service<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
	return asService(db, (tx) => tx.query<T>(text, params));
}
const notify = (who: { id: string }, kind: string, link: string | null = null) =>
	service(`select public.notify($1, $2, '{}'::jsonb, $3)`, [who.id, kind, link]);
const stored = (who: { id: string }, kind: string) =>
	service<{ held_for_digest: boolean }>(
		`select held_for_digest from public.notifications where user_id = $1 and kind = $2`,
		[who.id, kind]
	);

beforeAll(async () => {
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onData(stream, session, done) {
			simpleParser(stream)
				.then((mail) => {
					inbox.push({
						to: session.envelope.rcptTo.map((r) => r.address).join(','),
						subject: mail.subject ?? '',
						text: mail.text ?? ''
					});
					done();
				})
				.catch(done);
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.server.address();
	url = `smtp://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
	db = await createTestDatabase({ seed: true });
	person = { id: await userId(db, 'r30@kring.example') };
	other = { id: await userId(db, 'r31@kring.example') };
	[circle] = await service<{ id: string; slug: string }>(
		`select id, slug from public.circles where status = 'published' order by slug limit 1`
	);
	await service(
		`insert into public.memberships (circle_id, user_id) values ($1, $2) on conflict do nothing`,
		[circle.id, person.id]
	);
	await service(`delete from public.notifications where user_id = any ($1)`, [
		[person.id, other.id]
	]);
});
afterAll(async () => {
	await db?.close();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('notification settings', () => {
	it('refuses a delivery that is not one of the three', () => {
		const form = new FormData();
		form.set('group.circles', 'loud');
		expect(settingsFromForm(form).success).toBe(false);
		form.set('group.circles', 'digest');
		form.set('group.unknown', 'off');
		expect(settingsFromForm(form).success).toBe(false);
	});

	it('"off" keeps a kind out, "digest" holds it back, the default comes at once', async () => {
		await saveNotificationSettings(db, person, {
			groups: { volunteers: 'off', gatherings: 'digest' },
			circles: {}
		});
		expect((await getNotificationSettings(db, person)).groups).toMatchObject({
			volunteers: 'off',
			gatherings: 'digest',
			circles: 'immediately'
		});
		await notify(person, 'volunteer_proposal', '/volunteer');
		await notify(person, 'gathering_new', '/somewhere');
		await notify(person, 'cohost_offer', '/somewhere');
		expect(await stored(person, 'volunteer_proposal')).toEqual([]);
		expect(await stored(person, 'gathering_new')).toEqual([{ held_for_digest: true }]);
		expect(await stored(person, 'cohost_offer')).toEqual([{ held_for_digest: false }]);
		// held ones are not shown nor counted until the digest
		const shown = await listNotifications(db, person);
		expect(shown.map((n) => n.kind)).toEqual(['cohost_offer']);
		expect(await withUser(db, person, (tx) => countUnreadNotifications(tx))).toBe(1);
		// someone else's notifications do not follow this person's settings
		await notify(other, 'volunteer_proposal', '/volunteer');
		expect(await stored(other, 'volunteer_proposal')).toHaveLength(1);
	});

	it('a circle can be turned off; the quieter setting wins; safety always comes', async () => {
		await saveNotificationSettings(db, person, {
			groups: { circles: 'off', other: 'off' },
			circles: { [circle.id]: 'off' }
		});
		await saveNotificationSettings(db, person, {
			groups: { circles: 'immediately' },
			circles: { [circle.id]: 'off' }
		});
		await notify(person, 'join_request_approved', `/circles/${circle.slug}/chat`);
		await notify(person, 'circle_published', `/circles/${circle.slug}-other`);
		expect(await stored(person, 'join_request_approved')).toEqual([]);
		expect(await stored(person, 'circle_published')).toEqual([{ held_for_digest: false }]);
		await notify(person, 'crisis_alert', '/worker');
		expect(await stored(person, 'crisis_alert')).toEqual([{ held_for_digest: false }]);
	});

	it('nobody reads or writes another person’s settings', async () => {
		const rows = await as(other, `select kind from public.notification_settings`);
		expect(rows).toEqual([]);
		await expect(
			as(
				other,
				`insert into public.notification_settings (user_id, kind, delivery) values ($1, 'circles', 'off')`,
				[person.id]
			)
		).rejects.toThrow(/row-level security/);
		await expect(as(null, `select kind from public.notification_settings`)).rejects.toThrow(
			/permission denied/
		);
	});
});

describe('the daily digest', () => {
	it('bundles what was held into one notification and one e-mail, once', async () => {
		await notify(person, 'gathering_reminder', '/somewhere');
		const mailer = createMailer({ url, from: 'Kring <kring@example.nl>' });
		const sent = await sendDailyDigests(db, mailer, 'https://kring.example', digestWords);
		expect(sent).toBeGreaterThanOrEqual(1);
		const letter = inbox.find((l) => l.to === 'r30@kring.example');
		expect(letter?.subject).toBe('Kring: 2 meldingen van vandaag');
		expect(letter?.text).toContain('Bijeenkomsten: nieuwe, gewijzigde en herinneringen: 2');
		expect(letter?.text).toContain('https://kring.example/notifications/settings');
		const shown = await listNotifications(db, person);
		expect(shown[0]).toMatchObject({ kind: 'daily_digest', payload: { count: '2' } });
		// the bundled ones are now in the list, as read
		const bundled = shown.filter((n) => n.kind.startsWith('gathering_'));
		expect(bundled).toHaveLength(2);
		expect(bundled.every((n) => n.read_at)).toBe(true);
		// a second run has nothing left to send
		const before = inbox.length;
		expect(await sendDailyDigests(db, mailer, 'https://kring.example', digestWords)).toBe(0);
		expect(inbox.length).toBe(before);
	});

	it('runs once a day from 17:00 Amsterdam time', async () => {
		expect(await runDailyJobs(db, undefined, '', new Date('2026-12-01T15:00:00Z'))).toBeNull();
		expect(await runDailyJobs(db, undefined, '', new Date('2026-12-01T16:30:00Z'))).not.toBeNull();
		expect(await runDailyJobs(db, undefined, '', new Date('2026-12-01T20:00:00Z'))).toBeNull();
	});
});
