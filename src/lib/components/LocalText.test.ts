import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import LocalSentence from './LocalSentence.svelte';
import LocalText from './LocalText.svelte';
import { notificationText } from './notifications/text';

// English readers are told when a name or title is Dutch (issue 13.7).
const html = (locale: 'nl' | 'en', props: { nl: string; en?: string | null }) => {
	overwriteGetLocale(() => locale);
	return render(LocalText, { props }).body;
};
afterEach(() => overwriteGetLocale(() => 'nl'));

describe('LocalText', () => {
	it('marks a Dutch-only name for an English reader', () => {
		const out = html('en', { nl: 'Koffieochtend Schelfhorst', en: null });
		expect(out).toMatch(/<span lang="nl">Koffieochtend Schelfhorst<\/span>/);
		expect(out).toContain('(in Dutch)');
	});
	it('shows the English name, unmarked, when the host gave one', () => {
		const out = html('en', { nl: 'Koffieochtend', en: 'Coffee morning' });
		expect(out).toContain('Coffee morning');
		expect(out).not.toContain('lang="nl"');
		expect(out).not.toContain('Dutch');
	});
	it('never marks anything for a Dutch reader', () => {
		const out = html('nl', { nl: 'Koffieochtend', en: null });
		expect(out).toContain('Koffieochtend');
		expect(out).not.toContain('lang=');
		expect(out).not.toContain('Nederlands');
	});
});

describe('LocalSentence (a name inside the app’s own sentence)', () => {
	const sentence = (locale: 'nl' | 'en', nl: string, en: string | null) => {
		overwriteGetLocale(() => locale);
		return render(LocalSentence, {
			props: { message: (circle: string) => m.volunteers_for_circle({ circle }), nl, en }
		}).body.replace(/<!--.*?-->/g, '');
	};
	it('marks a Dutch-only circle name inside an English sentence', () => {
		const out = sentence('en', 'Mantelzorgers Kerk en Zanen', null);
		expect(out).toMatch(/for <span lang="nl">Mantelzorgers Kerk en Zanen<\/span>/);
		expect(out).toContain('(in Dutch)');
	});
	it('uses the English name when there is one, and marks nothing for Dutch readers', () => {
		expect(sentence('en', 'Koffieochtend', 'Coffee morning')).not.toContain('Dutch');
		const nl = sentence('nl', 'Koffieochtend', null);
		expect(nl).toContain('Koffieochtend');
		expect(nl).not.toContain('lang=');
	});
});

describe('notification texts name a Dutch circle as Dutch for English readers', () => {
	it('a join request, an invitation and a changed gathering', () => {
		overwriteGetLocale(() => 'en');
		const joined = notificationText({
			kind: 'join_request_approved',
			payload: { circle: 'Wandelgroep Schelfhorst' }
		});
		expect(joined).toContain('Wandelgroep Schelfhorst (in Dutch)');
		expect(
			notificationText({ kind: 'circle_invitation', payload: { circle_name: 'Taalcafé' } })
		).toContain('Taalcafé (in Dutch)');
		const changed = notificationText({
			kind: 'gathering_changed',
			payload: { title: 'Koffie', title_en: 'Coffee', circle: 'Buurtkamer', circle_en: '' }
		});
		expect(changed).toContain('Coffee');
		expect(changed).not.toContain('Coffee (in Dutch)');
		expect(changed).toContain('Buurtkamer (in Dutch)');
		overwriteGetLocale(() => 'nl');
		expect(
			notificationText({ kind: 'join_request_approved', payload: { circle: 'Wandelgroep' } })
		).not.toContain('Nederlands');
	});
});

describe("a host's decision carries the words the host wrote to the person", () => {
	it('declined, waiting and removed show the message; an empty one adds nothing', () => {
		overwriteGetLocale(() => 'nl');
		const payload = { circle: 'Rouwkring', reason: ' De kring is nu vol, probeer het in maart. ' };
		for (const kind of ['join_request_declined', 'join_request_waiting', 'removed_from_circle']) {
			expect(notificationText({ kind, payload })).toMatch(
				/Rouwkring.* De gastheer of gastvrouw schreef erbij: “De kring is nu vol, probeer het in maart\.”$/
			);
		}
		expect(
			notificationText({ kind: 'join_request_declined', payload: { circle: 'X', reason: '  ' } })
		).toBe('Je kunt helaas niet meedoen met X.');
		overwriteGetLocale(() => 'en');
		expect(
			notificationText({ kind: 'join_request_approved', payload: { circle: 'X', reason: 'Hi!' } })
		).toBe('You are now a member of X (in Dutch). Welcome! The host added: “Hi!”');
		overwriteGetLocale(() => 'nl');
	});
});
