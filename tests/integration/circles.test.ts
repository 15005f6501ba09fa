import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCircle, searchCircles } from '../../src/lib/server/circles';
import { getMyProfile, updateMyProfile } from '../../src/lib/server/profiles';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
});
afterAll(() => db?.close());

describe('browsing circles', () => {
	it('lists the public demo circles for anonymous visitors, without the private one', async () => {
		const all = await searchCircles(db, null, {});
		expect(all.length).toBeGreaterThanOrEqual(8);
		expect(all.map((c) => c.slug)).not.toContain('jonge-mantelzorgers');
		expect(all.find((c) => c.slug === 'autisme-cafe-ridderveld')?.member_count).toBeGreaterThan(1);
	});

	it('filters by theme and by neighbourhood', async () => {
		const grief = await searchCircles(db, null, { theme: 'grief' });
		expect(grief.map((c) => c.slug)).toEqual(['rouwkring-verder-na-verlies']);
		const ridderveld = await searchCircles(db, null, { neighbourhood: 'ridderveld' });
		expect(ridderveld.length).toBeGreaterThan(0);
		expect(ridderveld.every((c) => c.neighbourhood_slug === 'ridderveld')).toBe(true);
		expect(
			await searchCircles(db, null, { theme: 'parenting', neighbourhood: 'centrum' })
		).toHaveLength(1);
	});

	it('shows a circle page with hosts, but a private circle only to its members', async () => {
		const cafe = await getCircle(db, null, 'autisme-cafe-ridderveld');
		expect(cafe?.hosts).toEqual(['Mohamed El Amrani']);
		expect(cafe?.my_role).toBeNull();
		expect(await getCircle(db, null, 'jonge-mantelzorgers')).toBeNull();
		expect(
			await getCircle(db, { id: await userId(db, 'sanne@kring.example') }, 'jonge-mantelzorgers')
		).toBeNull();
		const host = { id: await userId(db, 'r37@kring.example') };
		expect((await getCircle(db, host, 'jonge-mantelzorgers'))?.my_role).toBe('host');
	});
});

describe('profiles', () => {
	it('saves name, pseudonym, languages and neighbourhood; a pseudonym replaces the name for others', async () => {
		const me = { id: await userId(db, 'mohamed@kring.example'), email: 'mohamed@kring.example' };
		const [centrum] = await db.query<{ id: string }>(
			`select id from public.neighbourhoods where slug = 'centrum'`
		);
		await updateMyProfile(db, me, {
			display_name: 'Mo',
			pseudonym: 'Vader van twee',
			languages: ['nl', 'ar'],
			neighbourhood_id: centrum.id
		});
		expect(await getMyProfile(db, me)).toMatchObject({
			display_name: 'Mo',
			pseudonym: 'Vader van twee',
			languages: ['nl', 'ar'],
			neighbourhood_id: centrum.id
		});
		expect((await getCircle(db, null, 'autisme-cafe-ridderveld'))?.hosts).toEqual([
			'Vader van twee'
		]);
		await updateMyProfile(db, me, {
			display_name: 'Mo',
			pseudonym: '',
			languages: ['nl'],
			neighbourhood_id: ''
		});
		expect(await getMyProfile(db, me)).toMatchObject({ pseudonym: null, neighbourhood_id: null });
	});
});

describe('demo town', () => {
	it('has the people the issue asks for', async () => {
		const [counts] = await db.query<Record<string, number>>(`
			select
			  (select count(*)::int from public.neighbourhoods) as neighbourhoods,
			  (select count(*)::int from public.circles) as circles,
			  (select count(distinct user_id)::int from public.questions) as residents_with_questions,
			  (select count(*)::int from public.profiles where 'volunteer' = any (roles)) as volunteers,
			  (select count(*)::int from public.profiles where 'worker' = any (roles)) as workers`);
		expect(counts.neighbourhoods).toBe(3);
		expect(counts.circles).toBeGreaterThanOrEqual(8);
		expect(counts.residents_with_questions).toBeGreaterThanOrEqual(60);
		expect(counts.volunteers).toBeGreaterThanOrEqual(15);
		expect(counts.workers).toBe(2);
	});
});
