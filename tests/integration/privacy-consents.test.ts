import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { m } from '../../src/lib/paraglide/messages';
import type { Actor } from '../../src/lib/server/db/session';
import { runProposals } from '../../src/lib/server/matching/proposals';
import { listMyConsents, withdrawConsent } from '../../src/lib/server/privacy';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Consent records (issue 10 point 20): what a resident agreed to, when, with which text
// version; withdrawing stops the processing at once (the question leaves every proposal).
// Tried by direct SQL as each role, as Supabase's REST API would let them.
let db: TestDatabase;
let worker: Actor;
let near: string;
const owners: { id: string; email: string }[] = [];
const { as, denied } = roleQueries(() => db);

async function person(email: string, name: string) {
	const [{ id }] = await db.query<{ id: string }>(
		`insert into auth.users (email, raw_user_meta_data) values ($1, jsonb_build_object('display_name', $2::text)) returning id`,
		[email, name]
	);
	return { id, email };
}

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	worker = { id: await userId(db, 'fatima@kring.example') };
	// A neighbourhood near the worker's without any circle, so nothing serves the group.
	[{ id: near }] = await db.query<{ id: string }>(
		`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
		 values ('toestemming', 'Toestemming', 'Alphen aan den Rijn', 52.1311, 4.6621) returning id`
	);
	for (let i = 0; i < 4; i++) {
		const owner = await person(`consent-${i}@kring.example`, `Toestemming ${i}`);
		owners.push(owner);
		// As the resident, through row-level security, as the question form does.
		await as(
			owner,
			`insert into public.questions (body, theme_slugs, neighbourhood_id, preferred_format,
			   consent_to_contact, visible_anonymously)
			 values ('Mijn schulden groeien en de brievenbusangst wordt erger', '{debt}', $1,
			   'in_person', true, $2)`,
			[near, i < 2]
		);
	}
}, 120_000);
afterAll(() => db?.close());

const proposalSize = async () => {
	const rows = await as<{ size: number; frequent_words: string[] }>(
		worker,
		`select size, frequent_words from public.circle_proposals
		 where status = 'open' and group_key like '%toestemming%'`
	);
	return rows[0] ?? null;
};

describe('consent records', () => {
	it('records each consent with the current text version when a question is asked', async () => {
		const mine = await listMyConsents(db, owners[0]);
		expect(mine.map((c) => c.purpose).sort()).toEqual(['contact', 'seen_anonymously']);
		expect(mine.every((c) => c.text_version === 1 && c.standing)).toBe(true);
		expect(mine.find((c) => c.purpose === 'contact')!.text).toBe(
			'Neem contact met me op als er een kring start die bij mijn vraag past.'
		);
		const other = await listMyConsents(db, owners[3], 'en');
		expect(other.map((c) => c.purpose)).toEqual(['contact']);
		expect(other[0].text).toBe('Contact me when a circle starts that fits my question.');
	});

	it('the recorded texts are the ones the forms show, in both languages', async () => {
		const texts = await db.query<{ purpose: string; body_nl: string; body_en: string }>(
			`select distinct on (purpose) purpose, body_nl, body_en from public.consent_texts
			 order by purpose, version desc`
		);
		const shown: Record<string, (o: { locale: 'nl' | 'en' }) => string> = {
			contact: (o) => m.question_consent_label({}, o),
			seen_anonymously: (o) => m.question_anonymous_label({}, o),
			volunteer_matching: (o) => m.privacy_consent_text_volunteer_matching({}, o)
		};
		expect(texts).toHaveLength(3);
		for (const t of texts) {
			expect(shown[t.purpose]({ locale: 'nl' })).toBe(t.body_nl);
			expect(shown[t.purpose]({ locale: 'en' })).toBe(t.body_en);
		}
	});

	it('nobody writes consent records directly, and nobody reads someone else’s', async () => {
		const [record] = await as<{ id: string }>(
			owners[0],
			`select id from public.consent_records where purpose = 'contact'`
		);
		expect(record).toBeDefined();
		for (const who of [null, owners[0], owners[1], worker]) {
			expect(
				await denied(
					who,
					`insert into public.consent_records (user_id, purpose, text_version) values ($1, 'contact', 1) returning id`,
					[owners[1].id]
				)
			).toBe(true);
			expect(
				await denied(
					who,
					`update public.consent_records set given_at = now() - interval '1 year' where id = $1 returning id`,
					[record.id]
				)
			).toBe(true);
			expect(
				await denied(who, `delete from public.consent_records where id = $1 returning id`, [
					record.id
				])
			).toBe(true);
		}
		for (const who of [null, owners[1], worker]) {
			expect(
				await denied(who, `select id from public.consent_records where id = $1`, [record.id])
			).toBe(true);
		}
		expect(
			await denied(null, `select * from private.record_question_consent(null, 'contact', false)`)
		).toBe(true);
		// Everyone may read the texts themselves; nobody may change them.
		expect((await as(null, `select version from public.consent_texts`)).length).toBe(3);
		expect(
			await denied(
				owners[0],
				`update public.consent_texts set body_nl = 'iets anders' returning version`
			)
		).toBe(true);
	});

	it('withdrawing takes the question out of every proposal at once', async () => {
		await runProposals(db, { trigger: 'test', minSize: 3 });
		const before = (await proposalSize())!.size;
		expect(before).toBeGreaterThanOrEqual(4);
		const [record] = (await listMyConsents(db, owners[3])).filter((c) => c.purpose === 'contact');
		expect(await withdrawConsent(db, owners[3], record.id)).toBe(true);
		expect((await proposalSize())?.size).toBe(before - 1);
		// Its owner sees no proposal row for it any more; the job does not take it back.
		expect(await as(owners[3], `select proposal_id from public.circle_proposal_questions`)).toEqual(
			[]
		);
		await runProposals(db, { trigger: 'test', minSize: 3 });
		expect((await proposalSize())?.size).toBe(before - 1);
		const after = await listMyConsents(db, owners[3]);
		expect(after[0].standing).toBe(false);
		expect(after[0].withdrawn_at).toBeInstanceOf(Date);
		// A second click, or someone else's record, changes nothing.
		expect(await withdrawConsent(db, owners[3], record.id)).toBe(false);
		const [other] = await listMyConsents(db, owners[2]);
		expect(await withdrawConsent(db, owners[3], other.id)).toBe(false);
		expect((await listMyConsents(db, owners[2]))[0].standing).toBe(true);
	});

	it('withdrawing being seen takes the words out of proposals at once', async () => {
		await runProposals(db, { trigger: 'test', minSize: 3 });
		expect((await proposalSize())?.frequent_words).toContain('brievenbusangst');
		const [seen] = (await listMyConsents(db, owners[0])).filter(
			(c) => c.purpose === 'seen_anonymously'
		);
		expect(await withdrawConsent(db, owners[0], seen.id)).toBe(true);
		expect((await proposalSize())?.frequent_words).toEqual([]);
		const [q] = await as<{ visible_anonymously: boolean }>(
			owners[0],
			`select visible_anonymously from public.questions`
		);
		expect(q.visible_anonymously).toBe(false);
	});

	it('the last withdrawal removes the proposal; agreeing again is a new record', async () => {
		const [q] = await as<{ id: string }>(owners[1], `select id from public.questions`);
		const [{ id: lone }] = await db.query<{ id: string }>(
			`insert into public.circle_proposals (group_key, theme_slugs, anchor_neighbourhood_id, size)
			 values ('debt:alleen', '{debt}', $1, 1) returning id`,
			[near]
		);
		await db.query(
			`insert into public.circle_proposal_questions (proposal_id, question_id) values ($1, $2)`,
			[lone, q.id]
		);
		const [c] = (await listMyConsents(db, owners[1])).filter(
			(r) => r.purpose === 'contact' && r.standing
		);
		expect(await withdrawConsent(db, owners[1], c.id)).toBe(true);
		expect(await db.query(`select id from public.circle_proposals where id = $1`, [lone])).toEqual(
			[]
		);
		expect(
			await db.query(`select 1 from public.circle_proposal_questions where question_id = $1`, [
				q.id
			])
		).toEqual([]);
		await as(owners[1], `update public.questions set consent_to_contact = true`);
		const contact = (await listMyConsents(db, owners[1])).filter((r) => r.purpose === 'contact');
		expect(contact.map((r) => r.standing)).toEqual([true, false]);
	});

	it('withdrawing a help request’s consent pauses it, so it is proposed to no volunteer', async () => {
		const resident = { id: await userId(db, 'sanne@kring.example'), email: 'sanne@kring.example' };
		const [req] = await as<{ id: string }>(
			resident,
			`insert into public.help_requests (skill_slug, body, online, time_slots, hours)
			 values ('listening-ear', 'Hulp met een formulier', true, '{1-morning}', 1) returning id`
		);
		const [record] = (await listMyConsents(db, resident)).filter(
			(c) => c.purpose === 'volunteer_matching' && c.standing
		);
		expect(record.subject).toBe('Hulp met een formulier');
		expect(await withdrawConsent(db, resident, record.id)).toBe(true);
		const [after] = await as<{ status: string }>(
			resident,
			`select status from public.help_requests where id = $1`,
			[req.id]
		);
		expect(after.status).toBe('paused');
	});
});
