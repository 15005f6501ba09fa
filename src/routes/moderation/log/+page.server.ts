import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { isModerationStaff, moderationLog } from '$lib/server/moderation';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	// Only neighbourhood workers and admins read the audit log (the database says so too).
	if (!(await isModerationStaff(locals.db, locals.user))) error(403, m.privacy_log_title());
	return { entries: await moderationLog(locals.db, locals.user) };
}) satisfies PageServerLoad;
