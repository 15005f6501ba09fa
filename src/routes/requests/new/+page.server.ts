import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { helpRequestSchema } from '$lib/schemas/volunteers';
import { getMyProfile } from '$lib/server/profiles';
import { crisisGateForHelpRequest } from '$lib/server/safety/alerts';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import {
	createHelpRequest,
	listHostedCircles,
	listSkills,
	VolunteerError,
	volunteerErrorMessage
} from '$lib/server/volunteers';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [profile, skills, themes, neighbourhoods, circles] = await Promise.all([
		getMyProfile(locals.db, locals.user),
		listSkills(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user),
		listHostedCircles(locals.db, locals.user)
	]);
	const circle = url.searchParams.get('circle') ?? '';
	const form = await superValidate(
		{
			neighbourhood_id: profile?.neighbourhood_id ?? '',
			languages: (profile?.languages ?? ['nl']) as never,
			circle_id: circles.some((c) => c.id === circle) ? circle : '',
			hours: 1
		},
		zod4(helpRequestSchema),
		{ errors: false }
	);
	return { form, skills, themes, neighbourhoods, circles };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/requests/new');
		const form = await superValidate(request, zod4(helpRequestSchema));
		if (!form.valid) return fail(400, { form });
		const id = await createHelpRequest(locals.db, locals.user, form.data);
		if (id instanceof VolunteerError) {
			return fail(400, { form, error: volunteerErrorMessage(id.code) });
		}
		// Stored as normal; words about suicide or self-harm tell the neighbourhood's workers
		// (the request page shows 113 and 112 first).
		await crisisGateForHelpRequest(
			locals.db,
			{ requesterId: locals.user.id, neighbourhoodId: form.data.neighbourhood_id || null },
			form.data.body ?? ''
		);
		redirect(303, `/requests/${id}?asked`);
	}
} satisfies Actions;
