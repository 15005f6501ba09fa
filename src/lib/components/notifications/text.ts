import { m } from '$lib/paraglide/messages';
import { shownPlainText } from '$lib/localized-text';
import { communityNotificationText } from '$lib/components/community/notification-text';
import { gatheringNotificationText } from '$lib/components/gatherings/notification-text';
import { safetyNotificationText } from '$lib/components/safety/notification-text';

type Payload = Record<string, string>;
export type NotificationLike = { kind: string; payload: Payload; link?: string | null };

/**
 * Older rows name the circle `circle`, invitations `circle_name`. The database writes the
 * host's Dutch name (and an English one only for some kinds): an English reader sees it
 * marked "(in Dutch)", as on the circle's page.
 */
const circle = (p: Payload) => shownPlainText(p.circle ?? p.circle_name ?? '', p.circle_en);
const title = (p: Payload) => shownPlainText(p.title ?? '', p.title_en);
/** A host's decision with the message the host wrote to this person, when there is one. */
const withHostWords = (text: string, p: Payload) =>
	p.reason?.trim() ? m.notification_host_wrote({ text, reason: p.reason.trim() }) : text;

/**
 * The text of each kind the database writes (public.notify and inserts into
 * public.notifications). tests/integration/notification-kinds.test.ts reads every kind
 * from the database's functions and fails for one without its own text here (or in the
 * gatherings and safety texts) in Dutch and English.
 */
const texts: Record<string, (p: Payload) => string> = {
	join_request_received: (p) => m.notification_join_request_received({ circle: circle(p) }),
	join_request_approved: (p) =>
		withHostWords(m.notification_join_request_approved({ circle: circle(p) }), p),
	join_request_declined: (p) =>
		withHostWords(m.notification_join_request_declined({ circle: circle(p) }), p),
	join_request_waiting: (p) =>
		withHostWords(m.notification_join_request_waiting({ circle: circle(p) }), p),
	waiting_list_moved_up: (p) => m.notification_waiting_list_moved_up({ circle: circle(p) }),
	removed_from_circle: (p) =>
		withHostWords(m.notification_removed_from_circle({ circle: circle(p) }), p),
	gathering_new: (p) => m.notification_gathering_new({ circle: circle(p), title: title(p) }),
	gathering_reminder: (p) =>
		m.notification_gathering_reminder({ circle: circle(p), title: title(p) }),
	circle_published: (p) => m.notification_circle_published({ circle: circle(p) }),
	circle_closed: (p) => m.notification_circle_closed({ circle: circle(p) }),
	message_reported: (p) => m.notification_message_reported({ circle: circle(p) }),
	cohost_offer: (p) => m.privacy_notification_cohost_offer({ circle: circle(p) }),
	circle_invitation: (p) => m.phone_notification_circle_invitation({ circle: circle(p) }),
	circle_fits_question: (p) => m.phone_notification_circle_fits_question({ circle: circle(p) }),
	volunteer_proposal: () => m.phone_notification_volunteer_proposal(),
	volunteer_match_accepted: (p) =>
		m.phone_notification_volunteer_match_accepted({ name: p.name ?? '' }),
	volunteer_collective_invitation: (p) =>
		m.phone_notification_volunteer_collective_invitation({ title: title(p) }),
	report_received: () => m.privacy_notification_report_received(),
	report_outcome: (p) =>
		p.status === 'resolved'
			? m.privacy_notification_report_outcome_resolved({ outcome: p.outcome ?? '' })
			: m.privacy_notification_report_outcome_dismissed({ outcome: p.outcome ?? '' }),
	message_hidden: (p) =>
		String(p.pending_review) === 'true'
			? m.privacy_notification_message_pending_review({ circle: circle(p) })
			: m.privacy_notification_message_hidden({ circle: circle(p), reason: p.reason ?? '' }),
	volunteer_helper_invitation: () => m.volunteers_notification_helper_invitation(),
	volunteer_collective_gathering: (p) =>
		m.volunteers_notification_collective_gathering({ title: title(p) }),
	daily_digest: (p) => m.volunteers_notification_daily_digest({ count: p.count ?? '' })
};

/** Where a kind leads when its row has no link of its own. */
const fallbackLinks: Record<string, (p: Payload) => string> = {
	// Removed: the circle's page may be closed to them now; the list of circles is not.
	removed_from_circle: () => '/circles'
};

/** The text for a notification in the reader's language, or null for a kind Kring does not know. */
export function notificationText(n: NotificationLike): string | null {
	return (
		gatheringNotificationText(n) ??
		safetyNotificationText(n) ??
		communityNotificationText(n) ??
		texts[n.kind]?.(n.payload) ??
		null
	);
}

/** Where the notification leads: its own link, or the kind's usual place. */
export function notificationLink(n: NotificationLike): string | null {
	return n.link ?? fallbackLinks[n.kind]?.(n.payload) ?? null;
}
