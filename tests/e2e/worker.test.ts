import { describe, expect, inject, it } from 'vitest';
import { axeViolations, browserForFile } from './browser';

// The workers' overview end to end on the demo town, on a phone: the demo worker opens
// /worker from the menu, sees the struggling circle and that debt questions grow in
// Centrum, reads the map's and charts' tables, and exports the CSV with the same
// suppression; a resident gets no overview. Read only: nothing is left behind.

const browser = browserForFile();

const words = {
	nl: {
		menu: 'Menu',
		nav: 'Overzicht',
		title: 'Overzicht van je wijk',
		growing:
			/Schulden en geldzorgen in Centrum: 21 vragen in de 4 weken ervoor, \d+ in de laatste 4 weken/,
		attention: 'Gastheer of gastvrouw 3 weken niet actief',
		circle: 'Naasten van iemand met een verslaving',
		export: 'Download alle cijfers (CSV)',
		header: 'Onderdeel,Waar,Wat,Maat,Aantal',
		mapTable: 'Open vragen per wijk'
	},
	en: {
		menu: 'Menu',
		nav: 'Overview',
		title: 'Your neighbourhood at a glance',
		growing:
			/Debt and money worries in Centrum: 21 questions in the 4 weeks before, \d+ in the last 4 weeks/,
		attention: 'Host inactive for 3 weeks',
		circle: 'Loved ones of someone with an addiction',
		export: 'Download all figures (CSV)',
		header: 'Section,Where,What,Measure,Number',
		mapTable: 'Open questions per neighbourhood'
	}
} as const;

describe('the workers’ overview', () => {
	for (const locale of ['nl', 'en'] as const) {
		const t = words[locale];
		it(`${locale}: Fatima sees a struggling circle and growing debt questions, and exports the CSV`, async () => {
			const context = await browser.open({ locale, mobile: true });
			const page = await context.newPage();
			await page.goto('/signin');
			await page.getByRole('button', { name: /Fatima Yilmaz/ }).click();
			await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
			// Signing in takes the language of the profile; this test reads in `locale`.
			await context.addCookies([
				{ name: 'PARAGLIDE_LOCALE', value: locale, url: inject('baseURL') }
			]);
			await page.goto('/');
			await page.locator('summary', { hasText: t.menu }).first().click();
			await page.getByRole('link', { name: t.nav, exact: true }).first().click();
			await page.waitForURL((u) => u.pathname === '/worker');
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.title);

			const main = await page.locator('main').innerText();
			expect(main).toMatch(t.growing);
			// The struggling circle comes first, with its reason.
			const first = page.locator('main li.card').first();
			expect(await first.getByRole('heading').innerText()).toBe(t.circle);
			expect(await first.innerText()).toContain(t.attention);
			// Small numbers are never shown; the map has its table.
			expect(main).toContain('< 5');
			expect(await page.getByRole('table', { name: t.mapTable }).count()).toBe(1);
			expect(await page.locator('svg[role="img"] path').count()).toBe(1);
			// Fits a 375 px phone: nothing wider than the screen.
			const wide = await page.evaluate(() => ({
				width: document.documentElement.scrollWidth,
				// What sticks out, to say where when it does.
				out: [...document.querySelectorAll('main *')]
					.filter((e) => e.getBoundingClientRect().right > 376)
					.slice(0, 5)
					.map((e) => `${e.tagName}.${e.getAttribute('class') ?? ''}`)
			}));
			expect(wide.width, wide.out.join(' | ')).toBeLessThanOrEqual(375);
			expect(await axeViolations(page)).toEqual([]);

			const href = await page.getByRole('link', { name: t.export }).getAttribute('href');
			const csv = await page.request.get(href!);
			expect(csv.headers()['content-type']).toContain('text/csv');
			const text = await csv.text();
			expect(text.replace(/^\ufeff/, '').split('\n')[0]).toBe(t.header);
			expect(text).toContain(',21\n');
			expect(text).toContain('< 5');
			expect(text).not.toMatch(/kring\.example/);
		});
	}

	it('a resident gets no overview and no CSV', async () => {
		const context = await browser.open({ mobile: true });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Sanne de Vries/ }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
		expect((await page.goto('/worker'))?.status()).toBe(403);
		expect((await page.request.get('/worker/overview.csv')).status()).toBe(403);
		expect(await page.getByRole('link', { name: 'Overzicht', exact: true }).count()).toBe(0);
	});
});
