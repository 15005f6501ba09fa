import { error, fail, redirect } from '@sveltejs/kit';
import { Temporal } from 'temporal-polyfill';
import {
	convertSchema,
	vogSchema,
	workerDecisionSchema,
	workerProposeSchema
} from '$lib/schemas/volunteers';
import { getMyProfile } from '$lib/server/profiles';
import { listThemes } from '$lib/server/reference';
import {
	convertCollective,
	listSkills,
	recordVog,
	runAssignment,
	VolunteerError,
	volunteerErrorMessage,
	workerDecide,
	workerOverview,
	workerPropose
} from '$lib/server/volunteers';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function guard({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>) {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const profile = await getMyProfile(locals.db, locals.user);
	if (!profile?.roles.some((r) => r === 'worker' || r === 'admin')) error(403, 'Workers only');
	return locals.user;
}

/** A refusal names the form it answers (`on`, the proposal or group) and gives back what was
 * typed there, so the worker finds the form as they left it. */
type Kept = { on?: string; values?: Record<string, string> };

const done = (result: unknown, to: string, kept: Kept = {}) => {
	if (result instanceof VolunteerError)
		return fail(400, { error: volunteerErrorMessage(result.code), ...kept });
	redirect(303, to);
};

const typed = (data: FormData, names: string[]) =>
	Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? '')]));

export const load = (async (event) => {
	const user = await guard(event);
	const [overview, skills, themes] = await Promise.all([
		workerOverview(event.locals.db, user),
		listSkills(event.locals.db, user),
		listThemes(event.locals.db, user)
	]);
	return { ...overview, skills, themes, ran: event.url.searchParams.get('ran') };
}) satisfies PageServerLoad;

export const actions = {
	run: async (event) => {
		await guard(event);
		const result = await runAssignment(event.locals.db);
		redirect(303, `/worker/volunteers?ran=${result.proposed}`);
	},
	vog: async (event) => {
		const user = await guard(event);
		const data = await event.request.formData();
		const parsed = vogSchema.safeParse({
			volunteer: data.get('volunteer'),
			status: data.get('status'),
			date: data.get('date') ?? ''
		});
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0].message });
		const result = await recordVog(
			event.locals.db,
			user,
			parsed.data.volunteer,
			parsed.data.status,
			parsed.data.date || null
		);
		return done(result, '/worker/volunteers#volunteers-title');
	},
	decide: async (event) => {
		const user = await guard(event);
		const data = await event.request.formData();
		const kept = { on: String(data.get('proposal') ?? ''), values: typed(data, ['note']) };
		const parsed = workerDecisionSchema.safeParse({
			proposal: data.get('proposal'),
			note: data.get('note') ?? ''
		});
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0].message, ...kept });
		const decision = data.get('decision') === 'withdraw' ? 'withdraw' : 'confirm';
		const result = await workerDecide(
			event.locals.db,
			user,
			parsed.data.proposal,
			decision,
			parsed.data.note
		);
		return done(result, '/worker/volunteers#proposals-title', kept);
	},
	propose: async (event) => {
		const user = await guard(event);
		const data = await event.request.formData();
		const parsed = workerProposeSchema.safeParse({
			request: data.get('request'),
			volunteer: data.get('volunteer'),
			note: data.get('note') ?? ''
		});
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0].message });
		const result = await workerPropose(
			event.locals.db,
			user,
			parsed.data.request,
			parsed.data.volunteer,
			parsed.data.note
		);
		return done(result, '/worker/volunteers#proposals-title');
	},
	convert: async (event) => {
		const user = await guard(event);
		const data = await event.request.formData();
		const kept = {
			on: String(data.get('proposal') ?? ''),
			values: typed(data, ['title', 'date', 'time', 'minutes', 'location'])
		};
		const parsed = convertSchema.safeParse(Object.fromEntries(data));
		if (!parsed.success) return fail(400, { error: parsed.error.issues[0].message, ...kept });
		const startsAt = Temporal.PlainDateTime.from(`${parsed.data.date}T${parsed.data.time}`)
			.toZonedDateTime('Europe/Amsterdam')
			.toInstant()
			.toString();
		const slug = await convertCollective(event.locals.db, user, {
			proposal: parsed.data.proposal,
			title: parsed.data.title,
			startsAt,
			minutes: parsed.data.minutes,
			location: parsed.data.location
		});
		return done(slug, `/circles/${String(slug)}`, kept);
	}
} satisfies Actions;
