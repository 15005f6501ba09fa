import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService, type Actor } from '../../src/lib/server/db/session';
import { exportMyData } from '../../src/lib/server/account/export';
import {
	answerVoice,
	myStories,
	shareStory,
	shouldAskVoice,
	storiesForMunicipality,
	voiceCounts,
	voiceTable,
	withdrawStory
} from '../../src/lib/server/voices';
import { helpsOptions, missingOptions } from '../../src/lib/schemas/voices';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// The voice of residents: the short survey, its counts for workers, and stories. RLS by
// direct SQL as each role.

let db: TestDatabase;
const a = {} as Record<'anon' | 'member' | 'outsider' | 'worker' | 'otherWorker' | 'admin', Actor>;
let circleId: string;
const members: string[] = [];
const { as, denied } = roleQueries(() => db);
const service = <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
	asService(db, (tx) => tx.query<T>(text, params));

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.anon = null;
	a.outsider = { id: await userId(db, 'sanne@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') }; // Centrum
	a.otherWorker = { id: await userId(db, 'peter@kring.example') }; // Kerk en Zanen
	a.admin = { id: await userId(db, 'beheer@kring.example') };
	// A debt circle in Centrum with seven members who joined two months ago.
	[{ id: circleId }] = await service<{ id: string }>(
		`insert into public.circles (slug, name, description, theme_slugs, neighbourhood_id, status, created_by)
		 values ('stem-test', 'Stemkring', 'Een kring om de stem van bewoners te testen.', '{debt}',
		   (select id from public.neighbourhoods where slug = 'centrum'), 'published', $1) returning id`,
		[a.worker!.id]
	);
	const people = await service<{ id: string }>(
		`select id from auth.users where email like 'r%@kring.example' order by email limit 7`
	);
	for (const p of people) {
		members.push(p.id);
		await service(
			`insert into public.memberships (circle_id, user_id, role, joined_at)
			 values ($1, $2, 'member', now() - interval '60 days')`,
			[circleId, p.id]
		);
	}
	a.member = { id: members[0] };
}, 120_000);
afterAll(() => db?.close());

describe('the short survey', () => {
	it('asks a settled member once a round; an answer or "not now" ends the round', async () => {
		expect(await shouldAskVoice(db, a.member, circleId)).toBe(true);
		expect(await shouldAskVoice(db, a.outsider, circleId)).toBe(false);
		expect(await shouldAskVoice(db, a.anon, circleId)).toBe(false);
		expect(await answerVoice(db, a.member, circleId, null)).toBe(true);
		expect(await shouldAskVoice(db, a.member, circleId)).toBe(false);
		// Not nagging: a second answer in the same round is refused.
		expect(await answerVoice(db, a.member, circleId, { helps_with: ['peers'], missing: [] })).toBe(
			false
		);
		// A new member is left alone for the first weeks.
		await service(
			`update public.memberships set joined_at = now() where user_id = $1 and circle_id = $2`,
			[members[1], circleId]
		);
		expect(await shouldAskVoice(db, { id: members[1] }, circleId)).toBe(false);
		await service(
			`update public.memberships set joined_at = now() - interval '60 days' where user_id = $1 and circle_id = $2`,
			[members[1], circleId]
		);
	});

	it('members answer only for their own circles, read only their own answers', async () => {
		const insert = `insert into public.circle_voices (circle_id, user_id, status, helps_with)
		  values ($1, $2, 'answered', '{peers}') returning id`;
		expect(await denied(a.outsider, insert, [circleId, a.outsider!.id])).toBe(true);
		expect(await denied(a.anon, insert, [circleId, a.member!.id])).toBe(true);
		// Not in someone else's name.
		expect(await denied({ id: members[2] }, insert, [circleId, a.member!.id])).toBe(true);
		for (const who of [a.outsider, a.worker, a.admin, { id: members[2] }])
			expect(
				await denied(who, `select * from public.circle_voices where user_id = $1`, [a.member!.id])
			).toBe(true);
		expect(
			await as(a.member, `select status from public.circle_voices where circle_id = $1`, [circleId])
		).toEqual([{ status: 'skipped' }]);
		expect(await denied(a.anon, `select private.circle_voice_counts()`)).toBe(true);
	});

	it('workers see counts of their area only, suppressed below 5', async () => {
		// Members 1–6 answer: all six find peers, three miss a volunteer.
		for (const [i, id] of members.slice(1).entries())
			expect(
				await answerVoice(db, { id }, circleId, {
					helps_with: ['peers'],
					missing: i < 3 ? ['volunteer'] : []
				})
			).toBe(true);
		const counts = await voiceCounts(db, a.worker);
		const peers = counts.find((c) => c.question === 'helps' && c.option === 'peers');
		expect(peers?.people).toBe(6);
		const helps = voiceTable(counts, 'helps', helpsOptions);
		expect(helps[0].cells.find((c) => c.option === 'peers')?.shown).toEqual({
			kind: 'exact',
			value: 6
		});
		const missing = voiceTable(counts, 'missing', missingOptions);
		expect(missing[0].cells.find((c) => c.option === 'volunteer')?.shown).toEqual({
			kind: 'small'
		});
		// Another neighbourhood's worker sees nothing of Centrum; the admin sees it.
		expect(await voiceCounts(db, a.otherWorker)).toEqual([]);
		expect((await voiceCounts(db, a.admin)).length).toBeGreaterThan(0);
		expect(await voiceCounts(db, a.outsider)).toEqual([]);
	});
});

describe('stories for the municipality', () => {
	it('a resident shares a story named or anonymous; workers read it without the writer', async () => {
		const named = await shareStory(db, a.outsider, {
			title: 'Hoe de kring me hielp',
			body: 'Door de kring durfde ik mijn post weer open te maken.',
			theme_slugs: ['debt'],
			neighbourhood_id: null,
			named: true
		});
		const anonymous = await shareStory(db, a.member, {
			title: 'Wat er beter kan',
			body: 'Ik wou dat er sneller een vrijwilliger was.',
			theme_slugs: [],
			neighbourhood_id: null,
			named: false
		});
		const read = await storiesForMunicipality(db, a.worker);
		expect(read.find((s) => s.id === named)?.author).toBe('Sanne de Vries');
		expect(read.find((s) => s.id === anonymous)?.author).toBeNull();
		expect(JSON.stringify(read)).not.toContain(a.member!.id);
		expect(await storiesForMunicipality(db, a.otherWorker)).toHaveLength(2);
		// Residents, even the writer, and anonymous visitors do not read the municipality's list.
		expect(await storiesForMunicipality(db, a.outsider)).toEqual([]);
		expect(await denied(a.anon, `select * from private.stories_for_municipality()`)).toBe(true);
		// Direct reads: only the writer.
		for (const who of [a.worker, a.admin, a.member, a.anon])
			expect(
				await denied(who, `select * from public.resident_stories where id = $1`, [named])
			).toBe(true);
		expect(await myStories(db, a.outsider)).toHaveLength(1);
	});

	it('nobody else changes or withdraws it; withdrawal by the writer removes it', async () => {
		const [story] = await myStories(db, a.outsider);
		for (const who of [a.worker, a.admin, a.member])
			expect(
				await denied(who, `delete from public.resident_stories where id = $1 returning id`, [
					story.id
				])
			).toBe(true);
		expect(
			await denied(
				a.worker,
				`update public.resident_stories set body = 'Anders verteld, door een ander.' where id = $1 returning id`,
				[story.id]
			)
		).toBe(true);
		expect(
			await denied(
				a.outsider,
				`update public.resident_stories set user_id = $2 where id = $1 returning id`,
				[story.id, a.member!.id]
			)
		).toBe(true);
		expect(await withdrawStory(db, a.member, story.id)).toBe(false);
		expect(await withdrawStory(db, a.outsider, story.id)).toBe(true);
		const [{ n }] = await service<{ n: number }>(
			`select count(*)::int as n from public.resident_stories where id = $1`,
			[story.id]
		);
		expect(n).toBe(0);
		expect((await storiesForMunicipality(db, a.worker)).map((s) => s.id)).not.toContain(story.id);
	});

	it('both are in the resident’s own export', async () => {
		const data = await exportMyData(db, { id: a.member!.id, email: 'x@example.org' });
		expect(data.circle_voices).toHaveLength(1);
		expect(data.stories.map((s) => s.title)).toEqual(['Wat er beter kan']);
	});
});
