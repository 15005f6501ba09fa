import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { questionSchema } from '$lib/schemas/question';
import { m } from '$lib/paraglide/messages';
import { recogniseThemes } from '$lib/server/matching/themes';
import { getMyProfile } from '$lib/server/profiles';
import { assessText } from '$lib/server/safety/crisis';
import { crisisGateForQuestion } from '$lib/server/safety/alerts';
import { createQuestion, knownThemes } from '$lib/server/questions';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [profile, themes, neighbourhoods] = await Promise.all([
		getMyProfile(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	const form = await superValidate(
		{
			neighbourhood_id: profile?.neighbourhood_id ?? '',
			languages: (profile?.languages ?? ['nl']) as never
		},
		zod4(questionSchema),
		{ errors: false }
	);
	return { form, themes, neighbourhoods, recognised: [] as { slug: string; evidence: string[] }[] };
}) satisfies PageServerLoad;

export const actions = {
	/** "Suggest themes": reads the text and ticks the themes it recognises (no JavaScript needed). */
	recognise: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/questions/new');
		const form = await superValidate(request, zod4(questionSchema));
		const recognised = recogniseThemes(form.data.body ?? '', 3);
		form.data.theme_slugs = [
			...new Set([...form.data.theme_slugs, ...recognised.map((r) => r.slug)])
		].slice(0, 5);
		// Only the text's own errors matter here; the rest is checked when saving.
		form.errors = form.errors.body ? { body: form.errors.body } : {};
		form.valid = true;
		// Words about suicide or self-harm: the page shows 113 and 112 above the form; heavy or
		// hopeless words: one calm line with 113 (nothing stored, nobody told).
		const level = assessText(form.data.body ?? '').level;
		return { form, recognised, crisis: level === 'crisis', concern: level === 'concern' };
	},
	save: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/questions/new');
		const form = await superValidate(request, zod4(questionSchema));
		if (!form.valid) return fail(400, { form });
		const known = await knownThemes(locals.db, locals.user, form.data.theme_slugs);
		if (known.length !== form.data.theme_slugs.length) {
			return setError(form, 'theme_slugs._errors', m.question_error_theme_unknown());
		}
		const id = await createQuestion(locals.db, locals.user, form.data);
		// Stored as normal first; then, if it speaks of suicide or self-harm, a worker is told
		// (the question page shows the help lines first).
		await crisisGateForQuestion(locals.db, id, form.data.body);
		redirect(303, `/questions/${id}?asked`);
	}
} satisfies Actions;
