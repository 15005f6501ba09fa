import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, type Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Row-level security and the database rules of the volunteer tables, per role.

let db: TestDatabase;
type Role =
	| 'anon'
	| 'resident'
	| 'otherResident'
	| 'volunteer'
	| 'otherVolunteer'
	| 'host'
	| 'worker'
	| 'otherWorker';
const a = {} as Record<Role, Actor>;
let centrum: string;
let circleId: string;
let requestId: string;
let childRequestId: string;
let circleRequestId: string;
let matchId: string;

const { as, denied } = roleQueries(() => db);

async function service<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
	return asService(db, (tx) => tx.query<T>(text, params));
}

async function makeRequest(
	requester: string,
	extra: { children?: boolean; circle?: string | null; skill?: string } = {}
) {
	const [row] = await service<{ id: string }>(
		`insert into public.help_requests
		   (requester_id, circle_id, skill_slug, neighbourhood_id, time_slots, hours, involves_children)
		 values ($1, $2, $3, $4, '{2-evening}', 2, $5) returning id`,
		[
			requester,
			extra.circle ?? null,
			extra.skill ?? 'paperwork-and-money',
			centrum,
			!!extra.children
		]
	);
	return row.id;
}

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.anon = null;
	a.resident = { id: await userId(db, 'sanne@kring.example') };
	a.otherResident = { id: await userId(db, 'r02@kring.example') };
	a.volunteer = { id: await userId(db, 'v01@kring.example') };
	a.otherVolunteer = { id: await userId(db, 'v02@kring.example') };
	a.host = { id: await userId(db, 'mohamed@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') };
	a.otherWorker = { id: await userId(db, 'peter@kring.example') };
	[{ id: centrum }] = await db.query<{ id: string }>(
		`select id from public.neighbourhoods where slug = 'centrum'`
	);
	[{ id: circleId }] = await db.query<{ id: string }>(
		`select circle_id as id from public.memberships where user_id = $1 and role = 'host' limit 1`,
		[a.host!.id]
	);
	for (const who of [a.volunteer, a.otherVolunteer]) {
		await service(`delete from public.volunteer_profiles where user_id = $1`, [who!.id]);
		await service(
			`insert into public.volunteer_profiles (user_id, skills, neighbourhood_ids, availability, hours_per_week)
			 values ($1, '{paperwork-and-money,childcare}', array[$2::uuid], '{2-evening,3-morning}', 4)`,
			[who!.id, centrum]
		);
	}
	requestId = await makeRequest(a.resident!.id);
	childRequestId = await makeRequest(a.resident!.id, { children: true, skill: 'childcare' });
	circleRequestId = await makeRequest(a.host!.id, { circle: circleId });
	const [m] = await service<{ id: string }>(
		`insert into public.volunteer_matches (request_id, volunteer_id) values ($1, $2) returning id`,
		[requestId, a.volunteer!.id]
	);
	matchId = m.id;
});
afterAll(() => db?.close());

const seesRequest = async (role: Role, id = requestId) =>
	!(await denied(a[role], `select id from public.help_requests where id = $1`, [id]));

describe('help requests are private', () => {
	it('the resident, the volunteer it is proposed to and the neighbourhood worker see it', async () => {
		expect(await seesRequest('resident')).toBe(true);
		expect(await seesRequest('volunteer')).toBe(true);
		expect(await seesRequest('worker')).toBe(true);
	});
	it('anon, another resident, another volunteer, a host and a worker of another neighbourhood do not', async () => {
		for (const role of [
			'anon',
			'otherResident',
			'otherVolunteer',
			'host',
			'otherWorker'
		] as const) {
			expect(await seesRequest(role), role).toBe(false);
		}
	});
	it('a volunteer never sees a request that was not proposed to them', async () => {
		expect(await seesRequest('volunteer', childRequestId)).toBe(false);
		const rows = await as(a.volunteer, `select id from public.help_requests`);
		expect(rows.map((r) => r.id)).toEqual([requestId]);
	});
	it("a circle's request is seen by its host, not by another resident", async () => {
		expect(await seesRequest('host', circleRequestId)).toBe(true);
		expect(await seesRequest('otherResident', circleRequestId)).toBe(false);
	});
	it('only the owner changes a request, and never to matched', async () => {
		expect(
			await denied(
				a.otherResident,
				`update public.help_requests set hours = 3 where id = $1 returning id`,
				[requestId]
			)
		).toBe(true);
		await expect(
			as(a.resident, `update public.help_requests set status = 'matched' where id = $1`, [
				requestId
			])
		).rejects.toThrow(/volunteers_status_not_allowed/);
		const [row] = await as(
			a.resident,
			`update public.help_requests set hours = 3 where id = $1 returning hours::float8 as hours`,
			[requestId]
		);
		expect(row.hours).toBe(3);
	});
	it('someone who is not the host cannot ask on behalf of a circle', async () => {
		await expect(
			as(
				a.otherResident,
				`insert into public.help_requests (circle_id, skill_slug, neighbourhood_id, time_slots, hours)
				 values ($1, 'transport', $2, '{1-morning}', 1)`,
				[circleId, centrum]
			)
		).rejects.toThrow(/row-level security/);
	});
});

describe('bad input is refused by the database', () => {
	const insert = (fields: string, values: string) =>
		as(
			a.resident,
			`insert into public.help_requests (neighbourhood_id, ${fields}) values ($1, ${values})`,
			[centrum]
		);
	it('a request without a skill', async () => {
		await expect(insert('time_slots, hours', `'{1-morning}', 1`)).rejects.toThrow(
			/null value|not-null/
		);
	});
	it('zero or negative hours', async () => {
		await expect(
			insert('skill_slug, time_slots, hours', `'transport', '{1-morning}', 0`)
		).rejects.toThrow(/check constraint/);
		await expect(
			insert('skill_slug, time_slots, hours', `'transport', '{1-morning}', -2`)
		).rejects.toThrow(/check constraint/);
	});
	it('a time outside the weekly grid', async () => {
		await expect(
			insert('skill_slug, time_slots, hours', `'transport', '{8-morning}', 1`)
		).rejects.toThrow(/check constraint/);
		await expect(
			as(
				a.volunteer,
				`update public.volunteer_profiles set availability = '{1-night}' where user_id = $1`,
				[a.volunteer!.id]
			)
		).rejects.toThrow(/check constraint/);
	});
	it('a child request is never matched to a volunteer without a valid VOG, by anyone', async () => {
		await expect(
			service(`insert into public.volunteer_matches (request_id, volunteer_id) values ($1, $2)`, [
				childRequestId,
				a.otherVolunteer!.id
			])
		).rejects.toThrow(/volunteers_vog_required/);
		// Nor by turning a matched request into one with children afterwards.
		await expect(
			as(a.resident, `update public.help_requests set involves_children = true where id = $1`, [
				requestId
			])
		).rejects.toThrow(/volunteers_vog_required/);
		const [n] = await service<{ n: number }>(
			`select count(*)::int as n from public.volunteer_matches where request_id = $1`,
			[childRequestId]
		);
		expect(n.n).toBe(0);
	});
	it('with a VOG recorded by a worker of the neighbourhood, it is', async () => {
		await expect(
			as(a.otherVolunteer, `select public.volunteers_record_vog($1, 'valid', current_date)`, [
				a.otherVolunteer!.id
			])
		).rejects.toThrow(/volunteers_not_allowed/);
		// v01 lives in Ridderveld and helps in Centrum: not Peter's Kerk en Zanen.
		await expect(
			as(a.otherWorker, `select public.volunteers_record_vog($1, 'valid', current_date)`, [
				a.volunteer!.id
			])
		).rejects.toThrow(/volunteers_not_allowed/);
		await as(a.worker, `select public.volunteers_record_vog($1, 'valid', current_date)`, [
			a.otherVolunteer!.id
		]);
		const [m] = await service<{ id: string }>(
			`insert into public.volunteer_matches (request_id, volunteer_id) values ($1, $2) returning id`,
			[childRequestId, a.otherVolunteer!.id]
		);
		expect(m.id).toBeTruthy();
	});
	it('a volunteer cannot write their own VOG', async () => {
		await expect(
			as(
				a.volunteer,
				`update public.volunteer_profiles set vog_status = 'valid' where user_id = $1`,
				[a.volunteer!.id]
			)
		).rejects.toThrow(/permission denied/);
	});
});

describe('volunteer profiles and matches', () => {
	it('a profile is read by its owner and the workers of its neighbourhood only', async () => {
		const sql = `select user_id from public.volunteer_profiles where user_id = $1`;
		expect(await denied(a.volunteer, sql, [a.volunteer!.id])).toBe(false);
		expect(await denied(a.worker, sql, [a.volunteer!.id])).toBe(false);
		for (const role of ['anon', 'resident', 'otherVolunteer', 'host', 'otherWorker'] as const) {
			expect(await denied(a[role], sql, [a.volunteer!.id]), role).toBe(true);
		}
	});
	it("a worker sees a volunteer's public name, the real name only through a live grant (logged)", async () => {
		const volunteer = a.volunteer!.id;
		await service(
			`update public.profiles set display_name = 'Vera van Dijk', pseudonym = null where id = $1`,
			[volunteer]
		);
		// No profiles row (it holds the real name) for the worker or anyone else but the person.
		const row = `select display_name from public.profiles where id = $1`;
		for (const role of [
			'worker',
			'otherWorker',
			'resident',
			'otherVolunteer',
			'host',
			'anon'
		] as const) {
			expect(await denied(a[role], row, [volunteer]), role).toBe(true);
		}
		const name = async (role: Role) =>
			(
				await as<{ name: string | null }>(
					a[role],
					`select private.volunteer_name_for_worker($1) as name`,
					[volunteer]
				)
			)[0].name;
		expect(await name('worker')).toBe('Vera');
		for (const role of ['otherWorker', 'resident', 'otherVolunteer', 'host'] as const) {
			expect(await name(role), role).toBeNull();
		}
		await expect(name('anon')).rejects.toThrow(/permission denied/);
		await service(`update public.profiles set pseudonym = 'Merel' where id = $1`, [volunteer]);
		expect(await name('worker')).toBe('Merel');

		// The volunteer opens their profile to this worker: the full name, and the read is logged.
		const [grant] = await service<{ id: string }>(
			`insert into public.access_grants (resident_id, worker_id, scope, expires_at)
			 values ($1, $2, '{profile}', now() + interval '7 days') returning id`,
			[volunteer, a.worker!.id]
		);
		expect(await name('worker')).toBe('Vera van Dijk');
		expect(await name('otherWorker')).toBeNull();
		const reads = await service<{ n: number }>(
			`select count(*)::int as n from public.access_grant_reads where grant_id = $1 and worker_id = $2`,
			[grant.id, a.worker!.id]
		);
		expect(reads[0].n).toBe(1);
		await service(`update public.access_grants set revoked_at = now() where id = $1`, [grant.id]);
		expect(await name('worker')).toBe('Merel');
		await service(`update public.profiles set pseudonym = null where id = $1`, [volunteer]);
	});
	it('a match is read by its volunteer, the requester and the worker, and written by nobody directly', async () => {
		const sql = `select id from public.volunteer_matches where id = $1`;
		for (const role of ['volunteer', 'resident', 'worker'] as const) {
			expect(await denied(a[role], sql, [matchId]), role).toBe(false);
		}
		for (const role of [
			'anon',
			'otherResident',
			'otherVolunteer',
			'host',
			'otherWorker'
		] as const) {
			expect(await denied(a[role], sql, [matchId]), role).toBe(true);
		}
		await expect(
			as(a.volunteer, `update public.volunteer_matches set status = 'accepted' where id = $1`, [
				matchId
			])
		).rejects.toThrow(/permission denied/);
	});
	it("a volunteer's reason for saying no is not read by the requester (nor by anyone over the API)", async () => {
		const request = await makeRequest(a.otherResident!.id);
		const [{ id: match }] = await service<{ id: string }>(
			`insert into public.volunteer_matches (request_id, volunteer_id) values ($1, $2) returning id`,
			[request, a.otherVolunteer!.id]
		);
		await as(a.otherVolunteer, `select public.volunteers_answer_proposal($1, false, $2)`, [
			match,
			'Ik ken deze persoon van vroeger'
		]);
		const [{ decline_reason }] = await service<{ decline_reason: string }>(
			`select decline_reason from public.volunteer_matches where id = $1`,
			[match]
		);
		expect(decline_reason).toBe('Ik ken deze persoon van vroeger');
		for (const role of ['otherResident', 'otherVolunteer', 'worker'] as const) {
			expect(
				await denied(a[role], `select decline_reason from public.volunteer_matches where id = $1`, [
					match
				]),
				role
			).toBe(true);
		}
		// What the requester may know stays readable: that this proposal ended.
		expect(
			await as(a.otherResident, `select status from public.volunteer_matches where id = $1`, [
				match
			])
		).toEqual([{ status: 'declined' }]);
	});
	it('only the two people of an accepted match talk, and only after acceptance', async () => {
		const write = (role: Role) =>
			as(a[role], `insert into public.volunteer_messages (match_id, body) values ($1, 'Hallo!')`, [
				matchId
			]);
		await expect(write('volunteer')).rejects.toThrow(/row-level security/);
		await as(a.volunteer, `select public.volunteers_answer_proposal($1, true, '')`, [matchId]);
		await write('volunteer');
		await write('resident');
		await expect(write('otherResident')).rejects.toThrow(/row-level security/);
		await expect(write('worker')).rejects.toThrow(/row-level security/);
		const read = (role: Role) =>
			as(a[role], `select body from public.volunteer_messages where match_id = $1`, [matchId]);
		expect(await read('resident')).toHaveLength(2);
		expect(await read('otherVolunteer')).toHaveLength(0);
		expect(await read('otherWorker')).toHaveLength(0);
		const [names] = await as(
			a.resident,
			`select volunteer_name, requester_name from public.volunteer_matches where id = $1`,
			[matchId]
		);
		expect(names.requester_name).toBe('Sanne');
		expect(String(names.volunteer_name)).not.toContain(' ');
	});
	it('collective proposals are read by workers of their neighbourhoods only', async () => {
		await service(
			`insert into public.collective_proposals (key, skill_slug, neighbourhood_ids, request_count, hours_total, hours_saved)
			 values ('rls-test', 'paperwork-and-money', array[$1::uuid], 6, 12, 8)`,
			[centrum]
		);
		const sql = `select id from public.collective_proposals where key = 'rls-test'`;
		expect(await denied(a.worker, sql)).toBe(false);
		for (const role of ['anon', 'resident', 'volunteer', 'host', 'otherWorker'] as const) {
			expect(await denied(a[role], sql), role).toBe(true);
		}
	});
});
