import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, signInWithCode } from './browser';

// Issue 13 (phone-first) and "nothing a user wrote is lost": on a slow phone a resident can
// type before the page's JavaScript has started; starting it (hydration) must not wipe that.

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** SvelteKit starts its router right after hydrating the page, and that sets this. */
const started = (page: Page) => page.evaluate(() => history.scrollRestoration === 'manual');

/**
 * Holds the app's JavaScript back, as a slow phone still fetching it; the returned function
 * lets it through and waits until the page has started.
 */
async function holdScripts(page: Page) {
	let held: Route[] | null = [];
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		if (held) held.push(route);
		else await route.continue();
	});
	return async () => {
		const waiting = held ?? [];
		held = null;
		await Promise.all(waiting.map((route) => route.continue()));
		await expect.poll(() => started(page), { timeout: 15_000 }).toBe(true);
	};
}

/** A phone without the service worker, which would serve the scripts past the hold. */
const phone = () => newContext(browser, { mobile: true, serviceWorkers: 'block' });

describe('what is typed before the page has started', () => {
	it('the circle search keeps the words, the area and the tick, searches with them, and follows the address after', async () => {
		const context = await phone();
		const page = await context.newPage();
		const release = await holdScripts(page);
		await page.goto('/circles', { waitUntil: 'domcontentloaded' });
		expect(await started(page)).toBe(false);
		await page.getByLabel('Zoek op woorden').fill('schulden');
		await page.getByLabel('Wijk').selectOption({ label: 'Centrum' });
		const moreFilters = page.locator('details', { has: page.getByText('Meer filters') });
		expect(await moreFilters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		await page.getByText('Meer filters').click();
		await page.getByLabel('Alleen kringen met plek').check();
		await release();

		expect(await page.getByLabel('Zoek op woorden').inputValue()).toBe('schulden');
		expect(await page.getByLabel('Wijk').inputValue()).toBe('centrum');
		expect(await page.getByLabel('Alleen kringen met plek').isChecked()).toBe(true);
		// "Meer filters", opened before the page started, stays open.
		expect(await moreFilters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);
		expect(await page.getByLabel('Alleen kringen met plek').isVisible()).toBe(true);
		await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL(/\/circles\?q=schulden&.*neighbourhood=centrum.*&open=1/);
		expect(
			await page.getByRole('link', { name: 'Samen uit de schulden' }).first().isVisible()
		).toBe(true);
		// Searched by the started page (no reload), with what was typed.
		expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(
			true
		);
		// The page built the new form itself; "Meer filters" is open as a filter in it is used.
		expect(await moreFilters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(true);

		// Back to the address without a search: the form shows none.
		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/circles' && url.search === '');
		await expect.poll(() => page.getByLabel('Zoek op woorden').inputValue()).toBe('');
		expect(await page.getByLabel('Wijk').inputValue()).toBe('');
		expect(await page.getByLabel('Alleen kringen met plek').isChecked()).toBe(false);
		expect(await moreFilters.evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
		await context.close();
	});

	it('a question, its neighbourhood, a request to join and its message keep what was typed or chosen, and are sent with it', async () => {
		const context = await phone();
		const page = await context.newPage();
		await signInWithCode(page, `typing-${Date.now()}@kring.example`);

		// (a) The question: "suggest themes" reads the text typed before the page started;
		// (b) the neighbourhood chosen in its dropdown then is kept, and sent (the server echoes it).
		let release = await holdScripts(page);
		await page.goto('/questions/new', { waitUntil: 'domcontentloaded' });
		expect(await started(page)).toBe(false);
		const question = 'Mijn zoon van 8 heeft autisme. Ik zoek andere ouders om mee te praten.';
		await page.getByLabel('Waar heb je mee te maken?').fill(question);
		const neighbourhood = page.getByLabel('Je wijk');
		expect(await neighbourhood.inputValue()).toBe('');
		const [centrum] = await neighbourhood.selectOption({ label: 'Centrum' });
		expect(centrum).not.toBe('');
		await release();
		expect(await page.getByLabel('Waar heb je mee te maken?').inputValue()).toBe(question);
		expect(await neighbourhood.inputValue()).toBe(centrum);
		await page.getByRole('button', { name: "Stel thema's voor" }).click();
		await expect
			.poll(() => page.locator('#themes-hint').innerText())
			.toMatch(/Wij denken dat je vraag hierover gaat: .*autisme/);
		expect(await page.getByLabel('Waar heb je mee te maken?').inputValue()).toBe(question);
		expect(await neighbourhood.inputValue()).toBe(centrum);
		await page.unrouteAll();

		// (c) Asking to join a circle (one no other test uses), with a message for the host.
		release = await holdScripts(page);
		await page.goto('/circles/pleegouderkring-alphen', { waitUntil: 'domcontentloaded' });
		expect(await started(page)).toBe(false);
		const message = `Wij zijn sinds kort pleegouders ${Date.now()}.`;
		const box = page.getByLabel('Wil je iets vertellen? (mag leeg blijven)');
		await box.fill(message);
		await release();
		expect(await box.inputValue()).toBe(message);
		await page.getByRole('button', { name: 'Vraag of je mee mag doen' }).click();
		await page.waitForURL(/outcome=requested/);

		// The host reads the message that was typed.
		const hostContext = await phone();
		const host = await hostContext.newPage();
		await signInWithCode(host, 'r05@kring.example');
		await host.goto('/circles/pleegouderkring-alphen/manage');
		expect(await host.getByText(message).isVisible()).toBe(true);
		await hostContext.close();

		// Leave the demo town as it was: the request is withdrawn.
		await page.getByRole('button', { name: 'Trek je vraag in' }).click();
		await expect
			.poll(() => page.getByRole('button', { name: 'Vraag of je mee mag doen' }).isVisible())
			.toBe(true);
		await context.close();
	});
});
