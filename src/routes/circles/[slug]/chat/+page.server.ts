import { reportReasonWithDetails } from '$lib/components/privacy/report-reasons';
import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { randomUUID } from 'node:crypto';
import { ChatClock, timeline } from '$lib/components/chat/timeline';
import { readerLocale } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import {
	deleteSchema,
	editSchema,
	hideSchema,
	reportSchema,
	sendFormSchema,
	PAGE_SIZE
} from '$lib/schemas/chat';
import {
	ChatError,
	deleteMessage,
	editMessage,
	getChatCircle,
	hideMessage,
	listMessages,
	markRead,
	postMessage,
	reportMessage
} from '$lib/server/chat';
import { banFromCircle, blockedIds, blockPerson } from '$lib/server/privacy';
import { limitSend, publishMessage } from '$lib/server/realtime';
import { ruleMessage } from '$lib/rules';
import { staticHtml } from '$lib/server/performance/static-html';
import ConcernLine from '$lib/components/safety/ConcernLine.svelte';
import CrisisHelp from '$lib/components/safety/CrisisHelp.svelte';
import { DomainError } from '$lib/server/errors';
import { z } from 'zod';
import { banSchema, subjectReportSchema } from '$lib/schemas/privacy';
import { reportSubject } from '$lib/server/moderation';
import { safetyGateForMessage } from '$lib/server/safety/alerts';
import { flashSafetyNotice, takeSafetyNotice } from '$lib/server/safety/notice';
import type { Actions, PageServerLoad } from './$types';

const noticePath = (slug: string) => `/circles/${slug}/chat`;

export const load = (async ({ locals, params, url, cookies, setHeaders }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	const circle = await getChatCircle(locals.db, locals.user, { slug: params.slug });
	// Not a member: as if the chat did not exist (a private circle's name stays private).
	if (!circle) error(404, m.not_found_title());
	const before = Number(url.searchParams.get('before')) || undefined;
	const page = await listMessages(locals.db, locals.user, {
		circleId: circle.id,
		before,
		limit: PAGE_SIZE
	});
	const newest = page.messages.at(-1);
	const readBefore =
		newest && !before ? await markRead(locals.db, locals.user, circle.id, newest.id) : null;
	// Where this visit's unread messages start (the page opens there), if any came from others.
	const me = locals.user.id;
	const firstUnreadId =
		readBefore === null
			? null
			: (page.messages.find((msg) => msg.id > readBefore && msg.authorId !== me)?.id ?? null);
	// A fresh client id per render: resubmitting the same page stores the message once.
	const form = await superValidate({ clientId: randomUUID(), body: '' }, zod4(sendFormSchema), {
		errors: false
	});
	// The days and times the page shows, worked out here so the browser can start from them.
	// The crisis help or the calm line after the writer's own send or edit (a one-time cookie).
	const safetyNotice = takeSafetyNotice(
		{ cookies, setHeaders },
		'chat',
		noticePath(params.slug),
		locals.user.id
	);
	const now = new Date();
	const clock = new ChatClock(readerLocale());
	timeline(page.messages, { now, clock, today: m.chat_today(), yesterday: m.chat_yesterday() });
	return {
		circle,
		me: locals.user.id,
		messages: page.messages,
		clock: clock.seed(now),
		hasMore: page.hasMore,
		firstUnreadId,
		paged: Boolean(before),
		form,
		notice: safetyNotice ?? addressNotice(url),
		// The crisis help or the concern line of a form's send or edit, as HTML: the page's
		// JavaScript to start leaves their code out (it fetches it only to show one live).
		noticeHtml: noticeHtml(safetyNotice, circle.slug),
		// People you blocked: their messages are folded away for you (point 22).
		blocked: await blockedIds(locals.db, locals.user)
	};
}) satisfies PageServerLoad;

/**
 * The chat's other notices (after reporting, blocking, banning) come in the address. The
 * crisis help and the concern line never do: anyone could post a link that shows a member
 * the crisis box saying their hosts were told.
 */
const ADDRESS_NOTICES = ['reported', 'blocked', 'banned', 'reported-person'] as const;
function addressNotice(url: URL): (typeof ADDRESS_NOTICES)[number] | null {
	const notice = url.searchParams.get('notice');
	return ADDRESS_NOTICES.find((n) => n === notice) ?? null;
}

function noticeHtml(notice: 'crisis' | 'concern' | null, slug: string): string | null {
	if (notice === 'crisis')
		return staticHtml(CrisisHelp, { note: m.safety_chat_stored() }, 'notice');
	if (notice === 'concern')
		return staticHtml(
			ConcernLine,
			{ class: 'text-sm', closeHref: `/circles/${slug}/chat` },
			'notice'
		);
	return null;
}

/** The circle of this chat for a signed-in member, or a redirect/404. */
async function guard(locals: App.Locals, slug: string) {
	if (!locals.user) redirect(303, `/signin?redirectTo=/circles/${slug}/chat`);
	const circle = await getChatCircle(locals.db, locals.user, { slug });
	if (!circle) error(404, m.not_found_title());
	return { user: locals.user, circle };
}

const codeMessage = (code: string) =>
	code === 'rate_limited'
		? m.chat_error_rate_limited()
		: code === 'forbidden'
			? m.chat_error_forbidden()
			: m.chat_error_invalid();

export const actions = {
	send: async ({ locals, params, request, cookies }) => {
		const { user, circle } = await guard(locals, params.slug);
		const form = await superValidate(request, zod4(sendFormSchema));
		if (!form.valid) return fail(400, { form });
		let id: number;
		let level: 'crisis' | 'concern' | 'none';
		try {
			await limitSend(user.id);
			const { message, created } = await postMessage(locals.db, user, {
				circleId: circle.id,
				clientId: form.data.clientId,
				body: form.data.body
			});
			publishMessage(message, created);
			id = message.id;
			// Stored and sent as normal; words about suicide or self-harm also tell the hosts,
			// and the writer sees 113 and 112 at the top of the chat. Heavy or hopeless words:
			// a calm line with 113 under the input, for the writer only (nobody told).
			level = await safetyGateForMessage(locals.db, message, created);
		} catch (e) {
			if (!(e instanceof ChatError)) throw e;
			// What was typed comes back in the form, with the reason.
			return fail(e.code === 'forbidden' ? 403 : 400, { form, error: codeMessage(e.code) });
		}
		flashSafetyNotice(cookies, 'chat', noticePath(params.slug), user.id, level);
		redirect(303, messageAddress(params.slug, id, level));
	},
	edit: async ({ locals, params, request, cookies }) => {
		const { user } = await guard(locals, params.slug);
		const parsed = editSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { actionError: parsed.error.issues[0].message });
		// An edit passes the same check as a new message, with the same outcome for the writer
		// (crisis: the hosts are told, 113 first; concern: the calm line).
		return change(
			params.slug,
			() => editMessage(locals.db, user, parsed.data.messageId, parsed.data.body),
			async (message) => {
				const level = await safetyGateForMessage(locals.db, message, true);
				flashSafetyNotice(cookies, 'chat', noticePath(params.slug), user.id, level);
				return level;
			}
		);
	},
	delete: async ({ locals, params, request }) => {
		const { user } = await guard(locals, params.slug);
		const parsed = deleteSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { actionError: m.chat_error_invalid() });
		return change(params.slug, () => deleteMessage(locals.db, user, parsed.data.messageId));
	},
	hide: async ({ locals, params, request }) => {
		const { user } = await guard(locals, params.slug);
		const parsed = hideSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { actionError: parsed.error.issues[0].message });
		return change(params.slug, () =>
			hideMessage(locals.db, user, parsed.data.messageId, parsed.data.reason)
		);
	},
	report: async ({ locals, params, request }) => {
		const { user } = await guard(locals, params.slug);
		const body = await request.formData();
		const parsed = reportSchema.safeParse({
			messageId: body.get('messageId'),
			reason: reportReasonWithDetails(body.get('reason'), body.get('details'))
		});
		if (!parsed.success) return fail(400, { actionError: parsed.error.issues[0].message });
		try {
			await reportMessage(locals.db, user, parsed.data.messageId, parsed.data.reason);
		} catch (e) {
			if (!(e instanceof ChatError)) throw e;
			return fail(400, { actionError: codeMessage(e.code) });
		}
		redirect(303, `/circles/${params.slug}/chat?notice=reported`);
	},
	block: async ({ locals, params, request }) => {
		const { user } = await guard(locals, params.slug);
		const person = z.uuid().safeParse((await request.formData()).get('personId'));
		if (!person.success) return fail(400, { actionError: m.chat_error_invalid() });
		if (!(await blockPerson(locals.db, user, person.data)))
			return fail(400, { actionError: m.chat_error_invalid() });
		redirect(303, `/circles/${params.slug}/chat?notice=blocked`);
	},
	reportPerson: async ({ locals, params, request }) => {
		const { user } = await guard(locals, params.slug);
		const parsed = subjectReportSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success || parsed.data.kind !== 'profile')
			return fail(400, { actionError: m.chat_error_invalid() });
		const done = await reportSubject(locals.db, user, parsed.data);
		if (!done) return fail(403, { actionError: m.privacy_report_refused() });
		redirect(303, `/circles/${params.slug}/chat?notice=reported-person`);
	},
	ban: async ({ locals, params, request }) => {
		const { user, circle } = await guard(locals, params.slug);
		const parsed = banSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { actionError: parsed.error.issues[0].message });
		const done = await banFromCircle(locals.db, user, {
			circleId: circle.id,
			personId: parsed.data.personId,
			reason: parsed.data.reason
		});
		if (done instanceof DomainError) return fail(403, { actionError: ruleMessage(done.code) });
		redirect(303, `/circles/${params.slug}/chat?notice=banned`);
	}
} satisfies Actions;

async function change(
	slug: string,
	run: () => Promise<import('$lib/schemas/chat').ChatMessage>,
	gate?: (
		message: import('$lib/schemas/chat').ChatMessage
	) => Promise<'crisis' | 'concern' | 'none'>
) {
	let id: number;
	let level: 'crisis' | 'concern' | 'none' = 'none';
	try {
		const message = await run();
		publishMessage(message, false);
		id = message.id;
		level = (await gate?.(message)) ?? 'none';
	} catch (e) {
		if (!(e instanceof ChatError)) throw e;
		return fail(403, { actionError: codeMessage(e.code) });
	}
	redirect(303, messageAddress(slug, id, level));
}

/**
 * Back to the chat at the message (`#m-…`: the browser scrolls to it), except after words
 * about suicide or self-harm: then the page opens at its top, where 113 and 112 are.
 */
const messageAddress = (slug: string, id: number, level: 'crisis' | 'concern' | 'none') =>
	level === 'crisis' ? `/circles/${slug}/chat` : `/circles/${slug}/chat#m-${id}`;
