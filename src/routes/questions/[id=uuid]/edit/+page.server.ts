import { error, fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { questionSchema } from '$lib/schemas/question';
import { recogniseThemes } from '$lib/server/matching/themes';
import { getMyQuestion, knownThemes, updateQuestion } from '$lib/server/questions';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import { assessText } from '$lib/server/safety/crisis';
import { crisisGateForQuestion } from '$lib/server/safety/alerts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [question, themes, neighbourhoods] = await Promise.all([
		getMyQuestion(locals.db, locals.user, params.id),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	if (!question) error(404, 'Not found');
	const form = await superValidate(
		{
			body: question.body,
			theme_slugs: question.theme_slugs,
			neighbourhood_id: question.neighbourhood_id ?? '',
			preferred_format: question.preferred_format,
			preferred_times: question.preferred_times,
			languages: question.languages as never,
			visible_anonymously: question.visible_anonymously,
			consent_to_contact: question.consent_to_contact
		},
		zod4(questionSchema)
	);
	return {
		form,
		themes,
		neighbourhoods,
		id: question.id,
		recognised: [] as { slug: string; evidence: string[] }[]
	};
}) satisfies PageServerLoad;

export const actions = {
	recognise: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/questions/${params.id}/edit`);
		const form = await superValidate(request, zod4(questionSchema));
		const recognised = recogniseThemes(form.data.body ?? '', 3);
		form.data.theme_slugs = [
			...new Set([...form.data.theme_slugs, ...recognised.map((r) => r.slug)])
		].slice(0, 5);
		form.errors = form.errors.body ? { body: form.errors.body } : {};
		form.valid = true;
		const level = assessText(form.data.body ?? '').level;
		return { form, recognised, crisis: level === 'crisis', concern: level === 'concern' };
	},
	save: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/questions/${params.id}/edit`);
		const form = await superValidate(request, zod4(questionSchema));
		if (!form.valid) return fail(400, { form });
		const known = await knownThemes(locals.db, locals.user, form.data.theme_slugs);
		if (known.length !== form.data.theme_slugs.length) {
			return setError(form, 'theme_slugs._errors', m.question_error_theme_unknown());
		}
		if (!(await updateQuestion(locals.db, locals.user, params.id, form.data))) {
			error(404, 'Not found');
		}
		await crisisGateForQuestion(locals.db, params.id, form.data.body);
		redirect(303, `/questions/${params.id}?saved`);
	}
} satisfies Actions;
