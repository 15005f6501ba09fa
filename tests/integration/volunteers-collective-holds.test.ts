import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, type Actor } from '../../src/lib/server/db/session';
import { helpRequestSchema, volunteerProfileSchema } from '../../src/lib/schemas/volunteers';
import {
	answerInvitation,
	answerProposal,
	convertCollective,
	createHelpRequest,
	saveVolunteerProfile,
	VolunteerError,
	workerOverview,
	workerPropose
} from '../../src/lib/server/volunteers';
import { runAssignment } from '../../src/lib/server/volunteers/job';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';
import { roleQueries } from '../helpers/rls';

// Issue 12 point 5: a collective approach comes instead of one-to-one matches. A request
// linked to a collective is never matched one-to-one; an open invitation holds the request
// out of one-to-one matching until it is declined or expires, then it is back in the pool.

let db: TestDatabase;
const { denied } = roleQueries(() => db);
let wijk: string;
const people: Record<string, NonNullable<Actor>> = {};
const residents = ['r20', 'r21', 'r22', 'r23', 'r24', 'r25'];
const ids: string[] = [];
let slug: string;

async function service<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
	return asService(db, (tx) => tx.query<T>(text, params));
}

/** The live (proposed or accepted) match of each of the requests, by request id. */
async function live(requestIds: string[]) {
	const rows = await service<{ request_id: string; volunteer_id: string; status: string }>(
		`select request_id, volunteer_id, status from public.volunteer_matches
		 where request_id = any ($1) and status in ('proposed', 'accepted')`,
		[requestIds]
	);
	return new Map(rows.map((r) => [r.request_id, r]));
}

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	[{ id: wijk }] = await service<{ id: string }>(
		`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
		 values ('holdwijk', 'Holdwijk', 'Groningen', 53.2, 6.56) returning id`
	);
	people.worker = { id: await userId(db, 'r12@kring.example') };
	await service(
		`update public.profiles set roles = '{worker}', neighbourhood_id = $1 where id = $2`,
		[wijk, people.worker.id]
	);
	// One volunteer: every proposal goes to Anna, so the test can tell whether the job asks
	// her again once a request comes back (her proposal was withdrawn, she never said no).
	for (const [key, email] of [['anna', 'v10@kring.example']] as const) {
		people[key] = { id: await userId(db, email) };
		const saved = await saveVolunteerProfile(
			db,
			people[key],
			volunteerProfileSchema.parse({
				skills: ['paperwork-and-money'],
				neighbourhood_ids: [wijk],
				availability: ['3-evening'],
				hours_per_week: 20
			})
		);
		expect(saved).not.toBeInstanceOf(VolunteerError);
	}
	for (const r of residents) {
		people[r] = { id: await userId(db, `${r}@kring.example`) };
		const id = await createHelpRequest(
			db,
			people[r],
			helpRequestSchema.parse({
				skill_slug: 'paperwork-and-money',
				neighbourhood_id: wijk,
				time_slots: ['3-evening'],
				hours: 1,
				body: 'Hulp bij mijn belastingaangifte'
			})
		);
		expect(typeof id).toBe('string');
		ids.push(id as string);
	}
});
afterAll(() => db?.close());

describe('collective approaches instead of one-to-one matches', () => {
	it('before a worker acts, the requests are still matched one-to-one (nobody was asked yet)', async () => {
		const run = await runAssignment(db, { collectiveMinSize: 5 });
		expect(run.collectives).toBeGreaterThanOrEqual(1);
		const matches = await live(ids);
		expect(matches.size).toBe(6);
		// r25's volunteer accepts before the worker turns the proposal into a circle
		const [proposal] = await service<{ id: string; volunteer_id: string }>(
			`select id, volunteer_id from public.volunteer_matches where request_id = $1 and status = 'proposed'`,
			[ids[5]]
		);
		expect(proposal.volunteer_id).toBe(people.anna.id);
		expect(await answerProposal(db, people.anna, proposal.id, true)).toBe('accepted');
	});

	it('the invitation withdraws the unanswered one-to-one proposals; an accepted match stays and is not invited', async () => {
		const collective = (await workerOverview(db, people.worker)).collectives.find(
			(c) => c.status === 'open' && c.neighbourhoods.includes('Holdwijk')
		)!;
		expect(collective.request_count).toBe(6);
		const made = await convertCollective(db, people.worker, {
			proposal: collective.id,
			title: 'Samen de belastingaangifte doen',
			startsAt: new Date(Date.now() + 10 * 86_400_000).toISOString(),
			minutes: 90,
			location: 'Buurthuis'
		});
		expect(typeof made).toBe('string');
		slug = made as string;
		const matches = await live(ids);
		expect([...matches.values()]).toEqual([
			expect.objectContaining({ request_id: ids[5], status: 'accepted' })
		]);
		const invited = await service<{ request_id: string }>(
			`select request_id from public.collective_invitations where invited_at is not null and request_id = any ($1)`,
			[ids]
		);
		expect(invited.map((i) => i.request_id).sort()).toEqual(ids.slice(0, 5).sort());
		const withdrawn = await service<{ n: number }>(
			`select count(*)::int as n from public.volunteer_matches where request_id = any ($1) and status = 'withdrawn'`,
			[ids.slice(0, 5)]
		);
		expect(withdrawn[0].n).toBe(5);
	});

	it('while the invitation is open, the job proposes nobody for those requests and the database refuses it', async () => {
		const run = await runAssignment(db, { collectiveMinSize: 5 });
		expect(run.collectives).toBe(0);
		expect((await live(ids.slice(0, 5))).size).toBe(0);
		const refused = await workerPropose(db, people.worker, ids[0], people.anna.id, 'toch los');
		expect(refused).toBeInstanceOf(VolunteerError);
		expect((refused as VolunteerError).code).toBe('volunteers_request_in_collective');
		await expect(
			service(`insert into public.volunteer_matches (request_id, volunteer_id) values ($1, $2)`, [
				ids[0],
				people.anna.id
			])
		).rejects.toThrow(/volunteers_request_in_collective/);
	});

	it('accepting links the request: never matched one-to-one again', async () => {
		expect(await answerInvitation(db, people.r20, ids[0], true)).toBe(slug);
		await runAssignment(db, { collectiveMinSize: 5 });
		expect((await live([ids[0]])).size).toBe(0);
		await expect(
			service(`insert into public.volunteer_matches (request_id, volunteer_id) values ($1, $2)`, [
				ids[0],
				people.anna.id
			])
		).rejects.toThrow(/volunteers_request_not_open/);
	});

	it('declining, or letting the invitation expire, puts the request back in the pool', async () => {
		expect(await answerInvitation(db, people.r21, ids[1], false)).toBeNull();
		// r22's invitation went out 8 days ago: it expired unanswered
		await service(
			`update public.collective_invitations set invited_at = now() - interval '8 days' where request_id = $1`,
			[ids[2]]
		);
		const run = await runAssignment(db, { collectiveMinSize: 5 });
		expect(run.proposed).toBe(2);
		const matches = await live(ids);
		// Anna again: her withdrawn proposal was no "no"
		expect(matches.get(ids[1])).toMatchObject({ status: 'proposed', volunteer_id: people.anna.id });
		expect(matches.get(ids[2])).toMatchObject({ status: 'proposed', volunteer_id: people.anna.id });
		// r23 and r24 have not answered yet: still held
		expect(matches.has(ids[3])).toBe(false);
		expect(matches.has(ids[4])).toBe(false);
	});

	it('a late yes still links the request and takes back its new one-to-one proposal', async () => {
		expect(await answerInvitation(db, people.r22, ids[2], true)).toBe(slug);
		expect((await live([ids[2]])).size).toBe(0);
		const [row] = await service<{ status: string; collective_id: string | null }>(
			`select status, collective_id from public.help_requests where id = $1`,
			[ids[2]]
		);
		expect(row.status).toBe('collective');
		expect(row.collective_id).not.toBeNull();
	});

	it('once the first gathering has begun, an unanswered invitation no longer holds the request', async () => {
		await service(
			`update public.collective_proposals set first_starts_at = now() - interval '1 hour'
			 where id = (select collective_id from public.collective_invitations where request_id = $1)`,
			[ids[3]]
		);
		await runAssignment(db, { collectiveMinSize: 5 });
		const matches = await live(ids);
		expect(matches.get(ids[3])?.status).toBe('proposed');
		expect(matches.get(ids[4])?.status).toBe('proposed');
	});
});

describe('holds through the database API', () => {
	it('anonymous callers and residents can neither read the holds nor mark a match withdrawn for a collective', async () => {
		const [match] = await service<{ id: string }>(
			`select id from public.volunteer_matches limit 1`
		);
		for (const actor of [null, people.r20]) {
			expect(await denied(actor, 'select * from private.collective_holds')).toBe(true);
			expect(
				await denied(
					actor,
					`update public.volunteer_matches set withdrawn_for_collective = true where id = $1 returning id`,
					[match?.id ?? '00000000-0000-0000-0000-000000000000']
				)
			).toBe(true);
		}
	});
});
