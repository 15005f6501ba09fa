import { fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { chosenNameSchema } from '$lib/schemas/sign-in';
import { saveChosenName } from '$lib/server/auth/name';
import { safeRedirect } from '$lib/server/auth/redirect';
import type { Actions, PageServerLoad } from './$types';

// Right after the first sign-in: the name others see, instead of anything from the email
// address (issue 10, point 17). Until it is chosen, the profile has a neutral placeholder.
export const load = (async ({ locals, url }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), url.origin);
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const form = await superValidate(zod4(chosenNameSchema), { errors: false });
	return { form, redirectTo };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request, url }) => {
		if (!locals.user) redirect(303, '/signin');
		const form = await superValidate(request, zod4(chosenNameSchema));
		if (!form.valid) return fail(400, { form });
		await saveChosenName(locals.db, locals.user, form.data.name);
		redirect(303, safeRedirect(url.searchParams.get('redirectTo'), url.origin));
	}
} satisfies Actions;
