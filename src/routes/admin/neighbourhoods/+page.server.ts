import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { importOptionsSchema, workerAreaSchema } from '$lib/schemas/geojson';
import {
	importNeighbourhoods,
	isAdmin,
	listAreas,
	readBoundaries,
	setWorkerArea,
	type ImportProblem
} from '$lib/server/areas';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Larger files are for a GIS; one municipality's neighbourhoods fit well within this. */
const maxFileBytes = 5 * 1024 * 1024;

async function guard({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>) {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!(await isAdmin(locals.db, locals.user))) error(403, 'Admins only');
	return locals.user;
}

function problemText(p: ImportProblem): string {
	switch (p.code) {
		case 'not_json':
			return m.community_areas_error_not_json();
		case 'not_collection':
			return m.community_areas_error_not_collection();
		case 'too_large':
			return m.community_areas_error_too_large();
		case 'not_feature':
			return m.community_areas_error_not_feature({ feature: p.feature });
		case 'geometry':
			return m.community_areas_error_geometry({ feature: p.feature });
		case 'not_wgs84':
			return m.community_areas_error_not_wgs84({ feature: p.feature });
		case 'no_name':
			return m.community_areas_error_no_name({ feature: p.feature, property: p.property });
		case 'bad_code':
			return m.community_areas_error_bad_code({ feature: p.feature });
		case 'duplicate':
			return m.community_areas_error_duplicate({ feature: p.feature, name: p.name });
	}
}

export const load = (async (event) => {
	const user = await guard(event);
	const areas = await listAreas(event.locals.db, user);
	const q = event.url.searchParams;
	return {
		...areas,
		done: q.get('done'),
		added: Number(q.get('added') ?? 0),
		updated: Number(q.get('updated') ?? 0)
	};
}) satisfies PageServerLoad;

export const actions = {
	/** GeoJSON import: all or nothing, so a half-read file never leaves half a town. */
	import: async (event) => {
		const user = await guard(event);
		const data = await event.request.formData();
		const options = importOptionsSchema.safeParse({
			name_property: data.get('name_property') ?? '',
			code_property: data.get('code_property') ?? '',
			municipality: data.get('municipality') ?? ''
		});
		const values = {
			name_property: String(data.get('name_property') ?? ''),
			code_property: String(data.get('code_property') ?? ''),
			municipality: String(data.get('municipality') ?? '')
		};
		if (!options.success)
			return fail(400, { values, problems: [m.community_areas_error_municipality()] });
		const file = data.get('file');
		if (!(file instanceof File) || file.size === 0)
			return fail(400, { values, problems: [m.community_areas_error_no_file()] });
		if (file.size > maxFileBytes)
			return fail(400, { values, problems: [m.community_areas_error_too_large()] });
		const { neighbourhoods, problems } = readBoundaries(await file.text(), options.data);
		if (problems.length || neighbourhoods.length === 0)
			return fail(400, {
				values,
				problems: problems.length
					? problems.slice(0, 20).map(problemText)
					: [m.community_areas_error_not_collection()]
			});
		const result = await importNeighbourhoods(event.locals.db, user, neighbourhoods);
		redirect(
			303,
			`/admin/neighbourhoods?done=imported&added=${result.added}&updated=${result.updated}`
		);
	},
	/** Which neighbourhoods one worker covers (their area, enforced by row-level security). */
	area: async (event) => {
		const user = await guard(event);
		const data = await event.request.formData();
		const parsed = workerAreaSchema.safeParse({
			worker: data.get('worker'),
			neighbourhoods: data.getAll('neighbourhoods')
		});
		if (!parsed.success) return fail(400, { areaProblem: m.community_areas_error_area() });
		const ok = await setWorkerArea(
			event.locals.db,
			user,
			parsed.data.worker,
			parsed.data.neighbourhoods
		);
		if (!ok) return fail(400, { areaProblem: m.community_areas_error_area() });
		redirect(303, `/admin/neighbourhoods?done=area#worker-${parsed.data.worker}`);
	}
} satisfies Actions;
