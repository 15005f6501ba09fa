import { error, fail, redirect } from '@sveltejs/kit';
import { closeSchema, messageSchema } from '$lib/schemas/volunteers';
import { listThemes } from '$lib/server/reference';
import {
	answerInvitation,
	blockConversationPartner,
	conversationBlocked,
	getHelpRequest,
	listConversation,
	listSkills,
	sendConversationMessage,
	setRequestStatus,
	VolunteerError,
	volunteerErrorMessage
} from '$lib/server/volunteers';
import { assessText } from '$lib/server/safety/crisis';
import { crisisGateForVolunteerMessage } from '$lib/server/safety/alerts';
import { flashSafetyNotice, takeSafetyNotice } from '$lib/server/safety/notice';
import type { Actions, PageServerLoad } from './$types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const load = (async ({ locals, params, url, cookies, setHeaders }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!uuid.test(params.id)) error(404, 'Not found');
	const detail = await getHelpRequest(locals.db, locals.user, params.id);
	if (!detail || !detail.owner) error(404, 'Not found');
	const conversation = detail.match?.status === 'accepted' && !detail.request.circle_id;
	const level = assessText(detail.request.body).level;
	const [skills, themes, messages, closed] = await Promise.all([
		listSkills(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		conversation ? listConversation(locals.db, locals.user, detail.match!.id) : [],
		conversation ? conversationBlocked(locals.db, locals.user, detail.match!.id) : false
	]);
	return {
		...detail,
		skills,
		themes,
		messages,
		closed,
		blocked: url.searchParams.get('notice') === 'blocked',
		asked: url.searchParams.has('asked'),
		// Words about suicide or self-harm: 113 and 112 first on the page.
		crisis: level === 'crisis',
		// Heavy or hopeless words: a calm line with 113 (nothing stored, nobody told).
		concern: level === 'concern',
		// The same after a message in the conversation (sent as normal; a worker is told).
		messageCrisis:
			takeSafetyNotice(
				{ cookies, setHeaders },
				'request',
				`/requests/${params.id}`,
				locals.user.id
			) === 'crisis'
	};
}) satisfies PageServerLoad;

const fromResult = (result: unknown) =>
	result instanceof VolunteerError
		? fail(400, { error: volunteerErrorMessage(result.code) })
		: null;

export const actions = {
	pause: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/requests/${params.id}`);
		const failed = fromResult(await setRequestStatus(locals.db, locals.user, params.id, 'paused'));
		if (failed) return failed;
		redirect(303, `/requests/${params.id}`);
	},
	reopen: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/requests/${params.id}`);
		const failed = fromResult(await setRequestStatus(locals.db, locals.user, params.id, 'open'));
		if (failed) return failed;
		redirect(303, `/requests/${params.id}`);
	},
	close: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/requests/${params.id}`);
		const parsed = closeSchema.safeParse({ reason: (await request.formData()).get('reason') });
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0].message });
		const failed = fromResult(
			await setRequestStatus(locals.db, locals.user, params.id, 'closed', parsed.data.reason)
		);
		if (failed) return failed;
		redirect(303, `/requests/${params.id}`);
	},
	invitation: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/requests/${params.id}`);
		const accept = (await request.formData()).get('answer') === 'accept';
		const slug = await answerInvitation(locals.db, locals.user, params.id, accept);
		const failed = fromResult(slug);
		if (failed) return failed;
		if (accept && slug) redirect(303, `/circles/${slug}`);
		redirect(303, `/requests/${params.id}`);
	},
	send: async ({ locals, params, request, cookies }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/requests/${params.id}`);
		const body = String((await request.formData()).get('body') ?? '');
		const parsed = messageSchema.safeParse({ body });
		if (!parsed.success) return fail(400, { messageError: parsed.error.issues[0].message, body });
		const detail = await getHelpRequest(locals.db, locals.user, params.id);
		if (!detail?.match || detail.match.status !== 'accepted') {
			return fail(400, { messageError: volunteerErrorMessage('volunteers_not_found'), body });
		}
		const result = await sendConversationMessage(
			locals.db,
			locals.user,
			detail.match.id,
			parsed.data.body
		);
		if (result instanceof VolunteerError) {
			return fail(400, { messageError: volunteerErrorMessage(result.code), body });
		}
		if (await crisisGateForVolunteerMessage(locals.db, result, parsed.data.body)) {
			flashSafetyNotice(cookies, 'request', `/requests/${params.id}`, locals.user.id, 'crisis');
			redirect(303, `/requests/${params.id}`);
		}
		redirect(303, `/requests/${params.id}#conversation-title`);
	},
	block: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/requests/${params.id}`);
		const detail = await getHelpRequest(locals.db, locals.user, params.id);
		if (
			!detail?.match ||
			!(await blockConversationPartner(locals.db, locals.user, detail.match.id))
		) {
			return fail(400, { messageError: volunteerErrorMessage('volunteers_not_found') });
		}
		redirect(303, `/requests/${params.id}?notice=blocked`);
	}
} satisfies Actions;
