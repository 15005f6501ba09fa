import { config } from '$lib/server/config';
import { unreadCounts } from '$lib/server/chat';
import { unreadNotificationCount } from '$lib/server/notifications';
import { getMyProfile } from '$lib/server/profiles';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const [profile, unread, chatUnread] = locals.user
		? await Promise.all([
				getMyProfile(locals.db, locals.user),
				unreadNotificationCount(locals.db, locals.user),
				unreadCounts(locals.db, locals.user)
			])
		: [null, 0, {}];
	return {
		user:
			locals.user && profile
				? {
						id: locals.user.id,
						name: profile.pseudonym || profile.display_name,
						roles: profile.roles
					}
				: null,
		unread,
		chatUnread,
		demo: config().demo && locals.auth.kind === 'embedded'
	};
}) satisfies LayoutServerLoad;
