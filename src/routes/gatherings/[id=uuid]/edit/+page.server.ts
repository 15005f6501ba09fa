import { error, fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { Temporal } from 'temporal-polyfill';
import { m } from '$lib/paraglide/messages';
import { ruleMessage } from '$lib/rules';
import { gatheringChangeSchema } from '$lib/schemas/gathering-change';
import { DomainError } from '$lib/server/errors';
import { changeGathering, getGathering } from '$lib/server/gatherings';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** The gathering, for its hosts only; anyone else gets the 404 of a missing page. */
async function hostedGathering({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>) {
	if (!locals.user) redirect(303, `/signin?redirectTo=/gatherings/${params.id}/edit`);
	const gathering = await getGathering(locals.db, locals.user, params.id);
	if (!gathering?.is_host) error(404, m.not_found_title());
	return { gathering, user: locals.user };
}

/** The wall-clock date, time and length of a gathering, as the form shows them. */
function localTimes(g: { starts_at: Date; ends_at: Date; time_zone: string }) {
	const start = Temporal.Instant.fromEpochMilliseconds(new Date(g.starts_at).getTime())
		.toZonedDateTimeISO(g.time_zone)
		.toPlainDateTime();
	return {
		date: start.toPlainDate().toString(),
		time: start.toPlainTime().toString({ smallestUnit: 'minute' }),
		duration_minutes: Math.round(
			(new Date(g.ends_at).getTime() - new Date(g.starts_at).getTime()) / 60_000
		)
	};
}

export const load = (async (event) => {
	const { gathering: g } = await hostedGathering(event);
	const form = await superValidate(
		{
			title: g.title,
			title_en: g.title_en ?? '',
			...localTimes(g),
			location_name: g.location_name,
			address: g.address,
			room: g.room,
			online_url: g.online_url ?? '',
			capacity: g.capacity === null ? '' : String(g.capacity),
			scope: 'one' as const
		},
		zod4(gatheringChangeSchema),
		{ errors: false }
	);
	return {
		gathering: g,
		form,
		editable: !g.cancelled_at && new Date(g.starts_at) > new Date()
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const { gathering, user } = await hostedGathering(event);
		const form = await superValidate(event.request, zod4(gatheringChangeSchema));
		if (!form.valid) return fail(400, { form });
		const changed = await changeGathering(event.locals.db, user, gathering.id, form.data);
		if (changed instanceof DomainError) {
			const field = changed.code === 'capacity_below_yes' ? 'capacity' : 'date';
			return setError(form, field, ruleMessage(changed.code));
		}
		redirect(303, `/gatherings/${gathering.id}?changed`);
	}
} satisfies Actions;
