import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { formatWhen } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { ruleMessage } from '$lib/rules';
import { noteSchema } from '$lib/schemas/circle';
import { getCircle, joinCircle, leaveCircle, listMembers } from '$lib/server/circles';
import { DomainError } from '$lib/server/errors';
import { crisisGateForJoinMessage } from '$lib/server/safety/alerts';
import { flashSafetyNotice, takeSafetyNotice } from '$lib/server/safety/notice';
import { upcomingGatherings } from '$lib/server/gatherings';
import { listThemes } from '$lib/server/reference';
import { answerVoice, shouldAskVoice } from '$lib/server/voices';
import { voiceAnswerSchema } from '$lib/schemas/voices';
import { blockedHosts } from '$lib/server/privacy';
import { reportSubject } from '$lib/server/moderation';
import { subjectReportSchema } from '$lib/schemas/privacy';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url, cookies, setHeaders }) => {
	const circle = await getCircle(locals.db, locals.user, params.slug);
	// A private circle is indistinguishable from a missing one for anyone outside it.
	if (!circle) error(404, m.not_found_title());
	const [themes, gatherings, members, askVoice] = await Promise.all([
		listThemes(locals.db, locals.user),
		upcomingGatherings(locals.db, locals.user, circle.id),
		circle.my_role ? listMembers(locals.db, locals.user, circle.id) : Promise.resolve([]),
		// The voice of residents: a short, optional question every few months (members only).
		circle.my_role ? shouldAskVoice(locals.db, locals.user, circle.id) : Promise.resolve(false)
	]);
	return {
		circle,
		themes: themes.filter((t) => circle.theme_slugs.includes(t.slug)),
		// Dates are written here, not in the browser: the first date a page formats loads the
		// browser's locale data, a long task while the page starts on a phone (issue 13).
		gatherings: gatherings.map((g) => ({
			...g,
			when: formatWhen(g.starts_at, g.ends_at, g.time_zone)
		})),
		members,
		joinForm: await superValidate(zod4(noteSchema), { id: 'join' }),
		askVoice,
		voice: url.searchParams.get('voice'),
		// Hosts you blocked: joining needs a confirmed warning (point 22).
		blockedHosts:
			locals.user && !circle.my_role ? await blockedHosts(locals.db, locals.user, circle.id) : [],
		outcome: url.searchParams.get('outcome'),
		crisis:
			takeSafetyNotice(
				{ cookies, setHeaders },
				'circle',
				`/circles/${params.slug}`,
				locals.user?.id
			) === 'crisis'
	};
}) satisfies PageServerLoad;

async function circleFor(locals: App.Locals, slug: string) {
	const circle = await getCircle(locals.db, locals.user, slug);
	if (!circle) error(404, m.not_found_title());
	return circle;
}

export const actions = {
	join: async ({ locals, params, request, cookies }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/circles/${params.slug}`);
		const body = await request.formData();
		const form = await superValidate(body, zod4(noteSchema), { id: 'join' });
		if (!form.valid) return fail(400, { joinForm: form });
		const circle = await circleFor(locals, params.slug);
		const outcome = await joinCircle(locals.db, locals.user, circle.id, form.data.message, {
			acceptBlockedHost: body.get('accept_blocked_host') === 'on'
		});
		if (outcome instanceof DomainError)
			return fail(409, { joinForm: form, problem: ruleMessage(outcome.code) });
		// Words about suicide or self-harm in the message: 113 and 112 first on the page, and
		// the hosts are told (without the text).
		const crisis = await crisisGateForJoinMessage(
			locals.db,
			{ writerId: locals.user.id, circleId: circle.id },
			form.data.message ?? ''
		);
		flashSafetyNotice(
			cookies,
			'circle',
			`/circles/${params.slug}`,
			locals.user.id,
			crisis ? 'crisis' : 'none'
		);
		redirect(303, `/circles/${params.slug}?outcome=${outcome}`);
	},
	/** The short survey: an answer, or "not now" (the skip button); either ends this round. */
	voice: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/circles/${params.slug}`);
		const circle = await circleFor(locals, params.slug);
		const data = await request.formData();
		const skip = data.has('skip');
		const parsed = voiceAnswerSchema.safeParse({
			helps_with: data.getAll('helps_with'),
			missing: data.getAll('missing')
		});
		if (!skip && !parsed.success) return fail(400, { voiceError: parsed.error.issues[0].message });
		await answerVoice(
			locals.db,
			locals.user,
			circle.id,
			skip || !parsed.success ? null : parsed.data
		);
		redirect(303, `/circles/${params.slug}?voice=${skip ? 'later' : 'thanks'}#voice`);
	},
	report: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/circles/${params.slug}`);
		const circle = await circleFor(locals, params.slug);
		const parsed = subjectReportSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { problem: m.chat_error_invalid() });
		const done = await reportSubject(locals.db, locals.user, {
			kind: 'circle',
			subjectId: circle.id,
			reason: parsed.data.reason
		});
		if (!done) return fail(403, { problem: m.privacy_report_refused() });
		redirect(303, `/circles/${params.slug}?outcome=reported`);
	},
	leave: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/circles/${params.slug}`);
		const circle = await circleFor(locals, params.slug);
		const left = await leaveCircle(locals.db, locals.user, circle.id);
		if (left instanceof DomainError) return fail(409, { problem: ruleMessage(left.code) });
		redirect(303, `/circles/${params.slug}?outcome=left`);
	}
} satisfies Actions;
