import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asService } from '../../src/lib/server/db/session';
import { helpRequestSchema, volunteerProfileSchema } from '../../src/lib/schemas/volunteers';
import {
	createHelpRequest,
	getVolunteerProfile,
	saveVolunteerProfile,
	setRequestStatus
} from '../../src/lib/server/volunteers';
import {
	answerHelperInvitation,
	inviteLongMembers,
	openHelperInvitation,
	prefillFromInvitation
} from '../../src/lib/server/volunteers/helpers';
import { roleQueries } from '../helpers/rls';
import { closeQuestion } from '../../src/lib/server/aftercare';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// From helped to helper (issue 12 point 6): closing a request as helped, or three months
// in a circle, invites a resident once per theme; the volunteer form is prefilled.

let db: TestDatabase;
let centrum: string;
let theme: string;
let resident: { id: string };
let other: { id: string };
const { as, denied } = roleQueries(() => db);

async function service<T = Record<string, unknown>>(text: string, params: unknown[] = []) {
	return asService(db, (tx) => tx.query<T>(text, params));
}

async function askAndClose(reason: 'helped' | 'no_longer_needed', extra = {}) {
	const id = await createHelpRequest(
		db,
		resident,
		helpRequestSchema.parse({
			// someone who has been there, on a theme: the theme becomes the helper's experience
			skill_slug: 'experience-expert',
			theme_slug: theme,
			neighbourhood_id: centrum,
			time_slots: ['2-evening'],
			hours: 1,
			...extra
		})
	);
	expect(typeof id).toBe('string');
	expect(await setRequestStatus(db, resident, id as string, 'closed', reason)).toBe(id);
	return id as string;
}

const invitations = (who: { id: string }) =>
	service<{ id: string; source: string; theme_slug: string | null; answer: string | null }>(
		`select id, source, theme_slug, answer from public.helper_invitations where user_id = $1
		 order by created_at`,
		[who.id]
	);

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	resident = { id: await userId(db, 'r20@kring.example') };
	other = { id: await userId(db, 'r21@kring.example') };
	[{ id: centrum }] = await service<{ id: string }>(
		`select id from public.neighbourhoods where slug = 'centrum'`
	);
	[{ slug: theme }] = await service<{ slug: string }>(
		`select slug from public.themes order by sort_order limit 1`
	);
	await service(`delete from public.helper_invitations where user_id = any ($1)`, [
		[resident.id, other.id]
	]);
	await service(`delete from public.volunteer_profiles where user_id = any ($1)`, [
		[resident.id, other.id]
	]);
});
afterAll(() => db?.close());

describe('from helped to helper', () => {
	it('closing a request as "no longer needed" invites nobody', async () => {
		await askAndClose('no_longer_needed');
		expect(await invitations(resident)).toHaveLength(0);
	});

	it('closing a request as helped invites the resident once per theme, kindly, with a notification', async () => {
		await askAndClose('helped');
		await askAndClose('helped');
		const rows = await invitations(resident);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ source: 'request', theme_slug: theme, answer: null });
		const told = await service<{ link: string }>(
			`select link from public.notifications where user_id = $1 and kind = 'volunteer_helper_invitation'`,
			[resident.id]
		);
		expect(told).toEqual([{ link: `/volunteer?invitation=${rows[0].id}` }]);
	});

	it('closing a question as helped invites the resident too, once, for its first theme', async () => {
		const [{ id }] = await service<{ id: string }>(
			`insert into public.questions (user_id, body, theme_slugs) values ($1, 'Ik zoek mensen die dit kennen.', array[$2])
			 returning id`,
			[other.id, theme]
		);
		expect(await closeQuestion(db, other, id, 'helped')).toBe(true);
		await service(`update public.questions set status = 'open' where id = $1`, [id]);
		expect(await closeQuestion(db, other, id, 'helped')).toBe(true);
		const rows = await invitations(other);
		expect(rows).toEqual([expect.objectContaining({ source: 'question', theme_slug: theme })]);
		await service(`delete from public.helper_invitations where user_id = $1`, [other.id]);
	});

	it('only the person reads and answers their invitation', async () => {
		const [row] = await invitations(resident);
		const sql = `select id from public.helper_invitations where id = $1`;
		expect(await denied(resident, sql, [row.id])).toBe(false);
		expect(await denied(other, sql, [row.id])).toBe(true);
		expect(await denied(null, sql, [row.id])).toBe(true);
		expect(await answerHelperInvitation(db, other, row.id, 'dismissed')).toBe(false);
		// no inserts by anyone but the database's own rules
		await expect(
			as(
				resident,
				`insert into public.helper_invitations (user_id, source, theme_slug) values ($1, 'request', $2)`,
				[resident.id, 'debt']
			)
		).rejects.toThrow(/permission denied|row-level security/);
	});

	it('the volunteer form is prefilled with the theme as experience; saving accepts it, once', async () => {
		const invitation = await openHelperInvitation(db, resident);
		expect(invitation?.theme_slug).toBe(theme);
		const values = prefillFromInvitation(
			{ skills: ['listening-ear' as const], experience_themes: [] as string[] },
			invitation
		);
		expect(values).toMatchObject({
			skills: ['listening-ear', 'experience-expert'],
			experience_themes: [theme],
			invitation: invitation!.id
		});
		const saved = await saveVolunteerProfile(
			db,
			resident,
			volunteerProfileSchema.parse({
				...values,
				neighbourhood_ids: [centrum],
				availability: ['2-evening'],
				hours_per_week: 2
			})
		);
		expect(saved).toBeTruthy();
		expect(await answerHelperInvitation(db, resident, invitation!.id, 'accepted')).toBe(true);
		expect(await answerHelperInvitation(db, resident, invitation!.id, 'dismissed')).toBe(false);
		expect((await getVolunteerProfile(db, resident))?.experience_themes).toEqual([theme]);
		expect(await openHelperInvitation(db, resident)).toBeNull();
	});

	it('members of three months are invited once per theme of their circle', async () => {
		const [circle] = await service<{ id: string; theme_slugs: string[] }>(
			`select id, theme_slugs from public.circles where status = 'published' order by slug limit 1`
		);
		await service(
			`insert into public.memberships (circle_id, user_id, role, joined_at)
			 values ($1, $2, 'member', now() - interval '4 months')
			 on conflict (circle_id, user_id) do update set joined_at = excluded.joined_at, role = 'member'`,
			[circle.id, other.id]
		);
		expect(await inviteLongMembers(db)).toBeGreaterThanOrEqual(circle.theme_slugs.length);
		const rows = await invitations(other);
		expect(rows.map((r) => r.theme_slug).sort()).toEqual([...circle.theme_slugs].sort());
		expect(rows.every((r) => r.source === 'membership')).toBe(true);
		const again = await inviteLongMembers(db);
		expect(await invitations(other)).toHaveLength(rows.length);
		expect(again).toBeGreaterThanOrEqual(0);
		// dismissing ends it for good
		expect(await answerHelperInvitation(db, other, rows[0].id, 'dismissed')).toBe(true);
		await inviteLongMembers(db);
		expect((await invitations(other)).filter((r) => r.answer === null)).toHaveLength(
			rows.length - 1
		);
	});
});
