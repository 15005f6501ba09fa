import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { profileSchema } from '$lib/schemas/profile';
import { getMyProfile, updateMyProfile } from '$lib/server/profiles';
import { listNeighbourhoods } from '$lib/server/reference';
import { openHelperInvitation } from '$lib/server/volunteers/helpers';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [profile, neighbourhoods, helperInvitation] = await Promise.all([
		getMyProfile(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user),
		openHelperInvitation(locals.db, locals.user)
	]);
	if (!profile) redirect(303, '/signin');
	const form = await superValidate(
		{
			display_name: profile.display_name,
			pseudonym: profile.pseudonym ?? '',
			languages: profile.languages as never,
			neighbourhood_id: profile.neighbourhood_id ?? ''
		},
		zod4(profileSchema)
	);
	return {
		form,
		neighbourhoods,
		roles: profile.roles,
		saved: url.searchParams.has('saved'),
		helperInvitation: helperInvitation?.id ?? null
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/profile');
		const form = await superValidate(request, zod4(profileSchema));
		if (!form.valid) return fail(400, { form });
		await updateMyProfile(locals.db, locals.user, form.data);
		redirect(303, '/profile?saved');
	}
} satisfies Actions;
