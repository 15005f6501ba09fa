import { config } from '$lib/server/config';
import { readNavigation } from '$lib/server/navigation';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const nav = locals.user ? await readNavigation(locals.db, locals.user) : null;
	const profile = nav?.profile;
	return {
		user:
			locals.user && profile
				? {
						id: locals.user.id,
						name: profile.pseudonym || profile.display_name,
						roles: profile.roles
					}
				: null,
		unread: nav?.unreadNotifications ?? 0,
		chatUnread: nav?.unreadChat ?? {},
		demo: config().demo && locals.auth.kind === 'embedded'
	};
}) satisfies LayoutServerLoad;
