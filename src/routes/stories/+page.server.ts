import { fail, redirect } from '@sveltejs/kit';
import { storySchema } from '$lib/schemas/voices';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import { myStories, shareStory, withdrawStory } from '$lib/server/voices';
import type { Actions, PageServerLoad } from './$types';

/** A resident's stories for the municipality: share one (named or anonymous), withdraw any. */
export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [stories, themes, neighbourhoods] = await Promise.all([
		myStories(locals.db, locals.user),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	return { stories, themes, neighbourhoods, done: url.searchParams.get('done') };
}) satisfies PageServerLoad;

export const actions = {
	share: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/stories');
		const data = await request.formData();
		const values = {
			title: String(data.get('title') ?? ''),
			body: String(data.get('body') ?? ''),
			theme_slugs: data.getAll('theme_slugs').map(String),
			neighbourhood_id: String(data.get('neighbourhood_id') ?? ''),
			named: data.get('named') === 'yes'
		};
		const parsed = storySchema.safeParse(values);
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
			return fail(400, { values, errors });
		}
		await shareStory(locals.db, locals.user, parsed.data);
		redirect(303, '/stories?done=shared');
	},
	/** Withdrawal removes the story; nothing of it stays. */
	withdraw: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/stories');
		const id = String((await request.formData()).get('id') ?? '');
		if (/^[0-9a-f-]{36}$/i.test(id)) await withdrawStory(locals.db, locals.user, id);
		redirect(303, '/stories?done=withdrawn');
	}
} satisfies Actions;
