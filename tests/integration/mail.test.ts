import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedAuth } from '../../src/lib/server/auth/embedded';
import { readMailbox } from '../../src/lib/server/auth/mailbox';
import { sendDueReminders } from '../../src/lib/server/gatherings';
import { createMailer } from '../../src/lib/server/mail';
import { cookieJar } from '../helpers/cookies';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// A real SMTP server on localhost receives what Kring sends when SMTP_URL is configured.
type Received = { to: string; subject: string; text: string };
const inbox: Received[] = [];
let server: SMTPServer;
let url = '';
let db: TestDatabase;

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
});
afterAll(async () => {
	await db?.close();
	await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('email when SMTP is configured', () => {
	it('sends sign-in codes by email, not to the demo mailbox', async () => {
		const mailer = createMailer({ url, from: 'Kring <kring@example.nl>' });
		const auth = new EmbeddedAuth(db, { sessionDays: 30, mailer });
		const before = readMailbox().length;
		// A code works only in the browser that asked for it: one cookie jar for both steps.
		const browser = { cookies: cookieJar(), clientAddress: '127.0.0.1' };
		expect(await auth.sendCode(browser, 'mail@kring.example')).toEqual({ ok: true });
		const letter = inbox.find((l) => l.to === 'mail@kring.example');
		expect(letter?.subject).toMatch(/^Je Kring-code: \d{6}$/);
		expect(readMailbox().length).toBe(before);
		const code = letter!.subject.slice(-6);
		expect((await auth.verifyCode(browser, 'mail@kring.example', code)).ok).toBe(true);
	});

	it('emails gathering reminders to members who did not say no', async () => {
		const [g] = await db.query<{ id: string; circle_id: string }>(
			`select g.id, g.circle_id from public.gatherings g join public.circles c on c.id = g.circle_id
			 where c.slug = 'autisme-cafe-ridderveld' order by g.starts_at limit 1`
		);
		await db.query(
			`update public.gatherings set starts_at = now() + interval '3 hours', ends_at = now() + interval '5 hours' where id = $1`,
			[g.id]
		);
		// The demo's other gatherings may also start within a day, depending on the clock;
		// count as already reminded so this test sees only its own gathering.
		await db.query(
			'update public.gatherings set reminder_sent_at = now() where id <> $1 and reminder_sent_at is null',
			[g.id]
		);
		const [no] = await db.query<{ user_id: string; email: string }>(
			`select m.user_id, u.email from public.memberships m join auth.users u on u.id = m.user_id
			 where m.circle_id = $1 and m.role = 'member' limit 1`,
			[g.circle_id]
		);
		await db.query(
			`insert into public.gathering_rsvps (gathering_id, user_id, answer) values ($1, $2, 'no')`,
			[g.id, no.user_id]
		);
		const [{ members }] = await db.query<{ members: number }>(
			'select count(*)::int as members from public.memberships where circle_id = $1',
			[g.circle_id]
		);
		const mailer = createMailer({ url, from: 'Kring <kring@example.nl>' });
		const sent = await sendDueReminders(db, '24 hours', mailer, 'https://kring.example');
		expect(sent).toBe(members - 1);
		const reminders = inbox.filter((l) =>
			l.subject.startsWith('Herinnering: Autisme-café Ridderveld')
		);
		expect(reminders).toHaveLength(members - 1);
		expect(reminders.map((r) => r.to)).not.toContain(no.email);
		expect(reminders[0].text).toContain(`https://kring.example/gatherings/${g.id}`);
		expect(await sendDueReminders(db, '24 hours', mailer)).toBe(0);
	});
});
