import { fail, redirect } from '@sveltejs/kit';
import { setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { grantSchema } from '$lib/schemas/account';
import {
	giveAccess,
	GrantError,
	grantsForWorker,
	grantWorkers,
	myGrants,
	revokeAccess
} from '$lib/server/account';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const [workers, grants, received] = await Promise.all([
		grantWorkers(locals.db, locals.user),
		myGrants(locals.db, locals.user),
		grantsForWorker(locals.db, locals.user)
	]);
	return {
		form: await superValidate(zod4(grantSchema)),
		workers: workers.filter((w) => w.id !== locals.user!.id),
		grants,
		received,
		notice: url.searchParams.get('notice')
	};
}) satisfies PageServerLoad;

export const actions = {
	give: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/profile/access');
		const form = await superValidate(request, zod4(grantSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await giveAccess(locals.db, locals.user, {
				workerId: form.data.worker_id,
				scope: form.data.scope,
				days: form.data.days
			});
		} catch (e) {
			if (!(e instanceof GrantError)) throw e;
			return e.code === 'grant_days'
				? setError(form, 'days', m.account_grant_error_days())
				: setError(form, 'worker_id', m.account_grant_error_worker());
		}
		redirect(303, '/profile/access?notice=given');
	},
	revoke: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/profile/access');
		const id = z.uuid().safeParse((await request.formData()).get('id'));
		if (!id.success) return fail(400, {});
		await revokeAccess(locals.db, locals.user, id.data);
		redirect(303, '/profile/access?notice=revoked');
	}
} satisfies Actions;
