import { error, redirect } from '@sveltejs/kit';
import { setQuestionStatus, suggestionsForQuestion } from '$lib/server/questions';
import { listThemes } from '$lib/server/reference';
import { detectCrisis } from '$lib/server/safety/crisis';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [found, themes] = await Promise.all([
		suggestionsForQuestion(locals.db, locals.user, params.id),
		listThemes(locals.db, locals.user)
	]);
	if (!found) error(404, 'Not found');
	// Words about suicide or self-harm: 113 and 112 first, and no circle offered as the answer.
	const crisis = detectCrisis(found.question.body).crisis;
	return {
		question: found.question,
		crisis,
		unsure: found.result.unsure,
		suggestions: (crisis ? [] : found.result.suggestions).map((s) => ({
			slug: s.circle.slug,
			name: s.circle.name,
			name_en: s.circle.name_en,
			reasons: s.reasons
		})),
		themes,
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
	reopen: statusAction('open')
} satisfies Actions;
