import { z } from 'zod';
import { notificationGroups, type NotificationGroup } from '$lib/notification-groups';

/**
 * The groups of notification kinds a device can get as push messages (issue 13.11): the same
 * groups as the notification settings ($lib/notification-groups), safety included.
 */
export const pushGroups = notificationGroups;
export type PushGroup = NotificationGroup;

/** A browser's push subscription (PushSubscription.toJSON()), as the settings page sends it. */
export const pushSubscriptionSchema = z.object({
	endpoint: z
		.string()
		.max(2048)
		.regex(/^https:\/\/[^\s]+$/),
	p256dh: z.string().regex(/^[A-Za-z0-9_-]{86,88}$/),
	auth: z.string().regex(/^[A-Za-z0-9_-]{22,24}$/)
});
export type PushSubscriptionInput = z.infer<typeof pushSubscriptionSchema>;

/** Which groups come as push messages (checkboxes; none ticked is allowed). */
export const pushKindsSchema = z.object({
	kinds: z.array(z.enum(pushGroups)).default([])
});
