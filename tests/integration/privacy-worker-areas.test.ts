import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/db/session';
import { asService } from '../../src/lib/server/db';
import { roleQueries } from '../helpers/rls';
import { openSubjectReports } from '../../src/lib/server/moderation/subjects';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// A neighbourhood worker reads member lists, reported messages, profile and circle reports
// and the moderation log only for their own area, as they already hide and ban (Kring's
// privacy rule: data opens to a professional only where they help). Direct SQL as the
// Centrum worker (Fatima) and the Kerk en Zanen worker (Peter), on the demo town.
let db: TestDatabase;
let fatima: Actor;
let peter: Actor;
let admin: Actor;
let centrum: string; // jonge-mantelzorgers, Centrum
let kerk: string; // mantelzorgers-dementie, Kerk en Zanen
let centrumMember: string;
let reportId: string;
let profileReport: string;
const { as } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	fatima = { id: await userId(db, 'fatima@kring.example') };
	peter = { id: await userId(db, 'peter@kring.example') };
	admin = { id: await userId(db, 'beheer@kring.example') };
	const circles = await service<{ slug: string; id: string }>(
		'select slug, id from public.circles'
	);
	const id = (slug: string) => circles.find((c) => c.slug === slug)!.id;
	centrum = id('jonge-mantelzorgers');
	kerk = id('mantelzorgers-dementie');
	const members = await service<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'member' order by joined_at`,
		[centrum]
	);
	centrumMember = members[0].user_id;
	const reporter = members[1].user_id;
	// A message in the Centrum circle, reported by one member; and one member reports another.
	const [msg] = await service<{ id: string }>(
		`insert into public.chat_messages (circle_id, author_id, body, client_id)
		 values ($1, $2, 'Een bericht dat iemand meldt', gen_random_uuid()) returning id`,
		[centrum, centrumMember]
	);
	[{ id: reportId }] = await as<{ id: string }>(
		{ id: reporter },
		`insert into public.message_reports (message_id, reason) values ($1, 'Kwetsend') returning id`,
		[msg.id]
	);
	[{ id: profileReport }] = await as<{ id: string }>(
		{ id: reporter },
		`insert into public.subject_reports (kind, profile_id, reason)
		 values ('profile', $1, 'Stuurt nare privéberichten') returning id`,
		[centrumMember]
	);
	// The reported person lives outside both workers' areas, so only the shared circle counts.
	await service(`update public.profiles set neighbourhood_id = null where id = $1`, [
		centrumMember
	]);
}, 120_000);
afterAll(() => db?.close());

describe('a worker of another area', () => {
	it('reads no member list of a circle outside their area; the area worker and admin do', async () => {
		const members = (who: Actor, circle: string) =>
			as(who, 'select user_id from public.memberships where circle_id = $1', [circle]);
		expect(await members(peter, centrum)).toEqual([]);
		expect(await members(fatima, kerk)).toEqual([]);
		expect((await members(fatima, centrum)).length).toBeGreaterThan(1);
		expect((await members(peter, kerk)).length).toBeGreaterThan(1);
		expect((await members(admin, centrum)).length).toBeGreaterThan(1);
	});

	it('sees no reported message from outside their area and cannot close it', async () => {
		const queue = (who: Actor) =>
			as<{ id: string; message_body: string }>(
				who,
				'select id, message_body from private.handled_reports() where id = $1',
				[reportId]
			);
		expect(await queue(peter)).toEqual([]);
		expect(await queue(fatima)).toHaveLength(1);
		expect(await queue(admin)).toHaveLength(1);
		expect(
			await as(peter, `select private.close_message_report($1, 'dismissed') as n`, [reportId])
		).toEqual([{ n: 0 }]);
		const [{ status }] = await service<{ status: string }>(
			'select status from public.message_reports where id = $1',
			[reportId]
		);
		expect(status).toBe('open');
		expect(
			await as(fatima, `select private.close_message_report($1, 'resolved') as n`, [reportId])
		).toEqual([{ n: 1 }]);
	});

	it('handles reports of and invites to a circle without a neighbourhood, as every worker (review of round 9)', async () => {
		const [online] = await service<{ id: string }>(
			`select id from public.circles where slug = 'adhd-ouders-online'`
		);
		await service('update public.circles set neighbourhood_id = null where id = $1', [online.id]);
		const [member] = await service<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
			[online.id]
		);
		const [msg] = await service<{ id: string }>(
			`insert into public.chat_messages (circle_id, author_id, body, client_id)
			 values ($1, $2, 'Een bericht in een kring zonder wijk', gen_random_uuid()) returning id`,
			[online.id, member.user_id]
		);
		const [{ id }] = await as<{ id: string }>(
			{ id: member.user_id },
			`insert into public.message_reports (message_id, reason) values ($1, 'Kwetsend') returning id`,
			[msg.id]
		);
		for (const worker of [fatima, peter]) {
			expect(
				await as(worker, 'select id from private.handled_reports() where id = $1', [id])
			).toHaveLength(1);
			expect(
				await as(worker, 'select private.can_invite_to_circle($1) as may', [online.id])
			).toEqual([{ may: true }]);
		}
		// A resident who is no host of it may not.
		expect(
			await as({ id: member.user_id }, 'select private.can_invite_to_circle($1) as may', [
				online.id
			])
		).toEqual([{ may: false }]);
	});

	it('reads and closes no profile report from outside their area; the worker of the shared circle does', async () => {
		const read = (who: Actor) =>
			as(who, 'select id from public.subject_reports where id = $1', [profileReport]);
		expect(await read(peter)).toEqual([]);
		expect(await read(fatima)).toHaveLength(1);
		expect(await read(admin)).toHaveLength(1);
		expect(
			await as(peter, `select private.close_subject_report($1, 'dismissed', 'x') as n`, [
				profileReport
			])
		).toEqual([{ n: 0 }]);
		expect(
			await as(
				fatima,
				`select private.close_subject_report($1, 'resolved', 'Gesprek gehad') as n`,
				[profileReport]
			)
		).toEqual([{ n: 1 }]);
	});

	it("shows a worker's own report, made as a resident, in their queue only where they handle it (review of round 9)", async () => {
		// Peter (Kerk en Zanen) reports a public circle in Centrum, as any resident may.
		const [circle] = await service<{ id: string }>(
			`select c.id from public.circles c join public.neighbourhoods n on n.id = c.neighbourhood_id
			 where n.slug = 'centrum' and c.visibility = 'public' limit 1`
		);
		const [{ id }] = await as<{ id: string }>(
			peter,
			`insert into public.subject_reports (kind, circle_id, reason)
			 values ('circle', $1, 'Eigen melding als bewoner') returning id`,
			[circle.id]
		);
		const queue = async (email: string) =>
			(await openSubjectReports(db, { id: await userId(db, email), email })).map((r) => r.id);
		expect(await queue('peter@kring.example')).not.toContain(id);
		expect(await queue('fatima@kring.example')).toContain(id);
		expect(await queue('beheer@kring.example')).toContain(id);
	});

	it('reads no moderation log entry from outside their area', async () => {
		const log = (who: Actor) =>
			as<{ action: string }>(
				who,
				`select action from public.moderation_log
				 where circle_id = $1 or report_id = any ($2::uuid[]) order by id`,
				[centrum, [reportId, profileReport]]
			);
		expect(await log(peter)).toEqual([]);
		const seen = (await log(fatima)).map((r) => r.action);
		expect(seen).toEqual(
			expect.arrayContaining([
				'message_reported',
				'report_resolved',
				'profile_reported',
				'subject_report_resolved'
			])
		);
		expect((await log(admin)).length).toBe(seen.length);
	});
});
