import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { banReportedSchema, closeReportSchema, hideReportedSchema } from '$lib/schemas/moderation';
import { ruleMessage } from '$lib/rules';
import { DomainError } from '$lib/server/errors';
import { ChatError } from '$lib/server/chat';
import {
	banReportedWriter,
	closeReport,
	closeSubjectReport,
	hideReportedMessage,
	hostsACircle,
	isModerationStaff,
	listOpenReports,
	openSubjectReports
} from '$lib/server/moderation';
import { closeSubjectReportSchema } from '$lib/schemas/privacy';
import { publishMessage } from '$lib/server/realtime';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

function signedIn({ locals }: Pick<RequestEvent, 'locals'>) {
	if (!locals.user) redirect(303, '/signin?redirectTo=/moderation');
	return locals.user;
}

export const load = (async (event) => {
	const user = signedIn(event);
	const staff = await isModerationStaff(event.locals.db, user);
	return {
		reports: await listOpenReports(event.locals.db, user),
		// Reports of people and circles, and the log: workers and admins (point 24).
		subjectReports: await openSubjectReports(event.locals.db, user),
		staff,
		// Someone who hosts nothing and is not staff has nothing to do here: say so plainly.
		moderator: staff || (await hostsACircle(event.locals.db, user)),
		done: event.url.searchParams.get('done')
	};
}) satisfies PageServerLoad;

export const actions = {
	hide: async (event) => {
		const user = signedIn(event);
		const raw = Object.fromEntries(await event.request.formData());
		const parsed = hideReportedSchema.safeParse(raw);
		// The typed reason comes back with the error, so nothing is lost.
		const typed = { reportId: String(raw.report_id ?? ''), reason: String(raw.reason ?? '') };
		if (!parsed.success) return fail(400, { ...typed, error: parsed.error.issues[0].message });
		try {
			const message = await hideReportedMessage(
				event.locals.db,
				user,
				parsed.data.report_id,
				parsed.data.reason
			);
			if (message) publishMessage(message, false);
		} catch (e) {
			if (!(e instanceof ChatError)) throw e;
			const error =
				e.code === 'not_found' ? m.moderation_error_closed() : m.moderation_error_hide();
			return fail(e.code === 'not_found' ? 409 : 403, { ...typed, error });
		}
		redirect(303, '/moderation?done=hidden');
	},
	ban: async (event) => {
		const user = signedIn(event);
		const raw = Object.fromEntries(await event.request.formData());
		const parsed = banReportedSchema.safeParse(raw);
		const typed = { reportId: String(raw.report_id ?? ''), banReason: String(raw.reason ?? '') };
		if (!parsed.success) return fail(400, { ...typed, error: parsed.error.issues[0].message });
		const banned = await banReportedWriter(
			event.locals.db,
			user,
			parsed.data.report_id,
			parsed.data.reason
		);
		if (banned instanceof DomainError)
			return fail(400, { ...typed, error: ruleMessage(banned.code) });
		if (!banned) return fail(409, { ...typed, error: m.moderation_error_closed() });
		redirect(303, '/moderation?done=banned');
	},
	close: async (event) => {
		const user = signedIn(event);
		const raw = Object.fromEntries(await event.request.formData());
		const parsed = closeReportSchema.safeParse(raw);
		if (!parsed.success)
			return fail(400, { reportId: String(raw.report_id ?? ''), error: m.chat_error_invalid() });
		const closed = await closeReport(
			event.locals.db,
			user,
			parsed.data.report_id,
			parsed.data.outcome
		);
		if (!closed)
			return fail(409, { reportId: parsed.data.report_id, error: m.moderation_error_closed() });
		redirect(303, '/moderation?done=closed');
	},
	closeSubject: async (event) => {
		const user = signedIn(event);
		const raw = Object.fromEntries(await event.request.formData());
		const parsed = closeSubjectReportSchema.safeParse(raw);
		if (!parsed.success)
			return fail(400, { reportId: String(raw.report_id ?? ''), error: m.chat_error_invalid() });
		const closed = await closeSubjectReport(
			event.locals.db,
			user,
			parsed.data.report_id,
			parsed.data.outcome,
			parsed.data.note
		);
		if (!closed)
			return fail(409, { reportId: parsed.data.report_id, error: m.moderation_error_closed() });
		redirect(303, '/moderation?done=closed');
	}
} satisfies Actions;
