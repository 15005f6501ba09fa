import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatError, deleteMessage, postMessage, reportMessage } from '../../src/lib/server/chat';
import {
	banReportedWriter,
	closeReport,
	countOpenReports,
	hideReportedMessage,
	hostsACircle,
	isModerationStaff,
	listOpenReports
} from '../../src/lib/server/moderation';
import { listNotifications } from '../../src/lib/server/notifications';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// The queue of reported chat messages, through RLS: who is told, who sees what, who may
// hide or close. Circle 0: host, author, two reporters; circle 1 has a host of its own.
// The worker's area holds circle 0's neighbourhood; the other worker's area does not.
let db: TestDatabase;
let fx: ChatFixture;
let who: Record<
	'host' | 'author' | 'reporter' | 'second' | 'otherHost' | 'worker' | 'otherWorker',
	{ id: string }
>;

const post = async (body: string) =>
	(await postMessage(db, who.author, { circleId: fx.circles[0].id, clientId: randomUUID(), body }))
		.message.id;
const reportsOf = async (actor: { id: string }, messageId: number) =>
	(await listOpenReports(db, actor)).filter((r) => r.message_id === String(messageId));
const statusOf = async (messageId: number) =>
	(
		await db.query<{ status: string; resolved_by: string | null }>(
			`select status, resolved_by from public.message_reports where message_id = $1 order by created_at`,
			[messageId]
		)
	).map((r) => [r.status, r.resolved_by]);
const refusal = (p: Promise<unknown>) =>
	p.then(
		() => null,
		(e) => (e instanceof ChatError ? e.code : e)
	);

beforeAll(async () => {
	db = await createTestDatabase();
	fx = await createChatFixture(db, { circles: 2, membersPerCircle: 4 });
	const [host, author, reporter, second] = fx.users.filter((u) => u.circle === 0);
	who = {
		host,
		author,
		reporter,
		second,
		otherHost: fx.users.find((u) => u.circle === 1)!,
		worker: fx.worker,
		otherWorker: fx.users.filter((u) => u.circle === 1)[1]
	};
	const [{ id: hood }] = await db.query<{ id: string }>(
		`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude) values ('moderatie-wijk', 'Moderatiewijk', 'Alphen aan den Rijn', 52.13, 4.66) returning id`
	);
	const [{ id: elsewhere }] = await db.query<{ id: string }>(
		`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude) values ('moderatie-elders', 'Elders', 'Leiden', 52.16, 4.49) returning id`
	);
	await db.query(`update public.circles set neighbourhood_id = $1 where id = $2`, [
		hood,
		fx.circles[0].id
	]);
	await db.query(`insert into public.worker_areas (worker_id, neighbourhood_id) values ($1, $2)`, [
		who.worker.id,
		hood
	]);
	await db.query(`update public.profiles set roles = '{resident,worker}' where id = $1`, [
		who.otherWorker.id
	]);
	await db.query(`insert into public.worker_areas (worker_id, neighbourhood_id) values ($1, $2)`, [
		who.otherWorker.id,
		elsewhere
	]);
});
afterAll(() => db?.close());

describe('reported messages', () => {
	it("never tell the writer of the message; when the writer is the circle's only host, the area's workers are told", async () => {
		const told = (actor: { id: string }) =>
			listNotifications(db, actor).then(
				(ns) => ns.filter((n) => n.kind === 'message_reported').length
			);
		const before = await Promise.all([who.host, who.worker, who.otherWorker].map(told));
		const { message } = await postMessage(db, who.host, {
			circleId: fx.circles[0].id,
			clientId: randomUUID(),
			body: 'Van de gastvrouw zelf'
		});
		await reportMessage(db, who.reporter, message.id, 'Onaardig');
		const after = await Promise.all([who.host, who.worker, who.otherWorker].map(told));
		// The host wrote it and is the only host: not told; the worker of this area is; the
		// worker of another area is not.
		expect(after.map((n, i) => n - before[i])).toEqual([0, 1, 0]);
	});

	it("tell the hosts, not the reporter, and queue for hosts and the area's workers only", async () => {
		const id = await post('Jij snapt er niks van');
		await reportMessage(db, who.reporter, id, 'Onaardig');

		const told = (actor: { id: string }) =>
			listNotifications(db, actor).then((ns) =>
				ns.filter((n) => n.kind === 'message_reported').map((n) => n.link)
			);
		expect(await told(who.host)).toEqual(['/moderation']);
		expect(await told(who.reporter)).toEqual([]);
		expect(await told(who.otherHost)).toEqual([]);

		const [report] = await reportsOf(who.host, id);
		expect(report).toMatchObject({
			circle_id: fx.circles[0].id,
			message_body: 'Jij snapt er niks van',
			reason: 'Onaardig',
			can_hide: true,
			message_gone: false
		});
		expect(report.author_name).toBeTruthy();
		// The reporter stays anonymous to whoever handles the report.
		expect(Object.keys(report).join(' ')).not.toMatch(/reporter/);
		const [forWorker] = await reportsOf(who.worker, id);
		expect(forWorker).toMatchObject({ id: report.id, can_hide: true });

		// Your own report, the author, a member, another circle's host, another area's
		// worker: no queue.
		for (const actor of [who.reporter, who.author, who.second, who.otherHost, who.otherWorker])
			expect(await reportsOf(actor, id)).toEqual([]);
		expect(await countOpenReports(db, who.host, fx.circles[0].id)).toBe(1);
		expect(await countOpenReports(db, who.otherHost, fx.circles[0].id)).toBe(0);
		expect(await countOpenReports(db, who.reporter, fx.circles[0].id)).toBe(0);
		await closeReport(db, who.host, report.id, 'dismissed');
	});

	it('a host hides the message with a reason and closes every report of it', async () => {
		const id = await post('Mijn adres is Dorpsstraat 1');
		await reportMessage(db, who.reporter, id, 'Persoonlijke gegevens');
		await reportMessage(db, who.second, id, 'Privé');
		const [first] = await reportsOf(who.host, id);

		// Neither another area's worker nor a member may hide it.
		for (const actor of [who.otherWorker, who.second])
			expect(await refusal(hideReportedMessage(db, actor, first.id, 'Weg'))).toBe('not_found');

		const hidden = await hideReportedMessage(db, who.host, first.id, 'Privégegevens');
		expect(hidden).toMatchObject({ id, body: null, hidden: { reason: 'Privégegevens' } });
		expect(await statusOf(id)).toEqual([
			['resolved', who.host.id],
			['resolved', who.host.id]
		]);
		expect(await reportsOf(who.host, id)).toEqual([]);
		expect(await refusal(hideReportedMessage(db, who.host, first.id, 'Nog eens'))).toBe(
			'not_found'
		);
	});

	it('a worker closes a report without hiding; a member cannot close it', async () => {
		const id = await post('Kom je morgen ook?');
		await reportMessage(db, who.reporter, id, 'Per ongeluk');
		const [report] = await reportsOf(who.worker, id);
		expect(await closeReport(db, who.second, report.id, 'dismissed')).toBe(0);
		expect(await closeReport(db, who.reporter, report.id, 'dismissed')).toBe(0);
		expect(await closeReport(db, who.otherWorker, report.id, 'dismissed')).toBe(0);
		expect(await statusOf(id)).toEqual([['open', null]]);
		expect(await closeReport(db, who.worker, report.id, 'dismissed')).toBe(1);
		expect(await statusOf(id)).toEqual([['dismissed', who.worker.id]]);
		expect(await closeReport(db, who.worker, report.id, 'dismissed')).toBe(0);
	});

	it('shows when the message is gone already, so the host only closes the report', async () => {
		const id = await post('Sorry, verkeerde kring');
		await reportMessage(db, who.reporter, id, 'Hoort hier niet');
		await deleteMessage(db, who.author, id);
		const [report] = await reportsOf(who.host, id);
		expect(report).toMatchObject({ message_gone: true, message_body: 'Sorry, verkeerde kring' });
		expect(await closeReport(db, who.host, report.id, 'resolved')).toBe(1);
		expect(await statusOf(id)).toEqual([['resolved', who.host.id]]);
	});

	it("the area's worker keeps the writer of a reported message out of the circle; who may not, cannot", async () => {
		const id = await post('Ik weet waar je woont');
		await reportMessage(db, who.reporter, id, 'Bedreigend');
		const [report] = await reportsOf(who.host, id);
		const bans = () =>
			db.query<{ user_id: string; reason: string }>(
				`select user_id, reason from public.circle_bans where circle_id = $1`,
				[fx.circles[0].id]
			);
		// Nor does a worker whose area does not hold the circle.
		for (const actor of [who.reporter, who.author, who.otherHost, who.otherWorker])
			expect(await banReportedWriter(db, actor, report.id, 'Weg')).toBe(false);
		expect(await bans()).toEqual([]);
		// A worker whose area holds the circle's neighbourhood may, like the host (for when the
		// host is the problem).
		expect((await reportsOf(who.worker, id))[0].can_hide).toBe(true);
		expect(await banReportedWriter(db, who.worker, report.id, 'Bedreigingen horen hier niet')).toBe(
			true
		);
		expect(await bans()).toEqual([
			{ user_id: who.author.id, reason: 'Bedreigingen horen hier niet' }
		]);
		const told = await listNotifications(db, who.author);
		expect(told.some((n) => /ban|removed/.test(n.kind))).toBe(true);
	});

	it('knows who moderates: a host or a worker, not a member (who is told there is nothing to do)', async () => {
		const roles = async (actor: { id: string }) => [
			await hostsACircle(db, actor),
			await isModerationStaff(db, actor)
		];
		expect(await roles(who.host)).toEqual([true, false]);
		expect(await roles(who.author)).toEqual([false, false]);
		expect(await roles(who.worker)).toEqual([false, true]);
	});
});
