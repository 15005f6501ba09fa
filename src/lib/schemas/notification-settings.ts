import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { choosableGroups } from '$lib/notification-groups';

export const deliveryOptions = ['immediately', 'digest', 'off'] as const;
/** The groups of $lib/notification-groups whose delivery a person chooses (not safety). */
export const settingGroups = choosableGroups;

const delivery = z.enum(deliveryOptions, { error: () => m.volunteers_settings_invalid() });

/**
 * The notification settings form: `group.<name>` and `circle.<id>` fields, each one of
 * the three deliveries. Built from the form data, so a missing line keeps its setting.
 */
export const notificationSettingsSchema = z.object({
	groups: z.partialRecord(z.enum(choosableGroups), delivery),
	circles: z.record(z.uuid(), delivery)
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;

/** Form data → the schema's shape (unknown field names are left out, not trusted). */
export function settingsFromForm(data: FormData) {
	const groups: Record<string, string> = {};
	const circles: Record<string, string> = {};
	for (const [key, value] of data) {
		if (typeof value !== 'string') continue;
		if (key.startsWith('group.')) groups[key.slice(6)] = value;
		else if (key.startsWith('circle.')) circles[key.slice(7)] = value;
	}
	return notificationSettingsSchema.safeParse({ groups, circles });
}
