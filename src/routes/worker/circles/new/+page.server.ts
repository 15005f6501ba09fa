import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { seedCircleSchema } from '$lib/schemas/question';
import { getMyProfile } from '$lib/server/profiles';
import { isWorker, startCircle } from '$lib/server/proposals';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!(await isWorker(locals.db, locals.user))) error(403, 'Only for neighbourhood workers');
	const [profile, themes, neighbourhoods] = await Promise.all([
		getMyProfile(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	const form = await superValidate(
		{ neighbourhood_id: profile?.neighbourhood_id ?? neighbourhoods[0]?.id },
		zod4(seedCircleSchema),
		{ errors: false }
	);
	return { form, themes, neighbourhoods };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/worker/circles/new');
		if (!(await isWorker(locals.db, locals.user))) error(403, 'Only for neighbourhood workers');
		const form = await superValidate(request, zod4(seedCircleSchema));
		if (!form.valid) return fail(400, { form });
		const circle = await startCircle(locals.db, locals.user, form.data);
		redirect(303, `/circles/${circle.slug}`);
	}
} satisfies Actions;
