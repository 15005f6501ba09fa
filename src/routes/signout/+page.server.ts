import { redirect } from '@sveltejs/kit';
import { disconnectSession, disconnectUser } from '$lib/server/realtime';
import type { Actions, PageServerLoad } from './$types';

export const load = (() => redirect(303, '/')) satisfies PageServerLoad;

export const actions = {
	default: async (event) => {
		const user = event.locals.user;
		await event.locals.auth.signOut({
			cookies: event.cookies,
			clientAddress: event.getClientAddress()
		});
		// Open chat sockets stop at once, on every node: this browser's session (embedded
		// sign-in), or every session of the person (Supabase signs out everywhere).
		if (user?.sessionId) await disconnectSession(user.sessionId);
		else if (user) await disconnectUser(user.id);
		redirect(303, '/');
	}
} satisfies Actions;
