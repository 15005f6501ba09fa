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
import { draftMinutes, dropDraft, keepDraft, readDraft } from '$lib/server/questions/draft';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

/** Where a visitor signs in to send the question they kept on this device. */
const signInToSend = `/signin?redirectTo=${encodeURIComponent('/questions/new?kept')}`;

// A visitor may write their question before they have an account: it is kept on their
// device (draft.ts) while they sign in, and the form shows it again afterwards.
export const load = (async ({ locals, cookies }) => {
	const draft = readDraft(cookies);
	const [profile, themes, neighbourhoods] = await Promise.all([
		locals.user ? getMyProfile(locals.db, locals.user) : null,
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	const form = await superValidate(
		draft ?? {
			neighbourhood_id: profile?.neighbourhood_id ?? '',
			languages: (profile?.languages ?? ['nl']) as never
		},
		zod4(questionSchema),
		{ errors: false }
	);
	return {
		form,
		themes,
		neighbourhoods,
		recognised: [] as { slug: string; evidence: string[] }[],
		visitor: !locals.user,
		restored: Boolean(draft && locals.user),
		draftMinutes,
		signInToSend
	};
}) satisfies PageServerLoad;

export const actions = {
	/** "Suggest themes": reads the text and ticks the themes it recognises (no JavaScript needed). */
	recognise: async ({ request }) => {
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
	save: async ({ locals, request, cookies }) => {
		const form = await superValidate(request, zod4(questionSchema));
		if (!form.valid) return fail(400, { form });
		if (!locals.user) {
			// A visitor: kept on this device, then signing in. Words about suicide or self-harm
			// get the help lines first, before any sign-in.
			if (!keepDraft(cookies, form.data)) {
				return fail(400, { form, problem: m.question_draft_not_kept() });
			}
			if (assessText(form.data.body).level === 'crisis') return { form, crisis: true, kept: true };
			redirect(303, signInToSend);
		}
		const known = await knownThemes(locals.db, locals.user, form.data.theme_slugs);
		if (known.length !== form.data.theme_slugs.length) {
			return setError(form, 'theme_slugs._errors', m.question_error_theme_unknown());
		}
		const id = await createQuestion(locals.db, locals.user, form.data);
		dropDraft(cookies);
		// Stored as normal first; then, if it speaks of suicide or self-harm, a worker is told
		// (the question page shows the help lines first).
		await crisisGateForQuestion(locals.db, id, form.data.body);
		redirect(303, `/questions/${id}?asked`);
	},
	/** "Throw away and start again": the kept question is gone from this device. */
	discard: ({ cookies }) => {
		dropDraft(cookies);
		redirect(303, '/questions/new');
	}
} satisfies Actions;
