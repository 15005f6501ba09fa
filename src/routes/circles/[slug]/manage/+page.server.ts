import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { ruleMessage } from '$lib/rules';
import { circleSchema, noteSchema } from '$lib/schemas/circle';
import {
	createInvitationLink,
	decideJoinRequest,
	getCircle,
	listInvitationLinks,
	listJoinRequests,
	listMembers,
	removeMember,
	revokeInvitation,
	setCircleStatus,
	setMemberRole,
	updateCircle
} from '$lib/server/circles';
import { DomainError } from '$lib/server/errors';
import { countOpenReports } from '$lib/server/moderation';
import { getMyProfile } from '$lib/server/profiles';
import { banFromCircle, liftBan, listBans } from '$lib/server/privacy';
import { banSchema } from '$lib/schemas/privacy';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Every action and the page start here: signed in, and host of this circle. */
async function hostedCircle({ locals, params }: Pick<RequestEvent, 'locals' | 'params'>) {
	if (!locals.user) redirect(303, `/signin?redirectTo=/circles/${params.slug}/manage`);
	const circle = await getCircle(locals.db, locals.user, params.slug);
	if (!circle || circle.my_role !== 'host') error(404, m.not_found_title());
	return { circle, user: locals.user };
}

const decisionSchema = z.object({
	request_id: z.uuid(),
	decision: z.enum(['approve', 'decline']),
	reason: noteSchema.shape.message
});
const memberSchema = z.object({
	member_id: z.uuid(),
	reason: noteSchema.shape.message,
	role: z.enum(['host', 'member']).optional()
});
const statusSchema = z.object({ status: z.enum(['published', 'closed', 'archived']) });

function problem(result: unknown) {
	return result instanceof DomainError ? fail(409, { problem: ruleMessage(result.code) }) : null;
}

export const load = (async (event) => {
	const { circle, user } = await hostedCircle(event);
	const { db } = event.locals;
	const [requests, members, links, themes, neighbourhoods, profile, openReports] =
		await Promise.all([
			listJoinRequests(db, user, circle.id),
			listMembers(db, user, circle.id),
			listInvitationLinks(db, user, circle.id),
			listThemes(db, user),
			listNeighbourhoods(db, user),
			getMyProfile(db, user),
			countOpenReports(db, user, circle.id)
		]);
	const form = await superValidate(
		{
			name: circle.name,
			description: circle.description,
			name_en: circle.name_en ?? '',
			description_en: circle.description_en ?? '',
			house_rules: circle.house_rules,
			house_rules_en: circle.house_rules_en,
			meeting_note: circle.meeting_note,
			meeting_note_en: circle.meeting_note_en,
			location_name: circle.location_name,
			theme_slugs: circle.theme_slugs,
			neighbourhood_id: circle.neighbourhood_id ?? '',
			format: circle.format,
			visibility: circle.visibility,
			join_policy: circle.join_policy,
			capacity: circle.capacity === null ? '' : String(circle.capacity),
			meeting_weekdays: circle.meeting_weekdays,
			meeting_parts: circle.meeting_parts as ('morning' | 'afternoon' | 'evening')[],
			languages: circle.languages
		},
		zod4(circleSchema)
	);
	const roles = profile?.roles ?? [];
	return {
		circle,
		bans: await listBans(db, user, circle.id),
		form,
		requests,
		members,
		links,
		openReports,
		themes,
		neighbourhoods,
		canPublish: roles.includes('worker') || roles.includes('admin'),
		origin: event.url.origin,
		saved: event.url.searchParams.has('saved'),
		offered: event.url.searchParams.has('offered'),
		decided: event.url.searchParams.get('decided'),
		removed: event.url.searchParams.has('removed')
	};
}) satisfies PageServerLoad;

export const actions = {
	ban: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const parsed = banSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { problem: parsed.error.issues[0].message });
		const result = await banFromCircle(event.locals.db, user, {
			circleId: circle.id,
			personId: parsed.data.personId,
			reason: parsed.data.reason
		});
		return problem(result) ?? redirect(303, `/circles/${circle.slug}/manage#bans`);
	},
	unban: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const person = z.uuid().safeParse((await event.request.formData()).get('personId'));
		if (!person.success) return fail(400, { problem: m.chat_error_invalid() });
		await liftBan(event.locals.db, user, circle.id, person.data);
		redirect(303, `/circles/${circle.slug}/manage#bans`);
	},
	save: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const form = await superValidate(event.request, zod4(circleSchema));
		if (!form.valid) return fail(400, { form });
		await updateCircle(event.locals.db, user, circle.id, form.data);
		redirect(303, `/circles/${circle.slug}/manage?saved`);
	},
	decide: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const parsed = decisionSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { problem: m.rule_message_too_long() });
		const { request_id, decision, reason } = parsed.data;
		const result = await decideJoinRequest(
			event.locals.db,
			user,
			request_id,
			decision === 'approve',
			reason
		);
		return (
			problem(result) ?? redirect(303, `/circles/${circle.slug}/manage?decided=${String(result)}`)
		);
	},
	remove: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const parsed = memberSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { problem: m.rule_message_too_long() });
		const result = await removeMember(
			event.locals.db,
			user,
			circle.id,
			parsed.data.member_id,
			parsed.data.reason
		);
		return problem(result) ?? redirect(303, `/circles/${circle.slug}/manage?removed#members`);
	},
	role: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const parsed = memberSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success || !parsed.data.role) return fail(400, { problem: m.error_title() });
		const result = await setMemberRole(
			event.locals.db,
			user,
			circle.id,
			parsed.data.member_id,
			parsed.data.role
		);
		// Co-hosting is an offer the member accepts (issue 10, hole 2).
		if (result === 'offered') redirect(303, `/circles/${circle.slug}/manage?offered`);
		return problem(result) ?? redirect(303, `/circles/${circle.slug}/manage`);
	},
	link: async (event) => {
		const { circle, user } = await hostedCircle(event);
		await createInvitationLink(event.locals.db, user, circle.id);
		redirect(303, `/circles/${circle.slug}/manage#invitations`);
	},
	revoke: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const id = z.uuid().safeParse((await event.request.formData()).get('invitation_id'));
		if (!id.success) return fail(400, { problem: m.error_title() });
		await revokeInvitation(event.locals.db, user, id.data);
		redirect(303, `/circles/${circle.slug}/manage#invitations`);
	},
	status: async (event) => {
		const { circle, user } = await hostedCircle(event);
		const parsed = statusSchema.safeParse(Object.fromEntries(await event.request.formData()));
		if (!parsed.success) return fail(400, { problem: m.error_title() });
		const result = await setCircleStatus(event.locals.db, user, circle.id, parsed.data.status);
		return problem(result) ?? redirect(303, `/circles/${circle.slug}`);
	}
} satisfies Actions;
