import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, newContext, openMenu, signInWithCode } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('a resident on the demo town', () => {
	it('signs in with a code, browses circles, and edits their profile', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signInWithCode(page, 'sanne@kring.example');
		await openMenu(page);
		await expect.poll(() => page.getByRole('button', { name: 'Uitloggen' }).isVisible()).toBe(true);

		await page.getByRole('link', { name: 'Kringen', exact: true }).click();
		await page.getByLabel('Thema').selectOption('autism');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL(/theme=autism/);
		await page.getByRole('link', { name: 'Autisme-café Ridderveld' }).click();
		await page.waitForURL(/\/circles\/autisme-cafe-ridderveld$/);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			'Autisme-café Ridderveld'
		);
		expect(await page.getByText('Mohamed El Amrani').first().isVisible()).toBe(true);

		await openMenu(page);
		await page.getByRole('link', { name: 'Mijn profiel' }).click();
		await page.waitForURL(/\/profile$/);
		// A bad value keeps what was typed and says what is wrong.
		await page.getByLabel('Je naam').fill('');
		await page.getByLabel('Schuilnaam (mag leeg blijven)').fill('Moeder van Daan');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect.poll(() => page.getByText('Vul je naam in.').isVisible()).toBe(true);
		expect(await page.getByLabel('Schuilnaam (mag leeg blijven)').inputValue()).toBe(
			'Moeder van Daan'
		);

		await page.getByLabel('Je naam').fill('Sanne');
		await page.getByLabel('English', { exact: true }).check();
		await page.getByLabel('Je wijk').selectOption({ label: 'Centrum' });
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await page.waitForURL(/saved/);
		await page.reload();
		expect(await page.getByLabel('Je naam').inputValue()).toBe('Sanne');
		expect(await page.getByLabel('Schuilnaam (mag leeg blijven)').inputValue()).toBe(
			'Moeder van Daan'
		);
		expect(await page.getByLabel('English', { exact: true }).isChecked()).toBe(true);
		// Other files share this demo town and greet Sanne by her name: take the pseudonym off.
		await page.getByLabel('Schuilnaam (mag leeg blijven)').fill('');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await page.waitForURL(/saved/);
		await context.close();
	});

	it('works without JavaScript: sign in, and a bad profile form keeps what was typed', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Mohamed El Amrani/ }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.goto('/profile');
		await page.getByLabel('Je naam').fill('x'.repeat(90));
		await page.getByRole('button', { name: 'Opslaan' }).click();
		// The click returns once the answer starts to arrive, not when the page is there.
		await expect
			.poll(() => page.getByText('Dit is te lang. Gebruik hoogstens 80 tekens.').isVisible())
			.toBe(true);
		expect(await page.getByLabel('Je naam').inputValue()).toBe('x'.repeat(90));
		await page.goto('/circles?theme=grief');
		expect(await page.getByRole('heading', { name: '1 kring gevonden' }).isVisible()).toBe(true);
		await openMenu(page);
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect
			.poll(() => page.getByRole('banner').getByRole('link', { name: 'Inloggen' }).isVisible())
			.toBe(true);
		await context.close();
	});

	it('switches language, remembers it, and follows the browser at first', async () => {
		const context = await newContext(browser, { locale: 'en', mobile: true });
		const page = await context.newPage();
		await page.goto('/');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Stronger together');
		expect(await page.locator('html').getAttribute('lang')).toBe('en');
		await page.getByRole('button', { name: 'Schakel naar Nederlands' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Samen sta je sterker');
		await page.goto('/circles');
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Kringen');
		await context.close();
	});

	it('hides a private circle and shows a friendly 404 for unknown pages', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const privateCircle = await page.goto('/circles/jonge-mantelzorgers');
		expect(privateCircle?.status()).toBe(404);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			'Deze pagina bestaat niet'
		);
		const unknown = await page.goto('/nergens');
		expect(unknown?.status()).toBe(404);
		expect(await page.content()).not.toMatch(/at .*\.js:\d+/);
		await context.close();
	});
});

describe('the header on a phone', () => {
	it('is one bar of at most 64 px; every place is behind the menu, with and without JavaScript', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const context = await newContext(browser, { mobile: true, javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/signin');
			await page.getByRole('button', { name: /Fatima Yilmaz/ }).click();
			await page.waitForURL((u) => u.pathname === '/');
			const header = await page.getByRole('banner').boundingBox();
			expect(header!.height).toBeLessThanOrEqual(64);
			expect(await page.getByRole('link', { name: 'Voorstellen' }).isVisible()).toBe(false);
			await openMenu(page);
			await page.getByRole('link', { name: 'Voorstellen' }).click();
			await page.waitForURL(/\/worker\/proposals$/);
			expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
			await context.close();
		}
	});
});

describe('the header on a desktop', () => {
	it('is one row without sideways scrolling for a resident, a worker and an admin (who have the most links), in Dutch and in English', async () => {
		const problems: string[] = [];
		for (const [who, locale] of [
			[/Mohamed El Amrani/, 'nl-NL'],
			[/Mohamed El Amrani/, 'en-GB'],
			[/Fatima Yilmaz/, 'nl-NL'],
			[/Fatima Yilmaz/, 'en-GB'],
			[/Beheer Kring/, 'nl-NL'],
			[/Beheer Kring/, 'en-GB']
		] as const) {
			for (const width of [1280, 1024]) {
				const context = await browser.newContext({
					baseURL: inject('baseURL'),
					locale,
					viewport: { width, height: 800 }
				});
				const page = await context.newPage();
				await page.goto('/signin');
				await page.getByRole('button', { name: who }).click();
				await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
				const header = await page.getByRole('banner').boundingBox();
				const tops = await page
					.getByRole('banner')
					.getByRole('link')
					.evaluateAll((links) =>
						links
							.filter((l) => (l as HTMLElement).offsetParent !== null)
							.map((l) => Math.round(l.getBoundingClientRect().top))
					);
				const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
				// Links in one row start within a few pixels of each other.
				if (header!.height > 80 || Math.max(...tops) - Math.min(...tops) > 16 || scroll > width)
					problems.push(
						`${who.source} ${locale} ${width}px: ${header!.height} px high, link rows at ${[...new Set(tops)].join(', ')}, ${scroll} px wide`
					);
				await context.close();
			}
		}
		expect(problems).toEqual([]);
	});
});

describe('the header when signed out', () => {
	it('fits a 320 px screen in Dutch and in English', async () => {
		const wide: string[] = [];
		for (const locale of ['nl-NL', 'en-GB']) {
			const context = await browser.newContext({
				baseURL: inject('baseURL'),
				locale,
				viewport: { width: 320, height: 640 }
			});
			const page = await context.newPage();
			for (const path of ['/', '/circles', '/signin']) {
				await page.goto(path);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 320) wide.push(`${path} (${locale}): ${width} px`);
			}
			await context.close();
		}
		expect(wide).toEqual([]);
	});
});

describe('accessibility (axe, WCAG 2.2 A/AA)', () => {
	it('fits a 320 px wide screen on every page, without scrolling sideways (reflow)', async () => {
		const wide: string[] = [];
		const pages = {
			'Mohamed El Amrani': [
				'/',
				'/circles',
				'/circles/mine',
				'/circles/autisme-cafe-ridderveld',
				'/circles/autisme-cafe-ridderveld/chat',
				'/circles/autisme-cafe-ridderveld/manage',
				'/circles/new',
				'/questions',
				'/calendar',
				'/notifications',
				'/moderation',
				'/profile'
			],
			'Fatima Yilmaz': ['/worker/proposals', '/worker/circles/new', '/moderation']
		};
		for (const [name, paths] of Object.entries(pages)) {
			const context = await browser.newContext({
				baseURL: inject('baseURL'),
				locale: 'nl-NL',
				viewport: { width: 320, height: 640 }
			});
			const page = await context.newPage();
			await page.goto('/signin');
			await page.getByRole('button', { name: new RegExp(name) }).click();
			await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
			for (const path of paths) {
				await page.goto(path);
				const width = await page.evaluate(() => document.documentElement.scrollWidth);
				if (width > 320) wide.push(`${path} (${name}): ${width} px`);
			}
			await context.close();
		}
		expect(wide).toEqual([]);
	});

	for (const locale of ['nl', 'en'] as const) {
		it(`has no violations on the main pages in ${locale}`, async () => {
			const context = await newContext(browser, { locale });
			const page = await context.newPage();
			const found: string[] = [];
			for (const path of [
				'/',
				'/circles',
				'/circles/autisme-cafe-ridderveld',
				'/signin',
				'/nergens'
			]) {
				await page.goto(path);
				found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
			}
			await page.goto('/signin');
			await page.getByRole('button', { name: /Sanne de Vries/ }).click();
			await page.waitForURL((u) => u.pathname === '/');
			await page.goto('/profile');
			found.push(...(await axeViolations(page)).map((v) => `/profile: ${v}`));
			expect(found).toEqual([]);
			await context.close();
		});
	}
});
