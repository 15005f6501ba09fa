import { m } from '$lib/paraglide/messages';

type NotificationLike = { kind: string; payload: Record<string, string> };

/** Texts of the community kinds (aftercare); null for any other kind. */
export function communityNotificationText(n: NotificationLike): string | null {
	if (n.kind === 'aftercare_check_in') return m.community_notification_aftercare();
	return null;
}
