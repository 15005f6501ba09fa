import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { settingsFromForm } from '$lib/schemas/notification-settings';
import {
	getNotificationSettings,
	saveNotificationSettings
} from '$lib/server/notifications/settings';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, '/signin?redirectTo=/notifications/settings');
	return {
		settings: await getNotificationSettings(locals.db, locals.user),
		saved: url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/notifications/settings');
		const parsed = settingsFromForm(await request.formData());
		if (!parsed.success) return fail(400, { error: m.volunteers_settings_invalid() });
		// Only circles the person belongs to: another circle's id is left out, not stored.
		const mine = new Set(
			(await getNotificationSettings(locals.db, locals.user)).circles.map((c) => c.id)
		);
		const circles = Object.fromEntries(
			Object.entries(parsed.data.circles).filter(([id]) => mine.has(id))
		);
		await saveNotificationSettings(locals.db, locals.user, { groups: parsed.data.groups, circles });
		redirect(303, '/notifications/settings?saved');
	}
} satisfies Actions;
