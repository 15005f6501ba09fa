import { error, fail, redirect } from '@sveltejs/kit';
import { messageSchema } from '$lib/schemas/volunteers';
import { listSkills } from '$lib/server/volunteers';
import { listThemes } from '$lib/server/reference';
import {
	getMyMatch,
	listConversation,
	sendConversationMessage,
	VolunteerError,
	volunteerErrorMessage
} from '$lib/server/volunteers';
import { crisisGateForVolunteerMessage } from '$lib/server/safety/alerts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const match = await getMyMatch(locals.db, locals.user, params.id).catch(() => null);
	if (!match) error(404, 'Not found');
	const [messages, skills, themes] = await Promise.all([
		listConversation(locals.db, locals.user, params.id),
		listSkills(locals.db, locals.user),
		listThemes(locals.db, locals.user)
	]);
	// After a message about suicide or self-harm: 113 and 112 first on the page.
	const crisis = url.searchParams.get('notice') === 'crisis';
	return { match, messages, skills, themes, crisis };
}) satisfies PageServerLoad;

export const actions = {
	send: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/volunteer/matches/${params.id}`);
		const parsed = messageSchema.safeParse({ body: (await request.formData()).get('body') ?? '' });
		if (!parsed.success) return fail(400, { messageError: parsed.error.issues[0].message });
		const result = await sendConversationMessage(
			locals.db,
			locals.user,
			params.id,
			parsed.data.body
		);
		if (result instanceof VolunteerError) {
			return fail(400, { messageError: volunteerErrorMessage(result.code) });
		}
		if (await crisisGateForVolunteerMessage(locals.db, result, parsed.data.body)) {
			redirect(303, `/volunteer/matches/${params.id}?notice=crisis`);
		}
		redirect(303, `/volunteer/matches/${params.id}#conversation-title`);
	}
} satisfies Actions;
