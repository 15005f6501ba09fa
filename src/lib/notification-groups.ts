import { m } from '$lib/paraglide/messages';

/**
 * The one grouping of notification kinds: a person chooses per group how notifications come
 * (/notifications/settings) and which come as push messages (/profile/notifications), and the
 * daily digest counts per group. Which group a kind is in is decided in one place only, the
 * database's private.notification_group(kind), which both the settings and the push queue use
 * (tests/integration/notification-groups.test.ts checks that the two lists agree).
 */
/** The groups whose notifications a person can get at once, in a daily digest, or not. */
export const choosableGroups = [
	'circles',
	'gatherings',
	'moderation',
	'volunteers',
	'other'
] as const;
export type ChoosableGroup = (typeof choosableGroups)[number];

/** All groups: the choosable ones and safety (crisis alerts, an offer of contact), which always comes at once. */
export const notificationGroups = [...choosableGroups, 'safety'] as const;
export type NotificationGroup = (typeof notificationGroups)[number];

type Locale = { locale?: 'nl' | 'en' };

/** What a group is called, the same on both settings pages and in the digest e-mail. */
export const groupLabels: Record<NotificationGroup, (options?: Locale) => string> = {
	circles: (o) => m.app_group_circles({}, o),
	gatherings: (o) => m.app_group_gatherings({}, o),
	moderation: (o) => m.app_group_moderation({}, o),
	volunteers: (o) => m.app_group_volunteers({}, o),
	other: (o) => m.app_group_other({}, o),
	safety: (o) => m.app_group_safety({}, o)
};
