import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { ruleMessage } from '$lib/rules';
import { listProposedCircles, setCircleStatus } from '$lib/server/circles';
import { DomainError } from '$lib/server/errors';
import { getMyProfile } from '$lib/server/profiles';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Neighbourhood workers (and admins) only. */
async function worker({ locals }: Pick<RequestEvent, 'locals'>) {
	if (!locals.user) redirect(303, '/signin?redirectTo=/circles/proposed');
	const profile = await getMyProfile(locals.db, locals.user);
	if (!profile?.roles.some((r) => r === 'worker' || r === 'admin')) error(404, m.not_found_title());
	return locals.user;
}

const decisionSchema = z.object({ circle_id: z.uuid(), status: z.enum(['published', 'closed']) });

export const load = (async (event) => {
	const user = await worker(event);
	return { circles: await listProposedCircles(event.locals.db, user) };
}) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = await worker(event);
		const parsed = decisionSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { problem: m.error_title() });
		const result = await setCircleStatus(
			event.locals.db,
			user,
			parsed.data.circle_id,
			parsed.data.status
		);
		if (result instanceof DomainError) return fail(409, { problem: ruleMessage(result.code) });
		redirect(303, '/circles/proposed');
	}
} satisfies Actions;
