import { m } from '$lib/paraglide/messages';

/** The text of a safety notification, or null for other kinds. Never contains what was written. */
export function safetyNotificationText(n: {
	kind: string;
	payload: Record<string, string>;
}): string | null {
	if (n.kind === 'crisis_alert') {
		if (n.payload.source === 'chat_message')
			return m.safety_notification_alert_chat({ circle: n.payload.circle ?? '' });
		if (n.payload.source === 'join_message')
			return m.matching_notification_alert_join({ circle: n.payload.circle ?? '' });
		return n.payload.neighbourhood
			? m.safety_notification_alert_question({ neighbourhood: n.payload.neighbourhood })
			: m.safety_notification_alert_question_nowhere();
	}
	if (n.kind === 'crisis_contact_offered')
		return m.safety_notification_contact({
			name: n.payload.name ?? '',
			note: n.payload.note ?? ''
		});
	return null;
}
