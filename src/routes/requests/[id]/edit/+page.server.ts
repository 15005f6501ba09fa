import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { helpRequestSchema } from '$lib/schemas/volunteers';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import {
	getHelpRequest,
	listSkills,
	updateHelpRequest,
	VolunteerError,
	volunteerErrorMessage
} from '$lib/server/volunteers';
import { crisisGateForHelpRequest } from '$lib/server/safety/alerts';
import type { Actions, PageServerLoad } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load = (async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!uuid.test(params.id)) error(404, 'Not found');
	const detail = await getHelpRequest(locals.db, locals.user, params.id);
	if (!detail || !detail.owner || detail.request.status === 'closed') error(404, 'Not found');
	const r = detail.request;
	const [skills, themes, neighbourhoods] = await Promise.all([
		listSkills(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	const form = await superValidate(
		{
			skill_slug: r.skill_slug as never,
			theme_slug: r.theme_slug ?? '',
			body: r.body,
			circle_id: r.circle_id ?? '',
			neighbourhood_id: r.neighbourhood_id ?? '',
			online: r.online,
			time_slots: r.time_slots,
			one_off_date: r.one_off_date ?? '',
			ends_on: r.ends_on ?? '',
			hours: r.hours,
			urgency: r.urgency,
			involves_children: r.involves_children,
			home_visit: r.home_visit,
			languages: r.languages as never
		},
		zod4(helpRequestSchema)
	);
	return { form, skills, themes, neighbourhoods, id: r.id };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/requests/${params.id}/edit`);
		const form = await superValidate(request, zod4(helpRequestSchema));
		if (!form.valid) return fail(400, { form });
		const result = await updateHelpRequest(locals.db, locals.user, params.id, form.data);
		if (result instanceof VolunteerError) {
			return fail(400, { form, error: volunteerErrorMessage(result.code) });
		}
		await crisisGateForHelpRequest(
			locals.db,
			{ requesterId: locals.user.id, neighbourhoodId: form.data.neighbourhood_id || null },
			form.data.body ?? ''
		);
		redirect(303, `/requests/${params.id}`);
	}
} satisfies Actions;
