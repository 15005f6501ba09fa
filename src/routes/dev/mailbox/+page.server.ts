import { error } from '@sveltejs/kit';
import { readMailbox } from '$lib/server/auth/mailbox';
import { config } from '$lib/server/config';
import type { PageServerLoad } from './$types';

export const load = (({ locals, setHeaders }) => {
	// Only for the demo with the embedded sign-in; a real deployment never shows codes.
	if (!config().demo || locals.auth.kind !== 'embedded') error(404, 'Not found');
	setHeaders({ 'cache-control': 'no-store' });
	return { letters: readMailbox().map((l) => ({ ...l, sentAt: l.sentAt.toISOString() })) };
}) satisfies PageServerLoad;
