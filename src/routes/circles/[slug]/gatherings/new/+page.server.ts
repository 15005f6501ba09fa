import { error, fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { ruleMessage } from '$lib/rules';
import { gatheringSchema } from '$lib/schemas/gathering';
import { getCircle } from '$lib/server/circles';
import { DomainError } from '$lib/server/errors';
import { englishTitle, planGatherings } from '$lib/server/gatherings';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function hostedCircle({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>) {
	if (!locals.user) redirect(303, `/signin?redirectTo=/circles/${params.slug}/gatherings/new`);
	const circle = await getCircle(locals.db, locals.user, params.slug);
	if (!circle || circle.my_role !== 'host') error(404, m.not_found_title());
	return { circle, user: locals.user };
}

export const load = (async (event) => {
	const { circle } = await hostedCircle(event);
	const form = await superValidate(
		{
			title: circle.name,
			title_en: circle.name_en ?? '',
			location_name: circle.location_name,
			duration_minutes: 90,
			count: 1
		},
		zod4(gatheringSchema),
		{ errors: false }
	);
	return { circle, form };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const form = await superValidate(event.request, zod4(gatheringSchema));
		if (!form.valid) return fail(400, { form });
		const ids = await planGatherings(event.locals.db, user, circle.id, {
			...form.data,
			title_en: englishTitle(form.data, circle)
		});
		if (ids instanceof DomainError) return setError(form, 'date', ruleMessage(ids.code));
		redirect(303, `/gatherings/${ids[0]}?planned`);
	}
} satisfies Actions;
