import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relatedCircles, searchCircles } from '../../src/lib/server/circles';
import { hollowWords } from '../../src/lib/server/matching/analyse';
import { suggest } from '../../src/lib/server/matching/suggest';
import { stopwords } from '../../src/lib/server/matching/text';
import { POST } from '../../src/routes/api/suggest/+server';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
});
afterAll(() => db?.close());

let address = 0;
/** POST /api/suggest as an anonymous visitor (a new address each time: no rate limit). */
async function call(body: unknown) {
	address++;
	const res = await POST({
		request: new Request('http://localhost/api/suggest', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: typeof body === 'string' ? body : JSON.stringify(body)
		}),
		locals: { db, user: null },
		getClientAddress: () => `198.51.100.${address % 250}`
	} as never);
	return { status: res.status, body: await res.json() };
}

type Circle = {
	slug: string;
	themes: string[];
	confidence: number;
	reasons: { kind: string; words?: string[]; text: string }[];
};

describe('POST /api/suggest answers with themes and confidences', () => {
	it('gives each circle its theme slugs and a confidence, and each theme a confidence', async () => {
		const { status, body } = await call({
			text: 'mijn man vergeet alles en ik sta er alleen voor',
			lang: 'nl'
		});
		expect(status).toBe(200);
		expect(body.circles[0].slug).toBe('mantelzorgers-dementie');
		expect(body.circles[0].themes).toEqual(['family-caregiving', 'dementia']);
		for (const c of body.circles as Circle[]) {
			expect(c.confidence).toBeGreaterThan(0);
			expect(c.confidence).toBeLessThanOrEqual(1);
		}
		expect(body.themes.map((t: { slug: string }) => t.slug)).toContain('dementia');
		for (const t of body.themes) expect(t.confidence).toBeGreaterThan(0);
		expect(body.unsure).toBe(false);
		expect(body.message).toBeUndefined();
	});

	it('finds a circle for words no theme list has, from the whole text', async () => {
		const result = await suggest(db, null, {
			text: 'sinds mama er niet meer is kom ik mijn bed niet uit',
			languages: ['nl']
		});
		expect(result.suggestions[0].circle.slug).toBe('rouwkring-verder-na-verlies');
		const debt = await suggest(db, null, { text: 'de deurwaarder stond weer op de stoep' });
		expect(debt.suggestions[0].circle.slug).toBe('samen-uit-de-schulden');
	});

	it('says plainly when it is not sure, and offers to keep the question open', async () => {
		const { status, body } = await call({
			text: 'Wanneer wordt het grofvuil opgehaald in onze straat?',
			lang: 'nl'
		});
		expect(status).toBe(200);
		expect(body.unsure).toBe(true);
		expect(body.message).toMatch(/niet zeker/);
		expect(body.keep_open.url).toBe('/questions/new');
		const en = await call({ text: 'When is the bulky waste collected in our street?', lang: 'en' });
		expect(en.body.message).toMatch(/not sure/);
	});

	it('never gives a stop word or a hollow word as the reason', async () => {
		const texts = [
			'Hoe ziet het leven in de wijk eruit voor mensen die hier net wonen?',
			'I would like to meet people, life is quite busy and I have a lot going on',
			'Het is allemaal zo veel en ik weet niet waar ik moet beginnen met alles'
		];
		for (const text of texts) {
			const { status, body } = await call({ text, lang: 'nl' });
			expect(status).toBe(200);
			for (const c of body.circles as Circle[]) {
				for (const r of c.reasons.filter((x) => x.kind === 'words')) {
					for (const w of r.words ?? []) {
						expect(stopwords.has(w) || hollowWords.has(w), `${w} in ${text}`).toBe(false);
					}
					expect(r.text).not.toMatch(/past bij: (leven|life|het|de|een)\b/);
				}
			}
		}
	});
});

describe('the in-memory circle index', () => {
	it('sees a new or changed circle at once (circle_search_version moves)', async () => {
		const before = await suggest(db, null, {
			text: 'Wie wil samen fietsen repareren, fietsenmaker?'
		});
		expect(before.suggestions.map((s) => s.circle.slug)).not.toContain('fietsclub-test');
		const [n] = await db.query<{ id: string }>(`select id from public.neighbourhoods limit 1`);
		await db.query(
			`insert into public.circles (slug, name, description, theme_slugs, neighbourhood_id, status)
			 values ('fietsclub-test', 'Fietsclub', 'Samen fietsen repareren met een fietsenmaker.',
			   '{loneliness}', $1, 'published')`,
			[n.id]
		);
		const after = await suggest(db, null, {
			text: 'Wie wil samen fietsen repareren, fietsenmaker?'
		});
		expect(after.suggestions[0]?.circle.slug).toBe('fietsclub-test');
		await db.query(
			`update public.circles set visibility = 'private' where slug = 'fietsclub-test'`
		);
		const hidden = await suggest(db, null, {
			text: 'Wie wil samen fietsen repareren, fietsenmaker?'
		});
		expect(hidden.suggestions.map((s) => s.circle.slug)).not.toContain('fietsclub-test');
		await db.query(`delete from public.circles where slug = 'fietsclub-test'`);
	});
});

describe('bad input gets a graceful answer, never a 500', () => {
	const cases: [string, unknown][] = [
		['a text over the limit', { text: 'schulden '.repeat(400) }],
		['other scripts (Arabic)', { text: 'أنا وحيد جدا وأبحث عن أصدقاء في الحي' }],
		['other scripts (Chinese)', { text: '我在这里没有朋友，我很孤独，想认识邻居' }],
		['other scripts (Cyrillic)', { text: 'Я недавно переехала сюда из Украины и никого не знаю' }],
		['only emoji', { text: '😢😢😢🙏🙏🙏💔💔' }],
		['only a URL', { text: 'https://www.example.com/page?x=1&y=2' }],
		[
			'mixed languages',
			{ text: 'Ik heb schulden, I cannot pay the rent, je ne sais pas quoi faire' }
		],
		['markup', { text: '<script>alert(1)</script> ik ben eenzaam' }],
		['not JSON', '{"text": '],
		['wrong types', { text: 42, lang: ['nl'] }],
		[
			'an unknown neighbourhood',
			{ text: 'Ik ben eenzaam en zoek mensen', neighbourhood: 'nergens' }
		]
	];
	for (const [name, body] of cases) {
		it(name, async () => {
			const res = await call(body);
			expect([200, 400]).toContain(res.status);
			if (res.status === 200) {
				expect(Array.isArray(res.body.circles)).toBe(true);
				expect(typeof res.body.unsure === 'boolean' || res.body.crisis).toBeTruthy();
			} else {
				expect(res.body.error).toBeTruthy();
			}
		});
	}

	it('reads a very long text in the matcher itself without failing or stalling', async () => {
		const long = 'Ik zorg voor mijn moeder met dementie en ben moe. '.repeat(2_000);
		const started = performance.now();
		const result = await suggest(db, null, { text: long });
		expect(performance.now() - started).toBeLessThan(5_000);
		expect(result.suggestions[0].circle.slug).toBe('mantelzorgers-dementie');
		const nothing = await suggest(db, null, { text: '🙂🙂🙂 https://example.com' });
		expect(nothing.unsure).toBe(true);
		for (const s of nothing.suggestions)
			expect(s.reasons.some((r) => r.kind === 'words')).toBe(false);
	});
});

describe('/circles?q= uses the same understanding', () => {
	it('finds the grief circle for "overleden", a word its page never uses', async () => {
		const found = await searchCircles(db, null, { q: 'overleden' });
		expect(found[0]?.slug).toBe('rouwkring-verder-na-verlies');
		const typo = await searchCircles(db, null, { q: 'deurwaarder' });
		expect(typo.map((c) => c.slug)).toContain('samen-uit-de-schulden');
	});

	it('ranks the "maybe this fits" fallback by relevance, not alphabetically', async () => {
		const related = await relatedCircles(db, null, {
			q: 'mijn vrouw drinkt stiekem, ik vind flessen in de schuur'
		});
		expect(related[0]?.slug).toBe('naasten-van-verslaving');
	});
});
