import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { ruleMessage } from '$lib/rules';
import { rsvpSchema } from '$lib/schemas/gathering';
import { DomainError } from '$lib/server/errors';
import {
	answerGathering,
	cancelGathering,
	gatheringAttendees,
	getGathering
} from '$lib/server/gatherings';
import type { Actions, PageServerLoad } from './$types';

const id = z.uuid();

export const load = (async ({ locals, params, url }) => {
	if (!id.safeParse(params.id).success) error(404, m.not_found_title());
	const gathering = await getGathering(locals.db, locals.user, params.id);
	if (!gathering) error(404, m.not_found_title());
	const attendees = gathering.is_member
		? await gatheringAttendees(locals.db, locals.user, params.id)
		: [];
	return {
		gathering,
		attendees,
		started: new Date(gathering.starts_at) <= new Date(),
		planned: url.searchParams.has('planned'),
		answered: url.searchParams.has('answered'),
		changed: url.searchParams.has('changed'),
		cancelled: url.searchParams.has('cancelled')
	};
}) satisfies PageServerLoad;

export const actions = {
	rsvp: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/gatherings/${params.id}`);
		const parsed = rsvpSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { problem: m.error_title() });
		// Only members answer; anyone else hears what they would for a gathering that does not
		// exist, so an answer never tells whether a private gathering was cancelled (issue 10.15).
		const gathering = await getGathering(locals.db, locals.user, params.id);
		if (!gathering?.is_member) error(404, m.not_found_title());
		const result = await answerGathering(locals.db, locals.user, params.id, parsed.data.answer);
		if (result instanceof DomainError) return fail(409, { problem: ruleMessage(result.code) });
		redirect(303, `/gatherings/${params.id}?answered#rsvp`);
	},
	cancel: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/gatherings/${params.id}`);
		const cancelled = await cancelGathering(locals.db, locals.user, params.id);
		if (cancelled instanceof DomainError)
			return fail(409, { problem: ruleMessage(cancelled.code) });
		redirect(303, `/gatherings/${params.id}${cancelled ? '?cancelled' : ''}`);
	}
} satisfies Actions;
