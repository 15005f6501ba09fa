import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import LocalText from './LocalText.svelte';

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
