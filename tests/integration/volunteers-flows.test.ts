import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, type Actor } from '../../src/lib/server/db/session';
import { helpRequestSchema, volunteerProfileSchema } from '../../src/lib/schemas/volunteers';
import {
	answerInvitation,
	answerProposal,
	convertCollective,
	createHelpRequest,
	getHelpRequest,
	listConversation,
	listMyProposals,
	recordVog,
	saveVolunteerProfile,
	sendConversationMessage,
	setRequestStatus,
	VolunteerError,
	workerDecide,
	workerOverview,
	workerPropose
} from '../../src/lib/server/volunteers';
import { runAssignment } from '../../src/lib/server/volunteers/job';
import { crisisGateForVolunteerMessage, getCrisisAlert } from '../../src/lib/server/safety/alerts';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// The volunteer flows end to end on the database: the job proposes, volunteers answer,
// workers confirm or reassign, proposals expire, collective proposals become circles.
// Everything happens in a neighbourhood of its own, far from the demo town.

let db: TestDatabase;
let wijk: string;
const people: Record<string, NonNullable<Actor>> = {};

async function service<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
	return asService(db, (tx) => tx.query<T>(text, params));
}

const request = (extra: Partial<Parameters<typeof helpRequestSchema.parse>[0]> = {}) =>
	helpRequestSchema.parse({
		skill_slug: 'paperwork-and-money',
		neighbourhood_id: wijk,
		time_slots: ['2-evening'],
		hours: 2,
		...extra
	});

async function volunteer(key: string, email: string, extra: Record<string, unknown> = {}) {
	people[key] = { id: await userId(db, email) };
	const saved = await saveVolunteerProfile(
		db,
		people[key],
		volunteerProfileSchema.parse({
			skills: ['paperwork-and-money', 'childcare', 'transport'],
			neighbourhood_ids: [wijk],
			availability: ['2-evening', '4-evening'],
			hours_per_week: 4,
			...extra
		})
	);
	expect(saved).not.toBeInstanceOf(VolunteerError);
}

const liveMatch = async (requestId: string) => {
	const [row] = await service<{ id: string; volunteer_id: string; status: string }>(
		`select id, volunteer_id, status from public.volunteer_matches
		 where request_id = $1 and status in ('proposed', 'accepted')`,
		[requestId]
	);
	return row ?? null;
};

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	[{ id: wijk }] = await service<{ id: string }>(
		`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
		 values ('testwijk', 'Testwijk', 'Groningen', 53.2, 6.56) returning id`
	);
	for (const [key, email] of [
		['resident', 'r10@kring.example'],
		['other', 'r11@kring.example'],
		['worker', 'r12@kring.example'],
		['secondWorker', 'r13@kring.example']
	] as const) {
		people[key] = { id: await userId(db, email) };
	}
	await service(
		`update public.profiles set roles = '{worker}', neighbourhood_id = $1 where id = any ($2)`,
		[wijk, [people.worker.id, people.secondWorker.id]]
	);
	await volunteer('anna', 'v10@kring.example');
	await volunteer('bram', 'v11@kring.example', { languages: ['nl', 'ar'] });
});
afterAll(() => db?.close());

describe('bad input', () => {
	it('the form refuses a request without a skill, zero or negative hours, or times outside the grid', () => {
		const base = { neighbourhood_id: wijk, time_slots: ['2-evening'], hours: 2 };
		const errors = (input: Record<string, unknown>) =>
			helpRequestSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
		expect(errors(base)).toEqual(['skill_slug']);
		expect(errors({ ...base, skill_slug: 'transport', hours: 0 })).toEqual(['hours']);
		expect(errors({ ...base, skill_slug: 'transport', hours: -1 })).toEqual(['hours']);
		expect(errors({ ...base, skill_slug: 'transport', time_slots: ['8-morning'] })).toEqual([
			'time_slots'
		]);
		expect(
			volunteerProfileSchema.safeParse({
				skills: ['transport'],
				online: true,
				availability: ['1-night'],
				hours_per_week: 2
			}).error?.issues[0].path
		).toEqual(['availability']);
	});
	it('the database refuses them too, with a translated rule and nothing stored', async () => {
		const before = await service<{ n: number }>(
			`select count(*)::int as n from public.help_requests`
		);
		const result = await createHelpRequest(db, people.resident, { ...request(), hours: 0 });
		expect(result).toBeInstanceOf(VolunteerError);
		expect((result as VolunteerError).code).toBe('volunteers_invalid');
		const after = await service<{ n: number }>(
			`select count(*)::int as n from public.help_requests`
		);
		expect(after[0].n).toBe(before[0].n);
	});
});

describe('the assignment job and the answers', () => {
	let paperwork: string;
	let childcare: string;
	it('proposes a fitting volunteer, never a child request to someone without a VOG', async () => {
		paperwork = (await createHelpRequest(
			db,
			people.resident,
			request({ languages: ['ar'] })
		)) as string;
		childcare = (await createHelpRequest(
			db,
			people.other,
			request({ skill_slug: 'childcare', involves_children: true })
		)) as string;
		const run = await runAssignment(db);
		expect(run.method).toBe('flow');
		expect(run.assigned).toBeGreaterThanOrEqual(run.greedyAssigned);
		const match = await liveMatch(paperwork);
		// Bram speaks Arabic: the better fit.
		expect(match?.volunteer_id).toBe(people.bram.id);
		expect(await liveMatch(childcare)).toBeNull();
		const [proposal] = await listMyProposals(db, people.bram);
		expect(proposal.request_id).toBe(paperwork);
		expect(proposal.reasons.map((r) => r.key)).toEqual(
			expect.arrayContaining(['skill', 'same_neighbourhood', 'time', 'language'])
		);
		expect(proposal.requester_name).toBeNull();
	});
	it('with a VOG recorded by the worker, the child request is proposed', async () => {
		const refused = await recordVog(db, people.anna, people.anna.id, 'valid', '2026-01-10');
		expect((refused as VolunteerError).code).toBe('volunteers_not_allowed');
		expect(
			await recordVog(db, people.worker, people.anna.id, 'valid', '2026-01-10')
		).not.toBeInstanceOf(VolunteerError);
		await runAssignment(db);
		expect((await liveMatch(childcare))?.volunteer_id).toBe(people.anna.id);
	});
	it('running again changes nothing (idempotent)', async () => {
		const before = await service(
			`select id, volunteer_id, status from public.volunteer_matches order by id`
		);
		const run = await runAssignment(db);
		expect(run.proposed).toBe(0);
		expect(
			await service(`select id, volunteer_id, status from public.volunteer_matches order by id`)
		).toEqual(before);
	});
	it('accepting shares first names and opens the conversation; a second answer is refused', async () => {
		const match = (await liveMatch(paperwork))!;
		expect(await answerProposal(db, people.bram, match.id, true)).toBe('accepted');
		const again = await answerProposal(db, people.bram, match.id, true);
		expect((again as VolunteerError).code).toBe('volunteers_proposal_not_open');
		const otherAnswer = await answerProposal(db, people.anna, match.id, true);
		expect((otherAnswer as VolunteerError).code).toBe('volunteers_not_found');
		const detail = await getHelpRequest(db, people.resident, paperwork);
		expect(detail?.match?.volunteer_name).toMatch(/^\S+$/);
		expect(detail?.request.status).toBe('matched');
		await sendConversationMessage(db, people.bram, match.id, 'Hallo, ik help u graag.');
		await sendConversationMessage(db, people.resident, match.id, 'Dank u!');
		const talk = await listConversation(db, people.resident, match.id);
		expect(talk.map((t) => [t.body, t.mine])).toEqual([
			['Hallo, ik help u graag.', false],
			['Dank u!', true]
		]);
		const stranger = await sendConversationMessage(db, people.other, match.id, 'Hoi');
		expect((stranger as VolunteerError).code).toBe('volunteers_not_found');
	});
	it('a message about suicide or self-harm in the conversation alerts the workers of the neighbourhood, without the text or the name', async () => {
		const match = (await liveMatch(paperwork))!;
		const crisisAlerts = () =>
			service<{ user_id: string; payload: Record<string, string>; link: string }>(
				`select user_id, payload, link from public.notifications where kind = 'crisis_alert'
				 and payload ->> 'source' = 'volunteer_message' order by user_id`
			);
		const body = 'sorry dat ik zo laat antwoord, ik zie het niet meer zitten';
		const id = await sendConversationMessage(db, people.resident, match.id, body);
		expect(typeof id).toBe('string');
		expect(await crisisGateForVolunteerMessage(db, id as string, body)).toBe(true);
		const alerts = await crisisAlerts();
		expect(alerts.map((a) => a.user_id).sort()).toEqual(
			[people.worker.id, people.secondWorker.id].sort()
		);
		expect(alerts[0].payload).toEqual({ source: 'volunteer_message', neighbourhood: 'Testwijk' });
		expect(JSON.stringify(alerts)).not.toContain('zitten');
		// The message itself is stored as written; a second one the same day adds a hit.
		const talk = await listConversation(db, people.bram, match.id);
		expect(talk.at(-1)?.body).toBe(body);
		const second = await sendConversationMessage(db, people.resident, match.id, 'ik wil dood');
		await crisisGateForVolunteerMessage(db, second as string, 'ik wil dood');
		expect(await crisisAlerts()).toHaveLength(2);
		const alert = await getCrisisAlert(db, people.worker, alerts[0].link.split('/').at(-1)!);
		expect(alert).toMatchObject({ source: 'volunteer_message', hits: 2 });
		// Ordinary words raise nothing.
		const plain = await sendConversationMessage(db, people.bram, match.id, 'Tot donderdag!');
		expect(await crisisGateForVolunteerMessage(db, plain as string, 'Tot donderdag!')).toBe(false);
		expect(await crisisAlerts()).toHaveLength(2);
	});
	it('accepted matches stay when the job runs again', async () => {
		const before = await liveMatch(paperwork);
		await runAssignment(db);
		expect(await liveMatch(paperwork)).toEqual(before);
	});
	it('two workers confirming at once: one confirms, the other is told, no duplicate', async () => {
		const match = (await liveMatch(childcare))!;
		const results = await Promise.all([
			workerDecide(db, people.worker, match.id, 'confirm', 'Goed zo'),
			workerDecide(db, people.secondWorker, match.id, 'confirm', 'Prima')
		]);
		const refused = results.filter((r) => r instanceof VolunteerError) as VolunteerError[];
		expect(refused.map((r) => r.code)).toEqual(['volunteers_already_confirmed']);
		const [n] = await service<{ n: number }>(
			`select count(*)::int as n from public.volunteer_matches where request_id = $1 and confirmed_at is not null`,
			[childcare]
		);
		expect(n.n).toBe(1);
	});
	it('a worker of another neighbourhood cannot confirm; the worker can reassign, the VOG rule holds', async () => {
		const fatima = { id: await userId(db, 'fatima@kring.example') };
		const match = (await liveMatch(childcare))!;
		expect(((await workerDecide(db, fatima, match.id, 'confirm', '')) as VolunteerError).code).toBe(
			'volunteers_not_found'
		);
		const toBram = await workerPropose(db, people.worker, childcare, people.bram.id, 'Ruil');
		expect((toBram as VolunteerError).code).toBe('volunteers_vog_required');
		expect((await liveMatch(childcare))?.id).toBe(match.id);
	});
	it('an unanswered proposal expires; answering it then is refused and the request goes back to the pool', async () => {
		const match = (await liveMatch(childcare))!;
		await service(
			`update public.volunteer_matches set expires_at = now() - interval '1 minute' where id = $1`,
			[match.id]
		);
		const late = await answerProposal(db, people.anna, match.id, true);
		expect((late as VolunteerError).code).toBe('volunteers_proposal_expired');
		await recordVog(db, people.worker, people.bram.id, 'valid', '2026-02-01');
		const run = await runAssignment(db);
		expect(run.expired).toBeGreaterThanOrEqual(1);
		// Back in the pool, and proposed to someone else than the one who let it expire.
		expect((await liveMatch(childcare))?.volunteer_id).toBe(people.bram.id);
	});
	it('declining returns the request to the pool; the decliner is not asked again', async () => {
		const transport = (await createHelpRequest(
			db,
			people.other,
			request({ skill_slug: 'transport', time_slots: ['4-evening'], hours: 1 })
		)) as string;
		await runAssignment(db);
		const first = (await liveMatch(transport))!;
		const who = first.volunteer_id === people.anna.id ? people.anna : people.bram;
		expect(await answerProposal(db, who, first.id, false, 'Geen auto die week')).toBe('declined');
		await runAssignment(db);
		const second = await liveMatch(transport);
		expect(second?.volunteer_id).not.toBe(who.id);
	});
	it('the resident pauses and closes their request; the open proposal is withdrawn', async () => {
		const own = (await createHelpRequest(
			db,
			people.resident,
			request({ skill_slug: 'transport', hours: 0.5 })
		)) as string;
		await setRequestStatus(db, people.resident, own, 'paused');
		const run = await runAssignment(db);
		expect(run.requests).toBeGreaterThanOrEqual(0);
		expect(await liveMatch(own)).toBeNull();
		const other = await setRequestStatus(db, people.other, own, 'closed', 'helped');
		expect(other).toBeInstanceOf(VolunteerError);
		expect(await setRequestStatus(db, people.resident, own, 'closed', 'helped')).toBe(own);
		const detail = await getHelpRequest(db, people.resident, own);
		expect(detail?.request.close_reason).toBe('helped');
	});
});

describe('collective proposals', () => {
	const residents = ['r20', 'r21', 'r22', 'r23', 'r24', 'r25'];
	const ids: string[] = [];
	it('six residents asking for tax-form help make one proposal the worker sees without names', async () => {
		await service(
			`update public.volunteer_profiles set status = 'paused' where user_id = any ($1)`,
			[[people.anna.id, people.bram.id]]
		);
		for (const r of residents) {
			const who = { id: await userId(db, `${r}@kring.example`) };
			people[r] = who;
			ids.push(
				(await createHelpRequest(
					db,
					who,
					request({
						time_slots: ['3-evening', '5-morning'],
						body: 'Hulp bij mijn belastingaangifte'
					})
				)) as string
			);
		}
		const run = await runAssignment(db, { collectiveMinSize: 5 });
		expect(run.collectives).toBe(1);
		const overview = await workerOverview(db, people.worker);
		const [collective] = overview.collectives;
		expect(collective).toMatchObject({
			skill_slug: 'paperwork-and-money',
			request_count: 6,
			neighbourhoods: ['Testwijk'],
			status: 'open'
		});
		expect(collective.best_slots[0]).toBe('3-evening');
		expect(collective.hours_saved).toBeGreaterThan(0);
		expect(JSON.stringify(collective)).not.toMatch(/kring\.example|r2\d/);
		expect(await runAssignment(db, { collectiveMinSize: 5 })).toMatchObject({ collectives: 0 });
	});
	it('the worker turns it into a gathering; residents accept the invitation or leave it', async () => {
		const [collective] = (await workerOverview(db, people.worker)).collectives;
		// Anna and Bram were paused, so the job found nobody free for the group yet; a
		// volunteer picked for it (as the job stores them) joins the new circle and is told.
		expect(collective.volunteers).toEqual([]);
		await service(`update public.volunteer_profiles set status = 'active' where user_id = $1`, [
			people.anna.id
		]);
		await service(
			`insert into public.collective_volunteers (collective_id, volunteer_id) values ($1, $2)`,
			[collective.id, people.anna.id]
		);
		expect((await workerOverview(db, people.worker)).collectives[0].volunteers).toHaveLength(1);
		const slug = await convertCollective(db, people.worker, {
			proposal: collective.id,
			title: 'Samen de belastingaangifte doen',
			startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
			minutes: 90,
			location: 'Buurthuis'
		});
		expect(typeof slug).toBe('string');
		const twice = await convertCollective(db, people.worker, {
			proposal: collective.id,
			title: 'Nog een keer',
			startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
			minutes: 90,
			location: ''
		});
		expect((twice as VolunteerError).code).toBe('volunteers_collective_not_open');
		const [notes] = await service<{ n: number }>(
			`select count(*)::int as n from public.notifications where kind = 'volunteer_collective_invitation' and user_id = any ($1)`,
			[residents.map((r) => people[r].id)]
		);
		expect(notes.n).toBe(6);
		const [helper] = await service<{ member: boolean; told: number }>(
			`select exists (select 1 from public.memberships m join public.circles c on c.id = m.circle_id
			   where c.slug = $1 and m.user_id = $2) as member,
			 (select count(*)::int from public.notifications
			   where user_id = $2 and kind = 'volunteer_collective_gathering') as told`,
			[slug, people.anna.id]
		);
		expect(helper).toEqual({ member: true, told: 1 });
		await service(`update public.volunteer_profiles set status = 'paused' where user_id = $1`, [
			people.anna.id
		]);
		const detail = await getHelpRequest(db, people.r20, ids[0]);
		expect(detail?.invitation?.title).toBe('Samen de belastingaangifte doen');
		expect(await answerInvitation(db, people.r20, ids[0], true)).toBe(slug);
		expect(await answerInvitation(db, people.r21, ids[1], false)).toBeNull();
		const again = await answerInvitation(db, people.r20, ids[0], true);
		expect((again as VolunteerError).code).toBe('volunteers_invitation_not_open');
		const statuses = await service<{ status: string }>(
			`select status from public.help_requests where id = any ($1) order by array_position($1, id)`,
			[ids.slice(0, 2)]
		);
		expect(statuses.map((s) => s.status)).toEqual(['collective', 'open']);
		const [member] = await service<{ n: number }>(
			`select count(*)::int as n from public.memberships m join public.circles c on c.id = m.circle_id
			 where c.slug = $1 and m.user_id = $2`,
			[slug, people.r20.id]
		);
		expect(member.n).toBe(1);
	});
});

describe('the demo town', () => {
	it('has volunteer profiles, open requests and a collective proposal ready for Fatima', async () => {
		const fatima = { id: await userId(db, 'fatima@kring.example') };
		const overview = await workerOverview(db, fatima);
		const taxes = overview.collectives.find((c) => c.skill_slug === 'paperwork-and-money');
		expect(taxes).toMatchObject({ request_count: 6, neighbourhoods: ['Centrum'], status: 'open' });
		expect(taxes?.best_slots).toEqual(['6-morning']);
		// the form to plan it suggests a Saturday morning, not next week's date at 19:30
		expect(taxes?.suggested.time).toBe('10:00');
		expect(new Date(`${taxes?.suggested.date}T12:00:00Z`).getUTCDay()).toBe(6);
		// the public name only: real names stay private (a live grant would show the full name)
		const joke = overview.volunteers.find((v) => v.name === 'Joke');
		expect(joke).toMatchObject({ vog_valid: true, status: 'active' });
		const [{ n }] = await service<{ n: number }>(
			`select count(*)::int as n from public.help_requests r join public.circles c on c.id = r.circle_id
			 where c.slug = 'autisme-cafe-ridderveld'`
		);
		expect(n).toBe(1);
	});
	it('gives the demo volunteer something to answer from the first run: the DigiD request', async () => {
		await runAssignment(db);
		const proposals = await service<{ body: string }>(
			`select r.body from public.volunteer_matches m join public.help_requests r on r.id = m.request_id
			 join auth.users u on u.id = m.volunteer_id
			 where u.email = 'joke@kring.example' and m.status = 'proposed'`
		);
		expect(proposals.map((p) => p.body)).toContainEqual(expect.stringContaining('DigiD-app'));
	});
});

describe('a request for one day only', () => {
	const saturday = '2027-01-09';
	it('needs no moment in the week: the form and the database take the day alone', async () => {
		const input = { skill_slug: 'transport', neighbourhood_id: wijk, hours: 1 };
		const refused = helpRequestSchema.safeParse(input);
		expect(refused.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
			['time_slots', 'Kies minstens één moment in de week, of kies één dag.']
		]);
		const parsed = helpRequestSchema.parse({ ...input, one_off_date: saturday, ends_on: '' });
		expect(parsed.time_slots).toEqual([]);
		const id = await createHelpRequest(db, people.other, parsed);
		expect(id).not.toBeInstanceOf(VolunteerError);
		const detail = await getHelpRequest(db, people.other, id as string);
		expect(detail?.request).toMatchObject({ time_slots: [], one_off_date: saturday });
	});
	it('the database still refuses a request with neither a moment in the week nor a day', async () => {
		const result = await createHelpRequest(db, people.other, {
			...request(),
			time_slots: [],
			one_off_date: ''
		});
		expect(result).toBeInstanceOf(VolunteerError);
	});
});
