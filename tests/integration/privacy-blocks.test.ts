import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinCircle } from '../../src/lib/server/circles';
import { asService } from '../../src/lib/server/db';
import type { Actor } from '../../src/lib/server/db/session';
import { DomainError } from '../../src/lib/server/errors';
import {
	banFromCircle,
	blockedHosts,
	blockPerson,
	listBans,
	listBlocked,
	liftBan,
	unblockPerson
} from '../../src/lib/server/privacy';
import {
	blockConversationPartner,
	conversationBlocked,
	sendConversationMessage,
	VolunteerError
} from '../../src/lib/server/volunteers';
import { runAssignment } from '../../src/lib/server/volunteers/job';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Block and ban (issue 10 point 22), enforced in the database and tried by direct SQL as
// each role, as Supabase's REST API would let them.
let db: TestDatabase;
type Who = { id: string; email: string };
let resident: Who;
let volunteer: Who;
let worker: Who;
let host: Who;
let member: Who;
let newcomer: Who;
let centrum: string;
let cafe: string;
let requestId: string;
let matchId: string;
const { as, denied } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));

async function person(email: string, name: string): Promise<Who> {
	const [{ id }] = await db.query<{ id: string }>(
		`insert into auth.users (email, raw_user_meta_data) values ($1, jsonb_build_object('display_name', $2::text)) returning id`,
		[email, name]
	);
	return { id, email };
}

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	resident = { id: await userId(db, 'sanne@kring.example'), email: 'sanne@kring.example' };
	volunteer = { id: await userId(db, 'v01@kring.example'), email: 'v01@kring.example' };
	worker = { id: await userId(db, 'fatima@kring.example'), email: 'fatima@kring.example' };
	newcomer = await person('nieuw-blok@kring.example', 'Nieuwkomer Blok');
	[{ id: centrum }] = await db.query<{ id: string }>(
		`select id from public.neighbourhoods where slug = 'centrum'`
	);
	[{ id: cafe }] = await db.query<{ id: string }>(
		`select id from public.circles where slug = 'autisme-cafe-ridderveld'`
	);
	const [h] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'host' limit 1`,
		[cafe]
	);
	host = { id: h.user_id, email: '' };
	const [mb] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
		[cafe]
	);
	member = { id: mb.user_id, email: '' };
	await service(`delete from public.volunteer_profiles where user_id = $1`, [volunteer.id]);
	await service(
		`insert into public.volunteer_profiles (user_id, skills, neighbourhood_ids, availability, hours_per_week)
		 values ($1, '{paperwork-and-money}', array[$2::uuid], '{2-evening,3-morning}', 4)`,
		[volunteer.id, centrum]
	);
	[{ id: requestId }] = await service<{ id: string }>(
		`insert into public.help_requests (requester_id, skill_slug, neighbourhood_id, time_slots, hours)
		 values ($1, 'paperwork-and-money', $2, '{2-evening}', 2) returning id`,
		[resident.id, centrum]
	);
	[{ id: matchId }] = await service<{ id: string }>(
		`insert into public.volunteer_matches (request_id, volunteer_id, status) values ($1, $2, 'accepted') returning id`,
		[requestId, volunteer.id]
	);
	await service(`update public.help_requests set status = 'matched' where id = $1`, [requestId]);
}, 120_000);
afterAll(() => db?.close());

describe('blocking a person', () => {
	it('only the blocker makes, reads and lifts a block; the blocked person is not told', async () => {
		expect(
			await as(resident, `select 1 from public.volunteer_messages where match_id = $1`, [matchId])
		).toEqual([]);
		await as(
			volunteer,
			`insert into public.volunteer_messages (match_id, body) values ($1, 'Hallo!')`,
			[matchId]
		);
		expect(await blockPerson(db, resident, volunteer.id)).toBe(true);
		expect((await listBlocked(db, resident)).map((b) => b.id)).toEqual([volunteer.id]);
		expect((await listBlocked(db, resident))[0].name).toBeTruthy();
		// The blocked person, a worker and anonymous callers see nothing.
		for (const who of [null, volunteer, worker] as Actor[]) {
			expect(
				await denied(who, `select * from public.blocks where blocked_id = $1`, [volunteer.id])
			).toBe(true);
			expect(
				await denied(who, `delete from public.blocks where blocked_id = $1 returning blocker_id`, [
					volunteer.id
				])
			).toBe(true);
		}
		// Nobody blocks in someone else's name.
		expect(
			await denied(
				worker,
				`insert into public.blocks (blocker_id, blocked_id) values ($1, $2) returning blocker_id`,
				[host.id, member.id]
			)
		).toBe(true);
		expect(
			await denied(
				null,
				`insert into public.blocks (blocked_id) values ($1) returning blocker_id`,
				[member.id]
			)
		).toBe(true);
		expect(await blockPerson(db, resident, resident.id)).toBe(false);
	});

	it('no messages between them, either way, by direct SQL', async () => {
		for (const who of [resident, volunteer]) {
			expect(
				await denied(
					who,
					`insert into public.volunteer_messages (match_id, body) values ($1, 'Nog iets') returning id`,
					[matchId]
				)
			).toBe(true);
		}
	});

	it('no volunteer proposal pairs them, from the job or by hand', async () => {
		await service(`update public.volunteer_matches set status = 'closed' where id = $1`, [matchId]);
		await service(`update public.help_requests set status = 'open' where id = $1`, [requestId]);
		await expect(
			service(`insert into public.volunteer_matches (request_id, volunteer_id) values ($1, $2)`, [
				requestId,
				volunteer.id
			])
		).rejects.toThrow(/volunteers_blocked/);
		await runAssignment(db);
		const live = await service(
			`select volunteer_id from public.volunteer_matches where request_id = $1 and status in ('proposed', 'accepted')`,
			[requestId]
		);
		expect(live.map((r) => r.volunteer_id)).not.toContain(volunteer.id);
	});

	it('an invitation from someone you blocked is quietly not made', async () => {
		expect(await blockPerson(db, newcomer, host.id)).toBe(true);
		await service(
			`insert into public.circle_invitations (circle_id, user_id, invited_by, source) values ($1, $2, $3, 'host')`,
			[cafe, newcomer.id, host.id]
		);
		const rows = await service(
			`select 1 from public.circle_invitations where circle_id = $1 and user_id = $2`,
			[cafe, newcomer.id]
		);
		expect(rows).toEqual([]);
	});

	it('a circle seeded from a proposal never invites two people of whom one blocked the other', async () => {
		const first = await person('voorstel-een@kring.example', 'Voorstel Een');
		const second = await person('voorstel-twee@kring.example', 'Voorstel Twee');
		const third = await person('voorstel-drie@kring.example', 'Voorstel Drie');
		expect(await blockPerson(db, second, first.id)).toBe(true);
		for (const who of [first, second, third])
			await service(
				`insert into public.circle_invitations (circle_id, user_id, invited_by, source) values ($1, $2, $3, 'proposal')`,
				[cafe, who.id, worker.id]
			);
		const invited = await service<{ user_id: string }>(
			`select user_id from public.circle_invitations where circle_id = $1 and source = 'proposal'
			 and user_id = any ($2::uuid[])`,
			[cafe, [first.id, second.id, third.id]]
		);
		expect(invited.map((i) => i.user_id).sort()).toEqual([first.id, third.id].sort());
	});

	it('joining a circle a blocked person hosts needs the warning confirmed', async () => {
		expect(await blockedHosts(db, newcomer, cafe)).toHaveLength(1);
		const refused = await joinCircle(db, newcomer, cafe);
		expect(refused).toBeInstanceOf(DomainError);
		expect((refused as DomainError).code).toBe('circle_host_blocked');
		await expect(as(newcomer, `select public.join_circle($1, '')`, [cafe])).rejects.toThrow(
			/circle_host_blocked/
		);
		const joined = await joinCircle(db, newcomer, cafe, '', { acceptBlockedHost: true });
		expect(joined).not.toBeInstanceOf(DomainError);
		expect(await unblockPerson(db, newcomer, host.id)).toBe(true);
		expect(await blockedHosts(db, newcomer, cafe)).toEqual([]);
	});
});

describe('banning from a circle', () => {
	it('only hosts and the area’s worker ban; members, outsiders and anon cannot', async () => {
		const target = await person('geweerd@kring.example', 'Geweerd Persoon');
		await service(`insert into public.memberships (circle_id, user_id) values ($1, $2)`, [
			cafe,
			target.id
		]);
		for (const who of [null, member, resident, target] as Actor[]) {
			expect(
				await denied(
					who,
					`insert into public.circle_bans (circle_id, user_id, reason) values ($1, $2, 'test') returning user_id`,
					[cafe, target.id]
				)
			).toBe(true);
			expect(
				await denied(who, `select * from public.circle_bans where circle_id = $1`, [cafe])
			).toBe(true);
		}
		expect(
			await banFromCircle(db, host, {
				circleId: cafe,
				personId: target.id,
				reason: 'Bleef schelden'
			})
		).toBe(true);
		// Out at once, and told why.
		expect(
			await service(`select 1 from public.memberships where circle_id = $1 and user_id = $2`, [
				cafe,
				target.id
			])
		).toEqual([]);
		const [note] = await service<{ kind: string; payload: { reason: string } }>(
			`select kind, payload from public.notifications where user_id = $1 order by created_at desc limit 1`,
			[target.id]
		);
		expect(note).toMatchObject({
			kind: 'removed_from_circle',
			payload: { reason: 'Bleef schelden' }
		});
		// No way back in: joining, asking, by direct SQL or through the app.
		const again = await joinCircle(db, target, cafe);
		expect((again as DomainError).code).toBe('circle_banned');
		expect(
			await denied(
				target,
				`insert into public.join_requests (circle_id, user_id) values ($1, $2) returning id`,
				[cafe, target.id]
			)
		).toBe(true);
		expect((await listBans(db, host, cafe)).map((b) => [b.user_id, b.name])).toEqual([
			[target.id, 'Geweerd Persoon']
		]);
		// The worker of the circle's neighbourhood sees and lifts it.
		const [area] = await db.query<{ same: boolean }>(
			`select c.neighbourhood_id = p.neighbourhood_id as same from public.circles c, public.profiles p
			 where c.id = $1 and p.id = $2`,
			[cafe, worker.id]
		);
		if (area.same) {
			expect((await listBans(db, worker, cafe)).length).toBe(1);
		}
		expect(await liftBan(db, member, cafe, target.id)).toBe(false);
		expect(await liftBan(db, host, cafe, target.id)).toBe(true);
		expect(await joinCircle(db, target, cafe)).not.toBeInstanceOf(DomainError);
	});

	it('a host cannot be banned', async () => {
		const [other] = await db.query<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'host' and user_id <> $2 limit 1`,
			[cafe, host.id]
		);
		const admin = { id: await userId(db, 'beheer@kring.example'), email: 'beheer@kring.example' };
		const target = other?.user_id ?? host.id;
		const refused = await banFromCircle(db, other ? host : admin, {
			circleId: cafe,
			personId: target,
			reason: 'test'
		});
		expect((refused as DomainError).code).toBe('cannot_ban_host');
	});
});

describe('blocking from a volunteer conversation', () => {
	it('blocks the other person of the match without their id; then neither can write, and the page can say it is closed', async () => {
		const asker = await person('gesprek-blok@kring.example', 'Vrager Blok');
		const helper = await person('helper-blok@kring.example', 'Helper Blok');
		await service(
			`insert into public.volunteer_profiles (user_id, skills, neighbourhood_ids, availability, hours_per_week)
			 values ($1, '{digital-help}', array[$2::uuid], '{3-morning}', 2)`,
			[helper.id, centrum]
		);
		const [{ id: request }] = await service<{ id: string }>(
			`insert into public.help_requests (requester_id, skill_slug, neighbourhood_id, time_slots, hours)
			 values ($1, 'digital-help', $2, '{3-morning}', 1) returning id`,
			[asker.id, centrum]
		);
		const [{ id: match }] = await service<{ id: string }>(
			`insert into public.volunteer_matches (request_id, volunteer_id, status) values ($1, $2, 'accepted') returning id`,
			[request, helper.id]
		);
		expect(await conversationBlocked(db, asker, match)).toBe(false);
		expect(typeof (await sendConversationMessage(db, asker, match, 'Dag!'))).toBe('string');
		// Someone outside the conversation cannot block through it.
		const before = await listBlocked(db, resident);
		expect(await blockConversationPartner(db, resident, match)).toBe(false);
		expect(await listBlocked(db, resident)).toEqual(before);

		expect(await blockConversationPartner(db, helper, match)).toBe(true);
		expect(await blockConversationPartner(db, helper, match)).toBe(true);
		expect((await listBlocked(db, helper)).map((b) => b.id)).toEqual([asker.id]);
		for (const who of [asker, helper]) {
			expect(await conversationBlocked(db, who, match)).toBe(true);
			const refused = await sendConversationMessage(db, who, match, 'Hallo?');
			expect((refused as VolunteerError).code).toBe('volunteers_conversation_closed');
		}
		expect(
			await service(
				`select count(*)::int as n from public.volunteer_messages where match_id = $1`,
				[match]
			)
		).toEqual([{ n: 1 }]);
	});
});
