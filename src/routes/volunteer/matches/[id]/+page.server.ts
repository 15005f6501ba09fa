import { error, fail, redirect } from '@sveltejs/kit';
import { messageSchema } from '$lib/schemas/volunteers';
import { listSkills } from '$lib/server/volunteers';
import { listThemes } from '$lib/server/reference';
import {
	blockConversationPartner,
	conversationBlocked,
	getMyMatch,
	listConversation,
	sendConversationMessage,
	VolunteerError,
	volunteerErrorMessage
} from '$lib/server/volunteers';
import { crisisGateForVolunteerMessage } from '$lib/server/safety/alerts';
import { flashSafetyNotice, takeSafetyNotice } from '$lib/server/safety/notice';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, cookies, setHeaders }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const match = await getMyMatch(locals.db, locals.user, params.id).catch(() => null);
	if (!match) error(404, 'Not found');
	const [messages, skills, themes, closed] = await Promise.all([
		listConversation(locals.db, locals.user, params.id),
		listSkills(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		conversationBlocked(locals.db, locals.user, params.id)
	]);
	// After a message about suicide or self-harm: 113 and 112 first on the page.
	const crisis =
		takeSafetyNotice(
			{ cookies, setHeaders },
			'match',
			`/volunteer/matches/${params.id}`,
			locals.user.id
		) === 'crisis';
	const blocked = url.searchParams.get('notice') === 'blocked';
	// Just said "Ja, ik help" (the answer action sends them here with ?accepted).
	const accepted = url.searchParams.has('accepted');
	return { match, messages, skills, themes, crisis, closed, blocked, accepted };
}) satisfies PageServerLoad;

export const actions = {
	send: async ({ locals, params, request, cookies }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/volunteer/matches/${params.id}`);
		const body = String((await request.formData()).get('body') ?? '');
		const parsed = messageSchema.safeParse({ body });
		if (!parsed.success) return fail(400, { messageError: parsed.error.issues[0].message, body });
		const result = await sendConversationMessage(
			locals.db,
			locals.user,
			params.id,
			parsed.data.body
		);
		if (result instanceof VolunteerError) {
			return fail(400, { messageError: volunteerErrorMessage(result.code), body });
		}
		if (await crisisGateForVolunteerMessage(locals.db, result, parsed.data.body)) {
			const path = `/volunteer/matches/${params.id}`;
			flashSafetyNotice(cookies, 'match', path, locals.user.id, 'crisis');
			redirect(303, path);
		}
		redirect(303, `/volunteer/matches/${params.id}#conversation-title`);
	},
	block: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/volunteer/matches/${params.id}`);
		if (!(await blockConversationPartner(locals.db, locals.user, params.id)))
			return fail(400, { messageError: volunteerErrorMessage('volunteers_not_found') });
		redirect(303, `/volunteer/matches/${params.id}?notice=blocked`);
	}
} satisfies Actions;
