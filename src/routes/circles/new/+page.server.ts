import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { circleSchema } from '$lib/schemas/circle';
import { ruleMessage } from '$lib/rules';
import { createCircle } from '$lib/server/circles';
import { attempt, DomainError } from '$lib/server/errors';
import { getMyProfile } from '$lib/server/profiles';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

const canPublish = (roles: string[]) => roles.includes('worker') || roles.includes('admin');

export const load = (async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?redirectTo=/circles/new');
	const [profile, themes, neighbourhoods] = await Promise.all([
		getMyProfile(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	const form = await superValidate(
		{
			neighbourhood_id: profile?.neighbourhood_id ?? '',
			publish: canPublish(profile?.roles ?? [])
		},
		zod4(circleSchema),
		{ errors: false }
	);
	return { form, themes, neighbourhoods, canPublish: canPublish(profile?.roles ?? []) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/circles/new');
		const form = await superValidate(request, zod4(circleSchema));
		if (!form.valid) return fail(400, { form });
		const profile = await getMyProfile(locals.db, locals.user);
		const publish = form.data.publish && canPublish(profile?.roles ?? []);
		const slug = await attempt(() => createCircle(locals.db, locals.user!, form.data, publish));
		// The database limits how many proposals wait for review per person (issue 10, point 10).
		if (slug instanceof DomainError) return message(form, ruleMessage(slug.code), { status: 409 });
		redirect(303, `/circles/${slug}`);
	}
} satisfies Actions;
