import { fail, redirect } from '@sveltejs/kit';
import { ruleMessage } from '$lib/rules';
import { acceptInvitationLink, peekInvitationLink } from '$lib/server/circles';
import { DomainError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params }) => {
	const [circle] = await peekInvitationLink(locals.db, params.token);
	return { circle: circle ?? null, signedIn: Boolean(locals.user) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/invite/${params.token}`);
		const slug = await acceptInvitationLink(locals.db, locals.user, params.token);
		if (slug instanceof DomainError) return fail(409, { problem: ruleMessage(slug.code) });
		redirect(303, `/circles/${slug}?outcome=joined`);
	}
} satisfies Actions;
