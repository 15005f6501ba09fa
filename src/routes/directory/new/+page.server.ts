import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { createDirectoryEntry, directoryAreas, isDirectoryKeeper } from '$lib/server/directory';
import { parseDirectoryForm } from '$lib/server/directory/form';
import { listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard({ locals }: Pick<RequestEvent, 'locals'>) {
	if (!locals.user) redirect(303, '/signin?redirectTo=/directory/new');
	if (!(await isDirectoryKeeper(locals.db, locals.user))) error(403, 'Workers and admins only');
	return locals.user;
}

export const load = (async (event) => {
	const user = await guard(event);
	const [themes, areas] = await Promise.all([
		listThemes(event.locals.db, user),
		directoryAreas(event.locals.db, user)
	]);
	return { themes, areas };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = await guard(event);
		const form = parseDirectoryForm(await event.request.formData());
		if (!form.ok) return fail(400, { values: form.raw, errors: form.errors });
		const result = await createDirectoryEntry(event.locals.db, user, form.data);
		if ('error' in result) {
			return fail(400, { values: form.raw, errors: { _form: [m.community_error_not_allowed()] } });
		}
		redirect(303, `/directory?done=saved#entry-${result.id}`);
	}
} satisfies Actions;
