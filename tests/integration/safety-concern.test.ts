/**
 * The gentle outcome of the crisis check ("concern"): heavy or hopeless words show one calm
 * line with 113 to the writer, above the circles, which stay; nobody is alerted and nothing
 * is stored about it.
 */
import { isRedirect } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionSchema } from '../../src/lib/schemas/question';
import { helpRequestSchema } from '../../src/lib/schemas/volunteers';
import type { Actor } from '../../src/lib/server/db/session';
import { createQuestion } from '../../src/lib/server/questions';
import {
	crisisGateForHelpRequest,
	crisisGateForQuestion
} from '../../src/lib/server/safety/alerts';
import { assessText } from '../../src/lib/server/safety/crisis';
import { createHelpRequest } from '../../src/lib/server/volunteers';
import { POST as suggestPost } from '../../src/routes/api/suggest/+server';
import { actions as newQuestionActions } from '../../src/routes/questions/new/+page.server';
import { load as questionLoad } from '../../src/routes/questions/[id=uuid]/+page.server';
import { load as requestLoad } from '../../src/routes/requests/[id]/+page.server';
import { cookieJar } from '../helpers/cookies';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
let resident: Actor;
let hood: Record<string, string>;

const CONCERN_NL =
	'Mijn moeder heeft dementie en ik zorg al drie jaar voor haar. Ik kan niet meer. Zijn er andere mantelzorgers?';
const CONCERN_EN =
	'I look after my husband who has dementia. Everything is too much lately and I feel hopeless. Are there other carers nearby?';
const ORDINARY = 'Mijn zoon heeft autisme en ik zoek andere ouders';

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	resident = { id: await userId(db, 'sanne@kring.example') };
	const rows = await db.query<{ slug: string; id: string }>(
		'select slug, id from public.neighbourhoods'
	);
	hood = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
});
afterAll(() => db?.close());

/** Every crisis alert and every notification of that kind: a concern must add none. */
const alertRows = async () => {
	const [a] = await db.query<{ n: number }>('select count(*)::int as n from public.crisis_alerts');
	const [n] = await db.query<{ n: number }>(
		`select count(*)::int as n from public.notifications where kind = 'crisis_alert'`
	);
	return a.n + n.n;
};

it('the texts used here are concern, not crisis, and an ordinary one is none', () => {
	expect(assessText(CONCERN_NL).level).toBe('concern');
	expect(assessText(CONCERN_EN).level).toBe('concern');
	expect(assessText(ORDINARY).level).toBe('none');
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
			getClientAddress: () => '192.0.2.9'
		} as never);
		return { status: res.status, body: await res.json() };
	};

	it('answers heavy words with a calm line and 113 beside the circles, which stay', async () => {
		const before = await alertRows();
		for (const [lang, text] of [
			['nl', CONCERN_NL],
			['en', CONCERN_EN]
		] as const) {
			const { status, body } = await call({ text, lang });
			expect(status).toBe(200);
			expect(body.crisis).toBe(false);
			expect(body.circles.length).toBeGreaterThan(0);
			expect(body.concern.help_page).toBe('/help');
			expect(body.concern.lines.map((l: { phones: string[] }) => l.phones)).toEqual([
				['113', '0800-0113'],
				['112']
			]);
			expect(body.concern.message).toMatch(/113.*0800-0113.*113\.nl.*112/);
			expect(body.concern.message).toMatch(lang === 'en' ? /talk to someone/ : /Praten kan/);
		}
		expect(await alertRows()).toBe(before);
	});

	it('answers an ordinary question with concern: null', async () => {
		const { body } = await call({ text: ORDINARY, lang: 'nl' });
		expect(body.crisis).toBe(false);
		expect(body.concern).toBeNull();
		expect(body.circles.length).toBeGreaterThan(0);
	});
});

describe('a question with heavy words', () => {
	it('shows the line in the preview, and on its page above circles that stay; no alert', async () => {
		const before = await alertRows();
		const form = new FormData();
		form.set('body', CONCERN_NL);
		form.set('neighbourhood_id', hood.centrum);
		const preview = (await newQuestionActions.recognise({
			locals: { db, user: resident },
			request: new Request('http://localhost/questions/new?/recognise', {
				method: 'POST',
				body: form
			})
		} as never)) as { crisis: boolean; concern: boolean };
		expect(preview).toMatchObject({ crisis: false, concern: true });

		const input = questionSchema.parse({ body: CONCERN_NL, neighbourhood_id: hood.centrum });
		const id = await createQuestion(db, resident, input);
		expect(await crisisGateForQuestion(db, id, input.body)).toBe(false);
		const page = (await questionLoad({
			locals: { db, user: resident },
			params: { id },
			url: new URL(`http://localhost/questions/${id}?asked`)
		} as never)) as { crisis: boolean; concern: boolean; suggestions: unknown[] };
		expect(page.crisis).toBe(false);
		expect(page.concern).toBe(true);
		expect(page.suggestions.length).toBeGreaterThan(0);
		expect(await alertRows()).toBe(before);
	});

	it('an ordinary question shows no line', async () => {
		const input = questionSchema.parse({ body: ORDINARY, neighbourhood_id: hood.centrum });
		const id = await createQuestion(db, resident, input);
		const page = (await questionLoad({
			locals: { db, user: resident },
			params: { id },
			url: new URL(`http://localhost/questions/${id}`)
		} as never)) as { concern: boolean };
		expect(page.concern).toBe(false);
	});
});

describe('a help request with heavy words', () => {
	it('shows the line on its page to the requester; no alert', async () => {
		const before = await alertRows();
		const body = 'Ik kan het niet meer aan met alle brieven en rekeningen. Wie helpt me ordenen?';
		const id = (await createHelpRequest(
			db,
			resident!,
			helpRequestSchema.parse({
				skill_slug: 'paperwork-and-money',
				neighbourhood_id: hood.centrum,
				time_slots: ['2-evening'],
				hours: 2,
				body
			})
		)) as string;
		expect(typeof id).toBe('string');
		expect(
			await crisisGateForHelpRequest(
				db,
				{ requesterId: resident!.id, neighbourhoodId: hood.centrum },
				body
			)
		).toBe(false);
		let page: { crisis: boolean; concern: boolean } | undefined;
		try {
			page = (await requestLoad({
				locals: { db, user: resident },
				params: { id },
				url: new URL(`http://localhost/requests/${id}`),
				cookies: cookieJar(),
				setHeaders: () => {}
			} as never)) as typeof page;
		} catch (e) {
			if (isRedirect(e)) throw new Error(`redirected to ${e.location}`);
			throw e;
		}
		expect(page).toMatchObject({ crisis: false, concern: true });
		expect(await alertRows()).toBe(before);
	});
});

describe('a crisis in a request to join a circle: the help comes once, by a one-time cookie', () => {
	it('shows 113 first to the writer after the join, not on a reload, and never from the address', async () => {
		const circlePage = await import('../../src/routes/circles/[slug]/+page.server');
		const slug = 'herstelkring-verslaving';
		const cookies = cookieJar();
		const headers: Record<string, string> = {};
		const event = (user: Actor, search = '') => ({
			locals: { db, user },
			params: { slug },
			url: new URL(`http://localhost/circles/${slug}${search}`),
			cookies,
			setHeaders: (h: Record<string, string>) => Object.assign(headers, h)
		});
		const body = new FormData();
		body.set('message', 'Ik wil er een eind aan maken, ik zie geen uitweg meer.');
		let location = '';
		try {
			await circlePage.actions.join({
				...event(resident),
				request: new Request(`http://localhost/circles/${slug}?/join`, { method: 'POST', body })
			} as never);
		} catch (e) {
			if (!isRedirect(e)) throw e;
			location = e.location;
		}
		expect(location).toMatch(new RegExp(`^/circles/${slug}\\?outcome=\\w+$`));
		const load = async (user: Actor, search = '') =>
			(await circlePage.load(event(user, search) as never)) as { crisis: boolean };
		expect((await load(resident)).crisis).toBe(true);
		expect(headers['x-kring-once']).toBe('1');
		expect((await load(resident)).crisis).toBe(false);
		// A link with the old address shows nothing.
		expect((await load(resident, '?outcome=joined&notice=crisis')).crisis).toBe(false);
	});
});
