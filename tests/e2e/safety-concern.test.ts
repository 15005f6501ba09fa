/**
 * The gentle outcome of the crisis check ("concern") at 375 px: heavy words show one calm line
 * with 113 above the suggested circles, which stay; in the chat, under the writer's input.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function signedIn(locale: 'nl' | 'en', javaScriptEnabled: boolean, who: RegExp) {
	const context = await browser.newContext({
		baseURL: inject('baseURL'),
		locale: locale === 'en' ? 'en-GB' : 'nl-NL',
		javaScriptEnabled,
		viewport: { width: 375, height: 740 },
		// Only so that axe can be injected; the pages run under the app's CSP otherwise.
		bypassCSP: true
	});
	const page = await context.newPage();
	await page.goto('/signin');
	await page.getByRole('button', { name: who }).click();
	await page.waitForURL((u) => u.pathname === '/');
	// Signing in takes the language of the profile; these tests read in `locale`.
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: locale, url: inject('baseURL') }]);
	return { context, page };
}

/** axe needs JavaScript: a page seen without it is checked again, same session, with it. */
async function axeOf(page: Page) {
	const context = await browser.newContext({
		baseURL: inject('baseURL'),
		viewport: { width: 375, height: 740 },
		bypassCSP: true,
		storageState: await page.context().storageState()
	});
	const again = await context.newPage();
	await again.goto(page.url());
	const violations = await axeViolations(again);
	await context.close();
	return violations;
}

const mainFits = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll('main *')].every((e) => e.getBoundingClientRect().right <= 375)
	);

/** The calm line: 113, 0800-0113, 113.nl and 112, as links that work without JavaScript. */
async function expectConcernLine(page: Page) {
	const line = page.getByTestId('concern-line');
	expect(await line.count()).toBe(1);
	expect(await line.locator('a[href="tel:113"]').count()).toBe(1);
	expect(await line.locator('a[href="tel:08000113"]').count()).toBe(1);
	expect(await line.locator('a[href="https://www.113.nl"]').count()).toBe(1);
	expect(await line.locator('a[href="tel:112"]').count()).toBe(1);
	expect(await page.getByTestId('crisis-help').count()).toBe(0);
}

const texts = {
	nl: {
		body: 'Waar heb je mee te maken?',
		hood: 'Je wijk',
		recognise: "Stel thema's voor",
		save: 'Vraag opslaan en kringen zoeken',
		question:
			'Mijn moeder heeft dementie en ik zorg al drie jaar voor haar. Ik kan niet meer. Zijn er andere mantelzorgers?'
	},
	en: {
		body: 'What are you dealing with?',
		hood: 'Your neighbourhood',
		recognise: 'Suggest themes',
		save: 'Save question and find circles',
		question:
			'I look after my husband who has dementia. Everything is too much lately and I feel hopeless. Are there other carers nearby?'
	}
} as const;

describe('a calm line with 113 for heavy words (375 px)', () => {
	for (const locale of ['nl', 'en'] as const) {
		const t = texts[locale];
		const javaScriptEnabled = locale === 'en';
		it(`${locale}: a question shows the line in the preview and above its circles, which stay`, async () => {
			const { context, page } = await signedIn(locale, javaScriptEnabled, /Sanne de Vries/);
			await page.goto('/questions/new');
			expect(await page.getByTestId('concern-line').count()).toBe(0);
			await page.getByLabel(t.body).fill(t.question);
			await page.getByLabel(t.hood).selectOption({ label: 'Centrum' });
			await page.getByRole('button', { name: t.recognise }).click();
			await expect.poll(() => page.getByTestId('concern-line').count()).toBe(1);
			await expectConcernLine(page);
			await page.getByRole('button', { name: t.save }).click();
			await page.waitForURL(/\/questions\/[0-9a-f-]{36}\?asked/);
			await expectConcernLine(page);
			// The circles stay, under the line.
			const circles = page.locator('main a[href^="/circles/"]');
			expect(await circles.count()).toBeGreaterThan(0);
			const lineTop = (await page.getByTestId('concern-line').boundingBox())!.y;
			expect(lineTop).toBeLessThan((await circles.first().boundingBox())!.y);
			expect(await mainFits(page)).toBe(true);
			expect(await axeOf(page)).toEqual([]);
			await context.close();
		});
	}

	for (const javaScriptEnabled of [false, true]) {
		it(`nl: a heavy chat message shows the line under the writer's input (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const { context, page } = await signedIn('nl', javaScriptEnabled, /Mohamed El Amrani/);
			await page.goto('/circles/autisme-cafe-ridderveld/chat');
			expect(await page.getByTestId('concern-line').count()).toBe(0);
			const text = `Het wordt me allemaal te veel deze week (${javaScriptEnabled ? 'a' : 'b'})`;
			await page.getByLabel('Je bericht').fill(text);
			await page.getByRole('button', { name: 'Versturen' }).click();
			await expect
				.poll(() => page.getByTestId('concern-line').isVisible(), { timeout: 10_000 })
				.toBe(true);
			await expectConcernLine(page);
			await expect
				.poll(() => page.locator('main li', { hasText: text }).first().isVisible())
				.toBe(true);
			// Under the input, inside the message form.
			expect(await page.locator('form[action="?/send"] [data-testid="concern-line"]').count()).toBe(
				1
			);
			expect(await axeOf(page)).toEqual([]);
			// "Sluiten" takes the line away: a link without JavaScript, in place with it.
			await page.getByTestId('concern-line').getByRole('link', { name: 'Sluiten' }).click();
			await expect.poll(() => page.getByTestId('concern-line').count()).toBe(0);
			expect(new URL(page.url()).search).not.toContain('notice');
			// With JavaScript, a keyboard user goes on in the message box, not at the top.
			if (javaScriptEnabled)
				expect(await page.evaluate(() => document.activeElement?.id)).toBe('chat-body');
			if (!javaScriptEnabled) {
				// The line is a one-time notice: reloading the page it showed on does not bring it back.
				await page.getByLabel('Je bericht').fill(`${text} (nog eens)`);
				await page.getByRole('button', { name: 'Versturen' }).click();
				await expect.poll(() => page.getByTestId('concern-line').isVisible()).toBe(true);
				expect(new URL(page.url()).search).toBe('');
				await page.reload();
				expect(await page.getByTestId('concern-line').count()).toBe(0);
			}
			await context.close();
		});
	}
});
