import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import PushPage from '../routes/profile/notifications/+page.svelte';
import SettingsPage from '../routes/notifications/settings/+page.svelte';
import { choosableGroups, groupLabels, notificationGroups } from './notification-groups';

// The notification settings and the push messages page ask about the same groups, with the
// same names, in Dutch and in English (one grouping; see notification-groups.ts).
afterEach(() => overwriteGetLocale(() => 'nl'));

const settings = () =>
	render(SettingsPage, {
		props: {
			data: {
				settings: {
					groups: Object.fromEntries(choosableGroups.map((g) => [g, 'immediately'])),
					circles: []
				},
				saved: false
			},
			form: null
		} as never
	}).body;

const push = () =>
	render(PushPage, {
		props: {
			data: {
				publicKey: 'x',
				devices: [{ id: '1', endpoint: 'https://push.example/1' }],
				kinds: ['circles', 'safety'],
				notice: null
			},
			form: null
		} as never
	}).body;

/** The group names as they appear on a page, in its order. */
const namesIn = (html: string, locale: 'nl' | 'en') =>
	notificationGroups
		.map((g) => ({ g, at: html.indexOf(groupLabels[g]({ locale }).replace(/'/g, '&#39;')) }))
		.filter(({ at }) => at >= 0)
		.sort((a, b) => a.at - b.at)
		.map(({ g }) => g);

describe('the two notification pages', () => {
	for (const locale of ['nl', 'en'] as const)
		it(`name the same six groups in the same order (${locale})`, () => {
			overwriteGetLocale(() => locale);
			expect(namesIn(settings(), locale)).toEqual([...notificationGroups]);
			expect(namesIn(push(), locale)).toEqual([...notificationGroups]);
		});

	it('offer a choice for every group but safety in the settings, and every group for push', () => {
		const html = settings();
		for (const g of choosableGroups) expect(html).toContain(`name="group.${g}"`);
		expect(html).not.toContain('name="group.safety"');
		expect(html).toContain('Komt altijd meteen. Dit kun je niet uitzetten.');
		const page = push();
		for (const g of notificationGroups) expect(page).toContain(`value="${g}"`);
		expect(page).toMatch(/value="safety"[^>]*checked/);
		expect(page).not.toMatch(/value="gatherings"[^>]*checked/);
	});
});
