import { error, redirect } from '@sveltejs/kit';
import {
	acceptInvitation,
	declineInvitation,
	listMyQuestions,
	myPendingInvitations
} from '$lib/server/questions';
import { listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [questions, invitations, themes] = await Promise.all([
		listMyQuestions(locals.db, locals.user),
		myPendingInvitations(locals.db, locals.user),
		listThemes(locals.db, locals.user)
	]);
	return { questions, invitations, themes, declined: url.searchParams.has('declined') };
}) satisfies PageServerLoad;

export const actions = {
	accept: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/questions');
		const id = String((await request.formData()).get('invitation') ?? '');
		const slug = await acceptInvitation(locals.db, locals.user, id);
		if (!slug) error(404, 'No open invitation');
		redirect(303, `/circles/${slug}`);
	},
	decline: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/questions');
		const id = String((await request.formData()).get('invitation') ?? '');
		await declineInvitation(locals.db, locals.user, id);
		redirect(303, '/questions?declined');
	}
} satisfies Actions;
