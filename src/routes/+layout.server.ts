import { config } from '$lib/server/config';
import { getMyProfile } from '$lib/server/profiles';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const profile = locals.user ? await getMyProfile(locals.db, locals.user) : null;
	return {
		user:
			locals.user && profile
				? {
						id: locals.user.id,
						name: profile.pseudonym || profile.display_name,
						roles: profile.roles
					}
				: null,
		demo: config().demo && locals.auth.kind === 'embedded'
	};
}) satisfies LayoutServerLoad;
