import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../../src/lib/components/safety/help-lines';
import { questionSchema } from '../../src/lib/schemas/question';
import { postMessage } from '../../src/lib/server/chat';
import type { Actor } from '../../src/lib/server/db/session';
import { createQuestion, getMyQuestion } from '../../src/lib/server/questions';
import {
	crisisGateForHelpRequest,
	crisisGateForJoinMessage,
	safetyGateForMessage,
	crisisGateForQuestion,
	getCrisisAlert,
	offerCrisisContact,
	setCrisisAlertHandled
} from '../../src/lib/server/safety/alerts';
import { POST as suggestPost } from '../../src/routes/api/suggest/+server';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';
import { roleQueries } from '../helpers/rls';

let db: TestDatabase;
const people: Record<'resident' | 'worker' | 'otherWorker' | 'admin' | 'host', Actor> = {
	resident: null,
	worker: null,
	otherWorker: null,
	admin: null,
	host: null
};
let member: Actor;
let hood: Record<string, string>;
let cafe: string;
const { as, denied } = roleQueries(() => db);

const CRISIS_TEXT = 'Ik zie het niet meer zitten. Ik wil niet meer leven, alles is te veel.';

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	people.resident = { id: await userId(db, 'sanne@kring.example') };
	people.worker = { id: await userId(db, 'fatima@kring.example') }; // centrum
	people.otherWorker = { id: await userId(db, 'peter@kring.example') }; // kerk-en-zanen
	people.admin = { id: await userId(db, 'beheer@kring.example') };
	people.host = { id: await userId(db, 'mohamed@kring.example') };
	const rows = await db.query<{ slug: string; id: string }>(
		'select slug, id from public.neighbourhoods'
	);
	hood = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
	[{ id: cafe }] = await db.query<{ id: string }>(
		`select id from public.circles where slug = 'autisme-cafe-ridderveld'`
	);
	const [m] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
		[cafe]
	);
	member = { id: m.user_id };
});
afterAll(() => db?.close());

const notificationsOf = (actor: Actor) =>
	db.query<{ kind: string; payload: Record<string, string>; link: string | null }>(
		`select kind, payload, link from public.notifications where user_id = $1 order by created_at`,
		[actor!.id]
	);
const crisisAlertsOf = async (actor: Actor) =>
	(await notificationsOf(actor)).filter((n) => n.kind === 'crisis_alert');

async function ask(body: string, neighbourhood: string) {
	const input = questionSchema.parse({ body, neighbourhood_id: hood[neighbourhood] });
	const id = await createQuestion(db, people.resident, input);
	const fired = await crisisGateForQuestion(db, id, input.body);
	return { id, fired };
}

describe('the help lines', () => {
	it('are exactly 113 and 0800-0113 with chat at 113.nl, and 112', () => {
		const prevention = CRISIS_LINES.find((l) => l.id === 'suicide_prevention')!;
		expect(prevention.name).toBe('113 Zelfmoordpreventie');
		expect(prevention.phones).toEqual(['113', '0800-0113']);
		expect(prevention.chat).toBe('https://www.113.nl');
		expect(CRISIS_LINES.find((l) => l.id === 'emergency')!.phones).toEqual(['112']);
		expect(CRISIS_LINES.find((l) => l.id === 'domestic_violence')).toMatchObject({
			name: 'Veilig Thuis',
			phones: ['0800-2000']
		});
	});

	it('are written out in both languages, with the same numbers', () => {
		for (const locale of ['nl', 'en']) {
			const texts = JSON.parse(
				readFileSync(new URL(`../../messages/safety/${locale}.json`, import.meta.url), 'utf8')
			) as Record<string, string>;
			expect(texts.safety_113_call).toContain('113');
			expect(texts.safety_113_call).toContain('0800-0113');
			expect(texts.safety_113_chat).toContain('113.nl');
			expect(texts.safety_112).toContain('112');
			expect(texts.safety_suggest_message).toMatch(/113.*0800-0113.*113\.nl.*112/);
		}
	});
});

describe('a question in crisis', () => {
	let questionId: string;
	let alertLink: string;

	beforeAll(async () => {
		const r = await ask(CRISIS_TEXT, 'centrum');
		expect(r.fired).toBe(true);
		questionId = r.id;
	});

	it('is stored as written, nothing hidden', async () => {
		const q = await getMyQuestion(db, people.resident, questionId);
		expect(q?.body).toBe(CRISIS_TEXT);
		expect(q?.status).toBe('open');
	});

	it('tells the worker of that neighbourhood only, without the text', async () => {
		const [alert] = await crisisAlertsOf(people.worker);
		expect(alert.link).toMatch(/^\/help\/alerts\/[0-9a-f-]{36}$/);
		expect(alert.payload).toEqual({ source: 'question', neighbourhood: 'Centrum' });
		expect(JSON.stringify(alert)).not.toMatch(/zitten|leven/);
		alertLink = alert.link!;
		expect(await crisisAlertsOf(people.otherWorker)).toEqual([]);
		expect(await crisisAlertsOf(people.admin)).toEqual([]);
		expect(await crisisAlertsOf(people.resident)).toEqual([]);
	});

	it('lets that worker open the alert, and nobody else', async () => {
		const id = alertLink.split('/').at(-1)!;
		const alert = await getCrisisAlert(db, people.worker!, id);
		expect(alert).toMatchObject({ source: 'question', neighbourhood_name: 'Centrum', hits: 1 });
		expect(await getCrisisAlert(db, people.otherWorker!, id)).toBeNull();
		expect(await getCrisisAlert(db, people.resident!, id)).toBeNull();
		// The worker still cannot read the question, nor who wrote it.
		expect(await getMyQuestion(db, people.worker, questionId)).toBeNull();
		expect(await denied(people.worker, 'select subject_id from public.crisis_alerts')).toBe(true);
	});

	it('counts a second save of the same question on the open alert, without a new notification', async () => {
		expect(await crisisGateForQuestion(db, questionId, CRISIS_TEXT)).toBe(true);
		expect(await crisisAlertsOf(people.worker)).toHaveLength(1);
		const id = alertLink.split('/').at(-1)!;
		expect((await getCrisisAlert(db, people.worker!, id))?.hits).toBe(2);
	});

	it('lets the worker offer contact once; the resident gets the offer', async () => {
		const id = alertLink.split('/').at(-1)!;
		expect(await offerCrisisContact(db, people.otherWorker!, id, 'Bel mij: 0172-000000')).toBe(
			false
		);
		expect(await offerCrisisContact(db, people.worker!, id, 'Bel mij gerust: 0172-000000')).toBe(
			true
		);
		expect(await offerCrisisContact(db, people.worker!, id, 'Nog een keer')).toBe(false);
		const offers = (await notificationsOf(people.resident)).filter(
			(n) => n.kind === 'crisis_contact_offered'
		);
		expect(offers).toEqual([
			{
				kind: 'crisis_contact_offered',
				payload: { name: 'Fatima Yilmaz', note: 'Bel mij gerust: 0172-000000' },
				link: '/help'
			}
		]);
		expect(await setCrisisAlertHandled(db, people.worker!, id, true)).toBe(true);
		expect(await setCrisisAlertHandled(db, people.otherWorker!, id, true)).toBe(false);
	});

	it('is marked handled only in the name of the recipient who handles it', async () => {
		const [{ id }] = await db.query<{ id: string }>(
			`insert into public.crisis_alerts (source, subject_id, circle_id, recipient_ids)
			 values ('chat_message', $1, $2, array[$3, $4]::uuid[]) returning id`,
			[people.resident!.id, cafe, people.worker!.id, people.admin!.id]
		);
		const mark = (who: Actor, handledBy: 'me' | 'nobody') =>
			denied(
				who,
				`update public.crisis_alerts set handled_at = now(),
				   handled_by = case when $2 then (select auth.uid()) end
				 where id = $1 returning id`,
				[id, handledBy === 'me']
			);
		expect(await mark(people.worker, 'nobody'), 'handled by nobody').toBe(true);
		expect(await mark(people.otherWorker, 'me'), 'not a recipient').toBe(true);
		expect(await mark(people.worker, 'me')).toBe(false);
		const [row] = await db.query<{ handled_by: string }>(
			'select handled_by from public.crisis_alerts where id = $1',
			[id]
		);
		expect(row.handled_by).toBe(people.worker!.id);
		// Open again (both cleared) still works, as the app does it.
		expect(await setCrisisAlertHandled(db, people.admin!, id, false)).toBe(true);
	});

	it('goes to an admin when no worker works in the neighbourhood', async () => {
		const before = (await crisisAlertsOf(people.admin)).length;
		await ask('Ik wil er niet meer zijn, niemand ziet mij staan.', 'ridderveld');
		expect(await crisisAlertsOf(people.admin)).toHaveLength(before + 1);
		expect((await crisisAlertsOf(people.admin)).at(-1)!.payload.neighbourhood).toBe('Ridderveld');
	});

	it('goes to every worker whose area covers the neighbourhood, not only by their own address', async () => {
		const [{ id: ridderveld }] = await db.query<{ id: string }>(
			`select id from public.neighbourhoods where slug = 'ridderveld'`
		);
		await db.query(
			'insert into public.worker_areas (worker_id, neighbourhood_id) values ($1, $2)',
			[people.otherWorker!.id, ridderveld]
		);
		try {
			const before = (await crisisAlertsOf(people.otherWorker)).length;
			const adminBefore = (await crisisAlertsOf(people.admin)).length;
			await ask('Ik zie het niet meer zitten, ik wil dood.', 'ridderveld');
			expect(await crisisAlertsOf(people.otherWorker)).toHaveLength(before + 1);
			expect(await crisisAlertsOf(people.admin)).toHaveLength(adminBefore);
		} finally {
			await db.query(
				'delete from public.worker_areas where worker_id = $1 and neighbourhood_id = $2',
				[people.otherWorker!.id, ridderveld]
			);
		}
	});

	it('does not fire on a question that is not about crisis', async () => {
		const before = (await crisisAlertsOf(people.worker)).length;
		const r = await ask('Ik ga dood van het lachen in de kookgroep, wie doet mee?', 'centrum');
		expect(r.fired).toBe(false);
		expect(await crisisAlertsOf(people.worker)).toHaveLength(before);
	});
});

describe('a chat message in crisis', () => {
	it('is stored and tells the hosts (not the writer) once a day, with the circle name only', async () => {
		const send = (body: string, clientId: string = crypto.randomUUID()) =>
			postMessage(db, member, { circleId: cafe, clientId, body });
		const first = await send('Ik wil er een eind aan maken');
		expect(first.message.body).toBe('Ik wil er een eind aan maken');
		expect(await safetyGateForMessage(db, first.message, first.created)).toBe('crisis');
		const secondId = crypto.randomUUID();
		const second = await send('echt, ik zie het niet meer zitten', secondId);
		expect(await safetyGateForMessage(db, second.message, second.created)).toBe('crisis');
		// A resend of the same message (a lost acknowledgement) is not stored again and adds no
		// hit to the alert, but the writer still sees the help.
		const resent = await send('echt, ik zie het niet meer zitten', secondId);
		expect(resent.created).toBe(false);
		expect(await safetyGateForMessage(db, resent.message, resent.created)).toBe('crisis');
		const alerts = await crisisAlertsOf(people.host);
		expect(alerts).toHaveLength(1);
		expect(alerts[0].payload).toEqual({
			source: 'chat_message',
			circle: 'Autisme-café Ridderveld'
		});
		expect(await crisisAlertsOf(member)).toEqual([]);
		const alert = await getCrisisAlert(db, people.host!, alerts[0].link!.split('/').at(-1)!);
		expect(alert).toMatchObject({
			source: 'chat_message',
			circle_slug: 'autisme-cafe-ridderveld',
			message_id: second.message.id,
			hits: 2
		});
		const normal = await send('Tot dinsdag allemaal!');
		expect(await safetyGateForMessage(db, normal.message, normal.created)).toBe('none');
	});
});

describe('a message with a request to join a circle, in crisis', () => {
	it('tells the hosts (not the writer) once a day, with the circle name only', async () => {
		const writer = { writerId: people.resident!.id, circleId: cafe };
		const before = (await crisisAlertsOf(people.host)).length;
		expect(await crisisGateForJoinMessage(db, writer, 'Mag ik erbij? Ik wil eigenlijk dood')).toBe(
			true
		);
		expect(await crisisGateForJoinMessage(db, writer, 'ik zie het niet meer zitten')).toBe(true);
		const alerts = await crisisAlertsOf(people.host);
		expect(alerts).toHaveLength(before + 1);
		expect(alerts.at(-1)!.payload).toEqual({
			source: 'join_message',
			circle: 'Autisme-café Ridderveld'
		});
		expect(JSON.stringify(alerts)).not.toContain('dood');
		expect((await crisisAlertsOf(people.resident)).map((a) => a.payload.source)).not.toContain(
			'join_message'
		);
		const alert = await getCrisisAlert(db, people.host!, alerts.at(-1)!.link!.split('/').at(-1)!);
		expect(alert).toMatchObject({
			source: 'join_message',
			circle_slug: 'autisme-cafe-ridderveld',
			hits: 2
		});
		expect(await crisisGateForJoinMessage(db, writer, 'Ik kom graag een keer kijken!')).toBe(false);
	});
});

describe('a help request in crisis', () => {
	it('tells the workers of its neighbourhood once a day, without the text or the name', async () => {
		const requester = { requesterId: people.resident!.id, neighbourhoodId: hood['kerk-en-zanen'] };
		const before = (await crisisAlertsOf(people.worker)).length;
		expect(await crisisGateForHelpRequest(db, requester, 'Ik wil dood, ik kan niet meer')).toBe(
			true
		);
		expect(await crisisGateForHelpRequest(db, requester, 'ik wil er niet meer zijn')).toBe(true);
		expect(await crisisGateForHelpRequest(db, requester, 'Wie helpt met boodschappen?')).toBe(
			false
		);
		const alerts = (await crisisAlertsOf(people.otherWorker)).filter(
			(a) => a.payload.source === 'help_request'
		);
		expect(alerts).toHaveLength(1);
		expect(alerts[0].payload).toEqual({ source: 'help_request', neighbourhood: 'Kerk en Zanen' });
		expect(await crisisAlertsOf(people.worker)).toHaveLength(before);
		const alert = await getCrisisAlert(db, people.otherWorker!, alerts[0].link!.split('/').at(-1)!);
		expect(alert).toMatchObject({ source: 'help_request', hits: 2 });
	});
});

describe('who hears of a crisis (private.crisis_recipients)', () => {
	const recipients = async (circle: string | null, neighbourhood: string, writer: Actor) => {
		const [row] = await db.query<{ ids: string[] | null }>(
			'select private.crisis_recipients($1, $2, $3) as ids',
			[circle, hood[neighbourhood], writer!.id]
		);
		return row.ids ?? [];
	};

	it("is the circle's hosts, else the neighbourhood's workers, else the admins; never the writer", async () => {
		expect(await recipients(cafe, 'ridderveld', member)).toEqual([people.host!.id]);
		// The only host writes: the workers who cover Ridderveld hear of it (none do here: admins).
		const fromHost = await recipients(cafe, 'ridderveld', people.host);
		expect(fromHost).not.toContain(people.host!.id);
		expect(fromHost).toEqual(await recipients(null, 'ridderveld', people.host));
		expect(await recipients(null, 'centrum', people.resident)).toEqual([people.worker!.id]);
		expect(await recipients(null, 'centrum', people.worker)).toEqual([people.admin!.id]);
		expect(await recipients(null, 'ridderveld', people.resident)).toEqual([people.admin!.id]);
	});

	it('cannot be called by clients', async () => {
		for (const actor of [null, people.resident, people.worker])
			expect(
				await denied(actor, 'select private.crisis_recipients(null, null, $1)', [
					people.resident!.id
				])
			).toBe(true);
	});
});

describe('crisis alerts through the database API', () => {
	it('cannot be raised, written or read by clients', async () => {
		const [q] = await db.query<{ id: string }>('select id from public.questions limit 1');
		for (const actor of [null, people.resident, people.worker]) {
			expect(
				await denied(actor, 'select private.raise_crisis_alert_for_question($1)', [q.id])
			).toBe(true);
			expect(await denied(actor, 'select private.raise_crisis_alert_for_message(1)')).toBe(true);
			expect(
				await denied(actor, 'select private.raise_crisis_alert_for_help_request($1, null)', [
					people.resident!.id
				])
			).toBe(true);
			expect(
				await denied(actor, `select private.offer_crisis_contact($1, $2, 'x')`, [
					q.id,
					actor?.id ?? q.id
				])
			).toBe(true);
			expect(
				await denied(
					actor,
					`insert into public.crisis_alerts (source, subject_id, question_id, recipient_ids)
					 values ('question', $1, $2, array[$1]::uuid[]) returning id`,
					[people.resident!.id, q.id]
				)
			).toBe(true);
		}
		expect(await denied(null, 'select id from public.crisis_alerts')).toBe(true);
		expect(await as(people.resident, 'select id from public.crisis_alerts')).toEqual([]);
	});
});

describe('POST /api/suggest', () => {
	const call = async (body: unknown) => {
		const res = await suggestPost({
			request: new Request('http://localhost/api/suggest', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body)
			}),
			locals: { db, user: null },
			getClientAddress: () => '192.0.2.1'
		} as never);
		return { status: res.status, body: await res.json() };
	};

	it('answers crisis wording with the help lines and no circles', async () => {
		for (const lang of ['nl', 'en'] as const) {
			const { status, body } = await call({ text: CRISIS_TEXT, lang });
			expect(status).toBe(200);
			expect(body.circles).toEqual([]);
			expect(body.themes).toEqual([]);
			expect(body.crisis.lines.map((l: { phones: string[] }) => l.phones)).toEqual([
				['113', '0800-0113'],
				['112'],
				['0800-2000']
			]);
			expect(body.crisis.lines[0].chat).toBe('https://www.113.nl');
			expect(body.crisis.message).toMatch(lang === 'en' ? /Call 113|call 113/ : /bel 113/);
		}
	});

	it('answers other questions with circles and crisis: false', async () => {
		const { body } = await call({
			text: 'Mijn zoon heeft autisme en ik zoek andere ouders',
			lang: 'nl'
		});
		expect(body.crisis).toBe(false);
		expect(body.circles.length).toBeGreaterThan(0);
	});
});
