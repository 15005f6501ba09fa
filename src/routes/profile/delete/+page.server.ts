import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { confirmsDeletion, deleteAccountSchema } from '$lib/schemas/account';
import { eraseMyAccount, lastHostedCircles } from '$lib/server/account';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) {
		if (url.searchParams.has('done')) return { done: true as const };
		redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	}
	return {
		done: false as const,
		form: await superValidate(zod4(deleteAccountSchema)),
		circles: await lastHostedCircles(locals.db, locals.user)
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request, cookies, getClientAddress }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/profile/delete');
		const form = await superValidate(request, zod4(deleteAccountSchema));
		if (!form.valid) return fail(400, { form });
		const word = m.account_delete_word();
		if (!confirmsDeletion(form.data.confirm, word))
			return setError(form, 'confirm', m.account_delete_word_wrong({ word }));
		const result = await eraseMyAccount(locals.db, locals.user);
		if (!result.ok) return fail(409, { form, circles: result.circles });
		// The sessions are gone with the account; this also clears the browser's cookie.
		await locals.auth.signOut({ cookies, clientAddress: getClientAddress() }).catch(() => {});
		redirect(303, '/profile/delete?done');
	}
} satisfies Actions;
