import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionSchema, suggestRequestSchema } from '../../src/lib/schemas/question';
import { withUser, type Actor } from '../../src/lib/server/db/session';
import { suggest } from '../../src/lib/server/matching/suggest';
import {
	createQuestion,
	getMyQuestion,
	setQuestionStatus,
	suggestionsForQuestion
} from '../../src/lib/server/questions';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
let sanne: Actor;
let worker: Actor;
let other: Actor;
let ridderveld: string;

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	sanne = { id: await userId(db, 'sanne@kring.example') };
	worker = { id: await userId(db, 'fatima@kring.example') };
	other = { id: await userId(db, 'mohamed@kring.example') };
	[{ id: ridderveld }] = await db.query<{ id: string }>(
		`select id from public.neighbourhoods where slug = 'ridderveld'`
	);
});
afterAll(() => db?.close());

const input = (body: string, consent = true) =>
	questionSchema.parse({
		body,
		neighbourhood_id: ridderveld,
		consent_to_contact: consent,
		preferred_times: ['evening']
	});

describe('asking a question', () => {
	it('stores it with recognised themes and shows the autism café first, with reasons', async () => {
		const id = await createQuestion(
			db,
			sanne,
			input('Mijn zoon heeft autisme en ik zoek andere ouders in de buurt')
		);
		const found = await suggestionsForQuestion(db, sanne, id);
		expect(found?.question.theme_slugs).toEqual(['autism', 'parenting']);
		const first = found!.result.suggestions[0];
		expect(first.circle.slug).toBe('autisme-cafe-ridderveld');
		expect(first.reasons[0]).toEqual({ kind: 'theme', themes: ['autism', 'parenting'] });
		expect(first.reasons).toContainEqual({ kind: 'time', weekdays: [2], parts: ['evening'] });
	});

	it('is the owner’s alone: others, workers included, never see it', async () => {
		const id = await createQuestion(
			db,
			sanne,
			input('Ik voel me vaak eenzaam sinds de verhuizing')
		);
		expect(await getMyQuestion(db, other, id)).toBeNull();
		expect(await getMyQuestion(db, worker, id)).toBeNull();
		expect(await setQuestionStatus(db, other, id, 'closed')).toBe(false);
		expect(await setQuestionStatus(db, sanne, id, 'paused')).toBe(true);
		expect((await getMyQuestion(db, sanne, id))?.status).toBe('paused');
		await expect(
			withUser(db, null, (tx) => tx.query('select id from public.questions'))
		).rejects.toThrow(/permission denied/);
	});

	it('refuses bad input with a clear message and stores nothing half', async () => {
		const [before] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.questions'
		);
		for (const body of ['', '   ', '😀😀😀😀😀😀😀😀😀😀😀', 'woord '.repeat(5000)]) {
			const parsed = questionSchema.safeParse({ body });
			expect(parsed.success, body.slice(0, 20)).toBe(false);
			expect(parsed.error!.issues[0].message.length).toBeGreaterThan(5);
		}
		// Other scripts and HTML are fine: stored as typed, shown escaped.
		expect(
			questionSchema.safeParse({ body: 'أنا أبحث عن أهل آخرين لأطفال مصابين بالتوحد' }).success
		).toBe(true);
		expect(questionSchema.safeParse({ body: '<script>alert(1)</script> schulden' }).success).toBe(
			true
		);
		// A theme that does not exist fails in the database as a whole.
		await expect(
			createQuestion(db, sanne, { ...input('Ik heb schulden en zoek hulp'), theme_slugs: ['nope'] })
		).rejects.toThrow(/unknown theme/);
		const [after] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.questions'
		);
		expect(after.n).toBe(before.n);
	});
});

describe('suggestions for anonymous visitors (POST /api/suggest)', () => {
	it('validates with the same rule as the form', () => {
		expect(suggestRequestSchema.safeParse({ text: 'kort' }).success).toBe(false);
		expect(
			suggestRequestSchema.safeParse({ text: 'Ik heb schulden', neighbourhood: 'ridderveld' })
				.success
		).toBe(true);
		expect(suggestRequestSchema.safeParse({ text: 'Ik heb schulden', lang: 'fr' }).success).toBe(
			false
		);
	});
	it('ranks circles by slug or id of a neighbourhood, through RLS (no private circles)', async () => {
		const bySlug = await suggest(db, null, {
			text: 'Ik ben 17 en zorg voor mijn moeder',
			neighbourhood: 'centrum'
		});
		expect(bySlug.suggestions.map((s) => s.circle.slug)).not.toContain('jonge-mantelzorgers');
		const byId = await suggest(db, null, {
			text: 'Ik heb schulden en kom niet rond',
			neighbourhood: ridderveld
		});
		expect(byId.suggestions[0].circle.slug).toBe('samen-uit-de-schulden');
		expect(byId.suggestions[0].reasons).toContainEqual({
			kind: 'distance',
			km: 1.7,
			neighbourhood: 'Centrum'
		});
	});
});

describe('when a circle is published', () => {
	it('notifies residents with a fitting open, consenting question; not the others', async () => {
		const consenting = { id: await userId(db, 'r58@kring.example') };
		const silent = { id: await userId(db, 'r59@kring.example') };
		await createQuestion(db, consenting, input('Mijn man drinkt te veel, wie herkent dit?'));
		await createQuestion(db, silent, input('Mijn man drinkt te veel, wie herkent dit?', false));
		await withUser(db, worker, (tx) =>
			tx.query(
				`insert into public.circles (slug, name, description, theme_slugs, neighbourhood_id, status, created_by)
				 values ('naasten-verslaving', 'Naasten bij verslaving', 'Voor wie leeft met iemand die verslaafd is.',
				   '{addiction}', $1, 'published', (select auth.uid()))`,
				[ridderveld]
			)
		);
		const notes = (actor: Actor) =>
			withUser(db, actor, (tx) =>
				tx.query<{ kind: string; link: string }>(`select kind, link from public.notifications`)
			);
		expect(await notes(consenting)).toContainEqual({
			kind: 'circle_fits_question',
			link: '/circles/naasten-verslaving'
		});
		expect((await notes(silent)).map((n) => n.kind)).not.toContain('circle_fits_question');
	});
});
