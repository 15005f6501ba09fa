import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { crisisOfferSchema } from '$lib/schemas/safety';
import {
	getCrisisAlert,
	offerCrisisContact,
	setCrisisAlertHandled
} from '$lib/server/safety/alerts';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	// Only the people it was addressed to see an alert; for anyone else it does not exist.
	const alert = await getCrisisAlert(locals.db, locals.user, params.id);
	if (!alert) error(404, m.not_found_title());
	return { alert };
}) satisfies PageServerLoad;

async function guard(locals: App.Locals, id: string) {
	if (!locals.user) redirect(303, `/signin?redirectTo=/help/alerts/${id}`);
	return locals.user;
}

export const actions = {
	offer: async ({ locals, params, request }) => {
		const user = await guard(locals, params.id);
		const parsed = crisisOfferSchema.safeParse(Object.fromEntries(await request.formData()));
		const note = String(parsed.data?.note ?? '');
		if (!parsed.success || !(await offerCrisisContact(locals.db, user, params.id, note))) {
			return fail(400, { note, error: m.safety_alert_offer_error() });
		}
		redirect(303, `/help/alerts/${params.id}`);
	},
	handled: async ({ locals, params }) => {
		const user = await guard(locals, params.id);
		if (!(await setCrisisAlertHandled(locals.db, user, params.id, true)))
			error(404, m.not_found_title());
		redirect(303, `/help/alerts/${params.id}`);
	},
	reopen: async ({ locals, params }) => {
		const user = await guard(locals, params.id);
		if (!(await setCrisisAlertHandled(locals.db, user, params.id, false)))
			error(404, m.not_found_title());
		redirect(303, `/help/alerts/${params.id}`);
	}
} satisfies Actions;
