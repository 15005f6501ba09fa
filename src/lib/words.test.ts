import { afterEach, describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { gatheringNotificationText } from '$lib/components/gatherings/notification-text';

// Words a resident found wrong or confusing (issue 13.5), in both languages.
const inLocale = <T>(locale: 'nl' | 'en', fn: () => T): T => {
	overwriteGetLocale(() => locale);
	return fn();
};
afterEach(() => overwriteGetLocale(() => 'nl'));

describe('words', () => {
	it('a question that came in today waits "since today", not "0 days"', () => {
		expect(inLocale('nl', () => m.proposal_waiting({ count: 0 }))).toBe('wacht sinds vandaag');
		expect(inLocale('en', () => m.proposal_waiting({ count: 0 }))).toBe('waiting since today');
		expect(inLocale('nl', () => m.proposal_waiting({ count: 1 }))).toBe('wacht al 1 dag');
		expect(inLocale('nl', () => m.proposal_waiting({ count: 3 }))).toBe('wacht al 3 dagen');
	});

	it('reported messages are not called "Meldingen" beside the notifications ("Berichten")', () => {
		expect(inLocale('nl', () => m.moderation_nav())).toBe('Gemelde berichten');
		expect(inLocale('en', () => m.moderation_nav())).toBe('Reported messages');
		expect(inLocale('nl', () => m.moderation_nav())).not.toBe(
			inLocale('nl', () => m.notifications_title())
		);
	});

	it('Kring\'s notifications are "berichten" everywhere, as in the menu; a "melding" is a report', () => {
		const aboutNotifications = inLocale('nl', () => [
			m.volunteers_settings_title(),
			m.volunteers_settings_link(),
			m.volunteers_settings_intro(),
			m.volunteers_settings_groups(),
			m.volunteers_notification_daily_digest({ count: 2 }),
			m.account_section_notifications(),
			m.app_group_other(),
			m.app_push_same_groups(),
			m.manage_decided_approved(),
			m.manage_removed(),
			m.manage_reason_hint({ name: 'Sanne' })
		]);
		for (const text of aboutNotifications) expect(text).not.toMatch(/melding/i);
		expect(m.app_push_same_groups()).toContain(m.volunteers_settings_title());
		expect(inLocale('nl', () => m.privacy_reported_notice())).toContain(m.notifications_title());
	});

	it('places left: one place, none left, several', () => {
		expect(inLocale('nl', () => m.gathering_places_left({ count: 1 }))).toBe('nog 1 plek');
		expect(inLocale('nl', () => m.gathering_places_left({ count: 0 }))).toBe('vol');
		expect(inLocale('en', () => m.gathering_places_left({ count: 4 }))).toBe('4 places left');
		expect(inLocale('nl', () => m.gathering_yes_so_far({ count: 1 }))).toBe(
			'1 persoon heeft al ja gezegd.'
		);
	});

	it('a 403 says there is no access and where to go, not to try again later', () => {
		for (const locale of ['nl', 'en'] as const) {
			const text = inLocale(locale, () => m.circle_forbidden_text() + m.circle_forbidden_where());
			expect(text).not.toMatch(/paar minuten|few minutes/i);
		}
		expect(inLocale('nl', () => m.circle_forbidden_title())).toBe('Geen toegang');
	});

	it('a changed or cancelled gathering says what, when and in which language', () => {
		const payload = {
			title: 'Lenteavond',
			title_en: 'Spring evening',
			circle: 'Autisme-café Ridderveld',
			circle_en: '',
			starts_at: '2027-03-24T18:00:00.000Z'
		};
		expect(
			inLocale('nl', () => gatheringNotificationText({ kind: 'gathering_changed', payload }))
		).toBe('Autisme-café Ridderveld: Lenteavond is veranderd. Nu: woensdag 24 maart om 19:00.');
		expect(
			inLocale('en', () => gatheringNotificationText({ kind: 'gathering_cancelled', payload }))
		).toMatch(
			// The circle has no English name, so an English reader is told it is Dutch (round 10),
			// without brackets in brackets (round 11).
			/^Autisme-café Ridderveld \(in Dutch\): Spring evening on Wednesday 24 March at 19:00 is cancelled\.$/
		);
		expect(gatheringNotificationText({ kind: 'gathering_new', payload })).toBeNull();
	});

	it('the overview: one circle that needs attention "heeft", several "hebben" (375 px walk)', () => {
		const summary = (attention: number) => m.overview_circles_summary({ attention, total: 11 });
		expect(inLocale('nl', () => summary(1))).toBe('1 van de 11 kringen heeft aandacht nodig.');
		expect(inLocale('nl', () => summary(2))).toBe('2 van de 11 kringen hebben aandacht nodig.');
		expect(inLocale('nl', () => summary(0))).toBe('Geen van de 11 kringen heeft aandacht nodig.');
		expect(inLocale('en', () => summary(1))).toBe('1 of the 11 circles needs attention.');
	});
});
