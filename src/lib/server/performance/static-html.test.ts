import { afterEach, describe, expect, it } from 'vitest';
import CircleCards from '$lib/components/CircleCards.svelte';
import CircleSearchForm from '$lib/components/CircleSearchForm.svelte';
import CrisisHelp from '$lib/components/safety/CrisisHelp.svelte';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import type { CircleSummary } from '$lib/server/circles';
import { staticHtml } from './static-html';

// `/circles` and the chat place this HTML with {@html}: it must be escaped as the page is.
const circle = (over: Partial<CircleSummary>): CircleSummary => ({
	id: '00000000-0000-4000-8000-000000000001',
	slug: 'koffie',
	name: 'Koffieochtend',
	name_en: null,
	description: 'Samen koffie drinken.',
	description_en: null,
	meeting_note: '',
	meeting_note_en: '',
	theme_slugs: [],
	format: 'in_person',
	visibility: 'public',
	join_policy: 'open',
	capacity: 12,
	status: 'published',
	neighbourhood_name: 'Centrum',
	neighbourhood_slug: 'centrum',
	member_count: 4,
	meeting_weekdays: [],
	meeting_parts: [],
	languages: ['nl'],
	...over
});
afterEach(() => overwriteGetLocale(() => 'nl'));

describe('staticHtml', () => {
	it('escapes what residents wrote, in texts and in addresses', () => {
		const html = staticHtml(
			CircleCards,
			{
				circles: [
					circle({
						name: '<img src=x onerror=alert(1)>',
						slug: 'a"><script>x</script>',
						description: '</li><script>alert(2)</script>'
					})
				]
			},
			'cards'
		);
		expect(html).not.toMatch(/<img|<script|<!--/);
		expect(html).toContain('&lt;img src=x onerror=alert(1)>');
		expect(html).toContain('&lt;/li>&lt;script>alert(2)&lt;/script>');
		expect(html).toContain('href="/circles/a&quot;>&lt;script>x&lt;/script>"');
	});

	it('renders every card as a list item with its link, in the reader’s language', () => {
		overwriteGetLocale(() => 'en');
		const html = staticHtml(
			CircleCards,
			{ circles: [circle({}), circle({ id: '2', slug: 'thee', name: 'Thee', name_en: 'Tea' })] },
			'cards'
		);
		expect(html.match(/<li>/g)).toHaveLength(2);
		expect(html).toContain('href="/circles/koffie"');
		expect(html).toContain('<span lang="nl">Koffieochtend</span>');
		expect(html).toContain('>Tea</a>');
		expect(html).toContain('4 members');
		// Without Svelte's hydration markers.
		expect(html).not.toContain('<!--');
	});

	it('keeps the ids a component makes apart from the page’s own', () => {
		const html = staticHtml(CrisisHelp, { note: 'x' }, 'notice');
		const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) expect(id.startsWith('notice')).toBe(true);
	});

	it('renders the search form of /circles showing the search it came from, escaped', () => {
		const themes = [
			{ slug: 'grief', label_nl: 'Rouw', label_en: 'Grief' },
			{ slug: 'debt', label_nl: 'Schulden', label_en: 'Debt' }
		];
		const neighbourhoods = [{ id: '1', slug: 'centrum', name: 'Centrum' }];
		const html = staticHtml(
			CircleSearchForm,
			{
				filters: { q: '"><script>x</script>', theme: 'debt', day: 2, open: '1' },
				themes,
				neighbourhoods
			},
			'search'
		);
		expect(html).toMatch(/^<form method="GET"[^>]*role="search"/);
		expect(html).not.toMatch(/<script|<!--/);
		expect(html).toContain('value="&quot;>&lt;script>x&lt;/script>"');
		expect(html).toContain('<option value="debt" selected="">Schulden</option>');
		expect(html).toContain('<option value="grief">Rouw</option>');
		expect(html).toContain('<option value="2" selected="">');
		expect(html).toMatch(/<input type="checkbox" name="open" value="1" checked=""/);
		// A filter under "more filters" is used, so that section is open.
		expect(html).toMatch(/<details open=""/);
		const plain = staticHtml(CircleSearchForm, { filters: {}, themes, neighbourhoods }, 'search');
		expect(plain).not.toMatch(/selected=""[^>]*>Schulden|checked=""|<details open/);
	});
});
