import { redirect } from '@sveltejs/kit';
import { directorySearchSchema } from '$lib/schemas/directory';
import { searchCircles } from '$lib/server/circles';
import { listDirectory, markDirectoryChecked, searchDirectory } from '$lib/server/directory';
import { listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

/** Who does what: the circles and the local organisations and services, searched together. */
export const load = (async ({ locals, url }) => {
	const { q } = directorySearchSchema.parse({ q: url.searchParams.get('q') ?? undefined });
	const themes = await listThemes(locals.db, locals.user);
	if (q) {
		const [circles, services] = await Promise.all([
			searchCircles(locals.db, locals.user, { q }, 6),
			searchDirectory(locals.db, locals.user, q, 8)
		]);
		return {
			q,
			circles,
			services: services.map((s) => ({ ...s.entry, matched: s.themes })),
			themes,
			notice: url.searchParams.get('done')
		};
	}
	const services = await listDirectory(locals.db, locals.user);
	return {
		q: null,
		circles: [],
		services: services.map((s) => ({ ...s, matched: [] as string[] })),
		themes,
		notice: url.searchParams.get('done')
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A worker looked at an entry and it is still right: today becomes its "last checked". */
	checked: async ({ locals, request, url }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
		const id = String((await request.formData()).get('id') ?? '');
		const ok =
			/^[0-9a-f-]{36}$/i.test(id) && (await markDirectoryChecked(locals.db, locals.user, id));
		redirect(303, ok ? `/directory?done=checked#entry-${id}` : '/directory?done=refused');
	}
} satisfies Actions;
