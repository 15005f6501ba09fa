import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import {
	deleteDirectoryEntry,
	directoryAreas,
	getDirectoryEntry,
	updateDirectoryEntry
} from '$lib/server/directory';
import { parseDirectoryForm } from '$lib/server/directory/form';
import { listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Only who keeps the entry (a worker of its area, an admin) opens this page. */
async function guard({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>) {
	if (!locals.user) redirect(303, `/signin?redirectTo=/directory/${params.id}/edit`);
	const entry = await getDirectoryEntry(locals.db, locals.user, params.id);
	if (!entry) error(404, 'Not found');
	if (!entry.can_edit) error(403, 'Not in your area');
	return { user: locals.user, entry };
}

export const load = (async (event) => {
	const { user, entry } = await guard(event);
	const [themes, areas] = await Promise.all([
		listThemes(event.locals.db, user),
		directoryAreas(event.locals.db, user)
	]);
	return { entry, themes, areas };
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, entry } = await guard(event);
		const form = parseDirectoryForm(await event.request.formData());
		if (!form.ok) return fail(400, { values: form.raw, errors: form.errors });
		const result = await updateDirectoryEntry(event.locals.db, user, entry.id, form.data);
		if (result !== true) {
			return fail(400, { values: form.raw, errors: { _form: [m.community_error_not_allowed()] } });
		}
		redirect(303, `/directory?done=saved#entry-${entry.id}`);
	},
	delete: async (event) => {
		const { user, entry } = await guard(event);
		await deleteDirectoryEntry(event.locals.db, user, entry.id);
		redirect(303, '/directory?done=deleted');
	}
} satisfies Actions;
