/**
 * From helped to helper (issue 12 point 6). The database invites a resident once per theme
 * when they close a request as helped (a trigger) or have been a member of a circle for
 * three months (the daily job below); here the person reads and answers that invitation,
 * and the volunteer form is prefilled with the theme as experience.
 */
import { asService, withUser, type Database, type Sql } from '../db';
import type { VolunteerProfileInput } from '$lib/schemas/volunteers';

type User = { id: string };

export type HelperInvitation = {
	id: string;
	source: 'request' | 'membership' | 'question';
	theme_slug: string | null;
	skill_slug: string | null;
};

/** The person's open invitation: the one asked for, else the newest. */
export async function openHelperInvitation(
	db: Database,
	user: User,
	id: string | null = null
): Promise<HelperInvitation | null> {
	const rows = await withUser(db, user, (tx) =>
		tx.query<HelperInvitation>(
			`select id, source, theme_slug, skill_slug from public.helper_invitations
			 where answer is null and ($1::uuid is null or id = $1::uuid)
			 order by created_at desc limit 1`,
			[id]
		)
	);
	return rows[0] ?? null;
}

/** Accepts or dismisses one's own open invitation; false when there was none. */
export async function answerHelperInvitation(
	db: Database,
	user: User,
	id: string,
	answer: 'accepted' | 'dismissed'
): Promise<boolean> {
	const rows = await withUser(db, user, (tx) =>
		tx.query(
			`update public.helper_invitations set answer = $2, answered_at = now()
			 where id = $1 and answer is null returning id`,
			[id, answer]
		)
	);
	return rows.length > 0;
}

/**
 * The volunteer form's values with the invitation's theme added as experience (and the
 * experience-expert skill that goes with it); without a theme, nothing is guessed.
 */
export function prefillFromInvitation<T extends Partial<VolunteerProfileInput>>(
	values: T,
	invitation: HelperInvitation | null
): T {
	if (!invitation) return values;
	if (!invitation.theme_slug) return { ...values, invitation: invitation.id };
	const skills = values.skills ?? [];
	const themes = values.experience_themes ?? [];
	return {
		...values,
		invitation: invitation.id,
		skills: skills.includes('experience-expert') ? skills : [...skills, 'experience-expert'],
		experience_themes: themes.includes(invitation.theme_slug)
			? themes
			: [...themes, invitation.theme_slug].slice(0, 5)
	};
}

/** Daily (service path): members of three months, once per theme of their circle. */
export function inviteLongMembers(db: Database): Promise<number> {
	return asService(db, (tx: Sql) => inviteLongMembersIn(tx));
}

export async function inviteLongMembersIn(tx: Sql): Promise<number> {
	const [row] = await tx.query<{ n: number }>(
		`select private.volunteers_invite_long_members() as n`
	);
	return row.n;
}
