import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { getLocale } from '$lib/paraglide/runtime';
import { listBlocked, listMyConsents, unblockPerson, withdrawConsent } from '$lib/server/privacy';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [consents, blocked] = await Promise.all([
		listMyConsents(locals.db, locals.user, getLocale() === 'en' ? 'en' : 'nl'),
		listBlocked(locals.db, locals.user)
	]);
	return { consents, blocked, notice: url.searchParams.get('notice') };
}) satisfies PageServerLoad;

export const actions = {
	withdraw: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/profile/privacy');
		const id = z.uuid().safeParse((await request.formData()).get('id'));
		if (!id.success) return fail(400, {});
		const done = await withdrawConsent(locals.db, locals.user, id.data);
		redirect(303, `/profile/privacy?notice=${done ? 'withdrawn' : 'gone'}`);
	},
	unblock: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/profile/privacy');
		const id = z.uuid().safeParse((await request.formData()).get('id'));
		if (!id.success) return fail(400, {});
		await unblockPerson(locals.db, locals.user, id.data);
		redirect(303, '/profile/privacy?notice=unblocked#blocked');
	}
} satisfies Actions;
