import { fail, redirect } from '@sveltejs/kit';
import { getLocale } from '$lib/paraglide/runtime';
import { pushKindsSchema, pushSubscriptionSchema, type PushGroup } from '$lib/schemas/push';
import {
	addPushDevice,
	listPushDevices,
	removePushDevice,
	setPushKinds,
	vapidKeys
} from '$lib/server/push';
import type { Actions, PageServerLoad } from './$types';

const here = '/profile/notifications';
const locale = () => (getLocale() === 'en' ? 'en' : 'nl');

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${here}`);
	const [devices, keys] = await Promise.all([
		listPushDevices(locals.db, locals.user),
		vapidKeys(locals.db)
	]);
	return {
		// The public half only: browsers need it to subscribe. The private key never leaves the database and the server.
		publicKey: keys.publicKey,
		// Endpoints are secret addresses; the page only needs to know whether this device's is one of them.
		devices: devices.map((d) => ({ id: d.id, endpoint: d.endpoint })),
		kinds: (devices.at(-1)?.kinds ?? []) as PushGroup[],
		notice: url.searchParams.get('notice')
	};
}) satisfies PageServerLoad;

export const actions = {
	subscribe: async ({ locals, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=${here}`);
		const form = Object.fromEntries(await request.formData());
		const parsed = pushSubscriptionSchema.safeParse(form);
		if (!parsed.success) return fail(400, { error: 'needs_js' as const });
		try {
			await addPushDevice(locals.db, locals.user, parsed.data, locale());
		} catch (e) {
			if ((e as { hint?: string }).hint === 'push_device_limit')
				return fail(400, { error: 'too_many' as const });
			throw e;
		}
		redirect(303, `${here}?notice=on`);
	},
	unsubscribe: async ({ locals, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=${here}`);
		// With an endpoint: this device only; without (the no-JavaScript button): every device.
		const raw = (await request.formData()).get('endpoint') || undefined;
		const endpoint = pushSubscriptionSchema.shape.endpoint.optional().safeParse(raw);
		if (!endpoint.success) return fail(400, { error: 'failed' as const });
		await removePushDevice(locals.db, locals.user, endpoint.data);
		redirect(303, `${here}?notice=off`);
	},
	kinds: async ({ locals, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=${here}`);
		const parsed = pushKindsSchema.safeParse({ kinds: (await request.formData()).getAll('kinds') });
		if (!parsed.success) return fail(400, { error: 'kinds' as const });
		await setPushKinds(locals.db, locals.user, parsed.data.kinds, locale());
		redirect(303, `${here}?notice=kinds`);
	}
} satisfies Actions;
