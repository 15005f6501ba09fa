import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { listNotifications, markNotificationsRead } from '$lib/server/notifications';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?redirectTo=/notifications');
	return { notifications: await listNotifications(locals.db, locals.user) };
}) satisfies PageServerLoad;

export const actions = {
	read: async ({ locals, request }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/notifications');
		const raw = (await request.formData()).get('id');
		const id = raw ? z.uuid().safeParse(raw) : null;
		if (id && !id.success) return fail(400);
		await markNotificationsRead(locals.db, locals.user, id?.data);
		redirect(303, '/notifications');
	}
} satisfies Actions;
