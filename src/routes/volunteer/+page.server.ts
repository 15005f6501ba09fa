import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { answerSchema, volunteerProfileSchema } from '$lib/schemas/volunteers';
import { getMyProfile } from '$lib/server/profiles';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import {
	answerProposal,
	getVolunteerProfile,
	listMyProposals,
	listSkills,
	saveVolunteerProfile,
	setVolunteerStatus,
	VolunteerError,
	volunteerErrorMessage
} from '$lib/server/volunteers';
import {
	answerHelperInvitation,
	openHelperInvitation,
	prefillFromInvitation
} from '$lib/server/volunteers/helpers';
import type { Actions, PageServerLoad } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const asked = url.searchParams.get('invitation');
	const [volunteer, person, skills, themes, neighbourhoods, proposals, invitation] =
		await Promise.all([
			getVolunteerProfile(locals.db, locals.user),
			getMyProfile(locals.db, locals.user),
			listSkills(locals.db, locals.user),
			listThemes(locals.db, locals.user),
			listNeighbourhoods(locals.db, locals.user),
			listMyProposals(locals.db, locals.user),
			// From helped to helper: an open invitation prefills the form with its theme.
			openHelperInvitation(locals.db, locals.user, asked && uuid.test(asked) ? asked : null)
		]);
	const values = prefillFromInvitation(
		volunteer
			? {
					intro: volunteer.intro,
					skills: volunteer.skills,
					experience_themes: volunteer.experience_themes,
					languages: volunteer.languages,
					neighbourhood_ids: volunteer.neighbourhood_ids,
					online: volunteer.online,
					availability: volunteer.availability,
					hours_per_week: volunteer.hours_per_week
				}
			: {
					languages: (person?.languages ?? ['nl']) as never,
					neighbourhood_ids: person?.neighbourhood_id ? [person.neighbourhood_id] : [],
					hours_per_week: 2
				},
		invitation
	);
	const form = await superValidate(values, zod4(volunteerProfileSchema), { errors: false });
	return {
		form,
		volunteer,
		skills,
		themes,
		neighbourhoods,
		proposals,
		invitation,
		saved: url.searchParams.has('saved'),
		answered: url.searchParams.get('answered')
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/volunteer');
		const form = await superValidate(request, zod4(volunteerProfileSchema));
		if (!form.valid) return fail(400, { form });
		const result = await saveVolunteerProfile(locals.db, locals.user, form.data);
		if (result instanceof VolunteerError) {
			return fail(400, { form, error: volunteerErrorMessage(result.code) });
		}
		const invitation = String(form.data.invitation ?? '');
		if (uuid.test(invitation)) {
			await answerHelperInvitation(locals.db, locals.user, invitation, 'accepted');
		}
		redirect(303, '/volunteer?saved');
	},
	dismissInvitation: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/volunteer');
		const id = String((await request.formData()).get('invitation') ?? '');
		if (!uuid.test(id)) return fail(400, { error: volunteerErrorMessage('volunteers_invalid') });
		await answerHelperInvitation(locals.db, locals.user, id, 'dismissed');
		redirect(303, '/volunteer');
	},
	status: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/volunteer');
		const status = String((await request.formData()).get('status') ?? '');
		if (status !== 'active' && status !== 'paused' && status !== 'stopped') {
			return fail(400, { error: volunteerErrorMessage('volunteers_invalid') });
		}
		await setVolunteerStatus(locals.db, locals.user, status);
		redirect(303, '/volunteer?saved');
	},
	answer: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/volunteer');
		const data = await request.formData();
		const parsed = answerSchema.safeParse({
			proposal: data.get('proposal'),
			reason: data.get('reason') ?? ''
		});
		if (!parsed.success) {
			return fail(400, {
				answerError: parsed.error.issues[0].message,
				proposal: data.get('proposal')
			});
		}
		const accept = data.get('answer') === 'accept';
		const result = await answerProposal(
			locals.db,
			locals.user,
			parsed.data.proposal,
			accept,
			parsed.data.reason
		);
		if (result instanceof VolunteerError) {
			return fail(400, {
				answerError: volunteerErrorMessage(result.code),
				proposal: parsed.data.proposal
			});
		}
		if (accept) redirect(303, `/volunteer/matches/${parsed.data.proposal}?accepted`);
		redirect(303, '/volunteer?answered=declined');
	}
} satisfies Actions;
