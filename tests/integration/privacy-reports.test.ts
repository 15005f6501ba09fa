import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postMessage, reportMessage } from '../../src/lib/server/chat';
import { asService } from '../../src/lib/server/db';
import {
	closeReport,
	closeSubjectReport,
	hideReportedMessage,
	listOpenReports,
	moderationLog,
	myReports,
	openSubjectReports,
	reportSubject
} from '../../src/lib/server/moderation';
import { createChatFixture, type ChatFixture, type FixtureUser } from '../bench/chat-fixture';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// Reports for everyone (issue 10 point 24): a message, a profile or a circle; a receipt
// and the outcome for the reporter; three reporters hide a message pending review; the
// area's worker hides when the host is the problem; an audit log only workers and admins
// read. Tried by direct SQL as each role.
let db: TestDatabase;
let fx: ChatFixture;
let host: FixtureUser;
let author: FixtureUser;
let members: FixtureUser[];
let otherWorker: FixtureUser;
let circle: string;
const { as, denied } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));
const notes = (who: FixtureUser) =>
	service<{ kind: string; payload: Record<string, unknown> }>(
		`select kind, payload from public.notifications where user_id = $1 order by created_at, id`,
		[who.id]
	);
const say = async (who: FixtureUser, body: string) =>
	(await postMessage(db, who, { circleId: circle, clientId: randomUUID(), body })).message.id;

beforeAll(async () => {
	db = await createTestDatabase();
	fx = await createChatFixture(db, { circles: 2, membersPerCircle: 6 });
	[host, author, ...members] = fx.users.filter((u) => u.circle === 0);
	circle = fx.circles[0].id;
	// The worker oversees the circle's neighbourhood; another worker does not.
	const [area] = await service<{ id: string }>(
		`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
		 values ('meldwijk', 'Meldwijk', 'Alphen aan den Rijn', 52.13, 4.66) returning id`
	);
	const [elsewhere] = await service<{ id: string }>(
		`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
		 values ('elders-meld', 'Elders', 'Leiden', 52.16, 4.49) returning id`
	);
	await service(`update public.circles set neighbourhood_id = $2 where id = $1`, [circle, area.id]);
	await service(`update public.profiles set neighbourhood_id = $2 where id = $1`, [
		fx.worker.id,
		area.id
	]);
	otherWorker = fx.users.find((u) => u.circle === 1)!;
	await service(
		`update public.profiles set roles = '{resident,worker}', neighbourhood_id = $2 where id = $1`,
		[otherWorker.id, elsewhere.id]
	);
}, 120_000);
afterAll(() => db?.close());

describe('reporting a person or a circle', () => {
	it('a member reports someone in their circle and gets a receipt; not a stranger, not themselves', async () => {
		expect(
			await reportSubject(db, members[0], {
				kind: 'profile',
				subjectId: author.id,
				reason: 'Stuurt steeds nare berichten'
			})
		).toBe(true);
		expect((await notes(members[0])).at(-1)).toMatchObject({
			kind: 'report_received',
			payload: { kind: 'profile' }
		});
		// Someone they share no circle with, themselves, and anonymous callers: refused.
		expect(
			await reportSubject(db, fx.outsider, { kind: 'profile', subjectId: author.id, reason: 'x' })
		).toBe(false);
		expect(
			await reportSubject(db, members[0], {
				kind: 'profile',
				subjectId: members[0].id,
				reason: 'x'
			})
		).toBe(false);
		expect(
			await denied(
				null,
				`insert into public.subject_reports (kind, profile_id, reason) values ('profile', $1, 'x') returning id`,
				[author.id]
			)
		).toBe(true);
		// A private circle is invisible to an outsider, so it cannot be reported by them.
		expect(
			await reportSubject(db, fx.outsider, { kind: 'circle', subjectId: circle, reason: 'x' })
		).toBe(false);
		expect(
			await reportSubject(db, members[1], {
				kind: 'circle',
				subjectId: circle,
				reason: 'De gastheer scheldt'
			})
		).toBe(true);
	});

	it('only the reporter and workers read a report; nobody changes it directly', async () => {
		const [report] = await as<{ id: string }>(
			members[0],
			`select id from public.subject_reports where kind = 'profile'`
		);
		expect(report).toBeDefined();
		for (const who of [null, host, author, members[1], fx.outsider]) {
			expect(
				await denied(who, `select id from public.subject_reports where id = $1`, [report.id])
			).toBe(true);
		}
		for (const who of [members[0], host, fx.worker]) {
			expect(
				await denied(
					who,
					`update public.subject_reports set status = 'dismissed', resolved_by = $2 where id = $1 returning id`,
					[report.id, host.id]
				)
			).toBe(true);
			expect(
				await denied(who, `delete from public.subject_reports where id = $1 returning id`, [
					report.id
				])
			).toBe(true);
		}
		// The reporter does not see their own report in a worker's queue.
		expect(await openSubjectReports(db, members[0])).toEqual([]);
		const queue = await openSubjectReports(db, fx.worker);
		expect(queue.map((r) => r.kind).sort()).toEqual(['circle', 'profile']);
		expect(queue.find((r) => r.kind === 'profile')?.subject).toBe(author.email.split('@')[0]);
	});

	it('a worker closes it with what was done; the reporter hears the outcome', async () => {
		const [report] = await as<{ id: string }>(
			members[0],
			`select id from public.subject_reports where kind = 'profile'`
		);
		expect(await closeSubjectReport(db, host, report.id, 'resolved', 'nee')).toBe(false);
		expect(
			await closeSubjectReport(db, fx.worker, report.id, 'resolved', 'We hebben een gesprek gehad.')
		).toBe(true);
		expect(await closeSubjectReport(db, fx.worker, report.id, 'dismissed', '')).toBe(false);
		expect((await notes(members[0])).at(-1)).toMatchObject({
			kind: 'report_outcome',
			payload: { status: 'resolved', outcome: 'We hebben een gesprek gehad.' }
		});
		const mine = await myReports(db, members[0]);
		expect(mine).toEqual([
			expect.objectContaining({
				kind: 'profile',
				status: 'resolved',
				outcome: 'We hebben een gesprek gehad.'
			})
		]);
	});
});

describe('reported messages', () => {
	it('three different reporters hide a message pending review; its author is told', async () => {
		const text = 'Een bericht dat drie mensen melden';
		const id = await say(author, text);
		await reportMessage(db, members[0], id, 'Kwetsend');
		await reportMessage(db, members[0], id, 'Nog een keer');
		await reportMessage(db, members[1], id, 'Kwetsend');
		const visible = () =>
			as<{ body: string; hidden_reason: string | null }>(
				members[3],
				`select body, hidden_reason from public.chat_messages where id = $1::bigint`,
				[id]
			);
		// One person twice and a second person: still shown.
		expect((await visible())[0]).toEqual({ body: text, hidden_reason: null });
		await reportMessage(db, members[2], id, 'Onveilig');
		expect((await visible())[0]).toEqual({ body: '', hidden_reason: 'kring:pending_review' });
		expect((await notes(author)).at(-1)).toMatchObject({
			kind: 'message_hidden',
			payload: { pending_review: true }
		});
		// Every reporter got a receipt.
		for (const who of members.slice(0, 3)) {
			expect((await notes(who)).map((n) => n.kind)).toContain('report_received');
		}
		// The reports stay open for review; closing them tells the reporters.
		const [open] = (await listOpenReports(db, host)).filter((r) => r.message_id === String(id));
		expect(open).toBeDefined();
		expect(await closeReport(db, host, open.id, 'resolved')).toBe(3);
		expect((await notes(members[2])).at(-1)).toMatchObject({
			kind: 'report_outcome',
			payload: { status: 'resolved' }
		});
	});

	it('the area’s worker hides a reported message when the host is the problem; others cannot', async () => {
		const id = await say(host, 'De gastheer zegt iets kwetsends');
		await reportMessage(db, members[3], id, 'De gastheer kwetst');
		const [report] = (await listOpenReports(db, fx.worker)).filter(
			(r) => r.message_id === String(id)
		);
		expect(report.can_hide).toBe(true);
		// A worker of another area does not even see the report (nor the message's text).
		const elsewhere = (await listOpenReports(db, otherWorker)).filter(
			(r) => r.message_id === String(id)
		);
		expect(elsewhere).toEqual([]);
		await expect(
			hideReportedMessage(db, otherWorker, report.id, 'Niet mijn wijk')
		).rejects.toThrow();
		// Direct SQL: a member, a worker elsewhere or anon hides nothing.
		for (const who of [members[3], otherWorker]) {
			const [row] = await as<{ n: number }>(
				who,
				`select private.moderator_hide_message($1::bigint, 'weg') as n`,
				[id]
			);
			expect(row.n).toBe(0);
		}
		expect(
			await denied(null, `select private.moderator_hide_message($1::bigint, 'weg') as n`, [id])
		).toBe(true);
		await hideReportedMessage(db, fx.worker, report.id, 'Kwetsend voor de groep');
		const [msg] = await service<{ hidden_by: string; hidden_reason: string }>(
			`select hidden_by, hidden_reason from public.chat_messages where id = $1::bigint`,
			[id]
		);
		expect(msg).toEqual({ hidden_by: fx.worker.id, hidden_reason: 'Kwetsend voor de groep' });
		expect((await notes(host)).at(-1)).toMatchObject({
			kind: 'message_hidden',
			payload: { reason: 'Kwetsend voor de groep' }
		});
	});
});

describe('the moderation log', () => {
	it('holds every action, never a message’s text, and only workers and admins read it', async () => {
		const log = await moderationLog(db, fx.worker);
		const actions = log.map((l) => l.action);
		for (const a of [
			'profile_reported',
			'circle_reported',
			'subject_report_resolved',
			'message_reported',
			'message_auto_hidden',
			'report_resolved',
			'message_hidden'
		]) {
			expect(actions, a).toContain(a);
		}
		expect(log.find((l) => l.action === 'message_auto_hidden')?.actor).toBeNull();
		expect(log.find((l) => l.action === 'message_hidden')?.actor).toBe(
			fx.worker.email.split('@')[0]
		);
		const all = await service<{ reason: string | null }>(
			`select reason from public.moderation_log`
		);
		expect(all.some((r) => r.reason?.includes('drie mensen melden'))).toBe(false);
		for (const who of [null, host, author, members[0], fx.outsider]) {
			expect(await denied(who, `select id from public.moderation_log`)).toBe(true);
			expect(await moderationLog(db, who ?? fx.outsider)).toEqual([]);
		}
		// A worker of another area reads none of this circle's entries.
		expect(
			await denied(otherWorker, `select id from public.moderation_log where circle_id = $1`, [
				circle
			])
		).toBe(true);
		for (const who of [host, fx.worker]) {
			expect(
				await denied(
					who,
					`insert into public.moderation_log (action) values ('message_hidden') returning id`
				)
			).toBe(true);
			expect(await denied(who, `delete from public.moderation_log returning id`)).toBe(true);
			expect(await denied(who, `update public.moderation_log set reason = 'x' returning id`)).toBe(
				true
			);
		}
	});

	it('logs a ban and its lifting', async () => {
		await as(
			host,
			`insert into public.circle_bans (circle_id, user_id, reason) values ($1, $2, 'Bleef kwetsen')`,
			[circle, members[3].id]
		);
		await as(host, `delete from public.circle_bans where circle_id = $1 and user_id = $2`, [
			circle,
			members[3].id
		]);
		const actions = (await moderationLog(db, fx.worker)).map((l) => l.action);
		expect(actions.slice(0, 2)).toEqual(['ban_lifted', 'member_banned']);
	});
});
