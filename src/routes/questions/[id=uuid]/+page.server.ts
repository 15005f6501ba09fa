import { error, redirect } from '@sveltejs/kit';
import {
	answerCheckIn,
	checkInResponses,
	closeQuestion,
	readCheckIn,
	type CheckInResponse
} from '$lib/server/aftercare';
import { setQuestionStatus, suggestionsForQuestion } from '$lib/server/questions';
import { listThemes } from '$lib/server/reference';
import { assessText } from '$lib/server/safety/crisis';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [found, themes, aftercare] = await Promise.all([
		suggestionsForQuestion(locals.db, locals.user, params.id),
		listThemes(locals.db, locals.user),
		readCheckIn(locals.db, locals.user, params.id)
	]);
	if (!found) error(404, 'Not found');
	// Words about suicide or self-harm: 113 and 112 first, and no circle offered as the answer.
	// Heavy or hopeless words: a calm line with 113 above the circles, which stay.
	const level = assessText(found.question.body).level;
	const crisis = level === 'crisis';
	return {
		question: found.question,
		crisis,
		concern: level === 'concern',
		unsure: found.result.unsure,
		suggestions: (crisis ? [] : found.result.suggestions).map((s) => ({
			slug: s.circle.slug,
			name: s.circle.name,
			name_en: s.circle.name_en,
			reasons: s.reasons
		})),
		themes,
		aftercare,
		asked: url.searchParams.has('asked'),
		saved: url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

const statusAction =
	(status: 'open' | 'paused' | 'closed') =>
	async ({ locals, params }: { locals: App.Locals; params: { id: string } }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/questions/${params.id}`);
		if (!(await setQuestionStatus(locals.db, locals.user, params.id, status))) {
			error(404, 'Not found');
		}
		redirect(303, `/questions/${params.id}?saved`);
	};

export const actions = {
	pause: statusAction('paused'),
	close: statusAction('closed'),
	reopen: statusAction('open'),
	/** Closed because it helped: three months on, one check-in asks how it goes. */
	helped: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/questions/${params.id}`);
		if (!(await closeQuestion(locals.db, locals.user, params.id, 'helped')))
			error(404, 'Not found');
		redirect(303, `/questions/${params.id}?saved`);
	},
	/** The answer to the aftercare check-in: reopen, look for a circle, or all is well. */
	aftercare: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/questions/${params.id}`);
		const response = String((await request.formData()).get('response') ?? '');
		if (!checkInResponses.includes(response as CheckInResponse)) error(400, 'Unknown answer');
		const ok = await answerCheckIn(locals.db, locals.user, params.id, response as CheckInResponse);
		if (!ok) error(404, 'Not found');
		redirect(303, response === 'circle' ? `/circles` : `/questions/${params.id}?saved`);
	}
} satisfies Actions;
