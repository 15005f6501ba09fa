import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newContext, signInWithCode } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function ask(page: Page, text: string, neighbourhood: string, consent: boolean) {
	await page.goto('/questions/new');
	await page.getByLabel('Waar heb je mee te maken?').fill(text);
	await page.getByLabel('Je wijk').selectOption({ label: neighbourhood });
	if (consent) await page.getByLabel(/Neem contact met me op/).check();
	await page.getByRole('button', { name: 'Vraag opslaan en kringen zoeken' }).click();
	await page.waitForURL(/\/questions\/[0-9a-f-]{36}\?asked/);
}

describe('asking a question and finding peers', () => {
	it('a resident asks about their autistic son and sees the autism café first, with reasons', async () => {
		const context = await newContext(browser, { mobile: true });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Sanne de Vries/ }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.goto('/questions/new');
		await page
			.getByLabel('Waar heb je mee te maken?')
			.fill(
				'Mijn zoon van 8 is autistisch en op school gaat het steeds mis. Ik zoek andere ouders.'
			);
		// No JavaScript needed: the server suggests the themes.
		await page.getByRole('button', { name: "Stel thema's voor" }).click();
		await expect.poll(() => page.getByLabel('Autisme', { exact: true }).isChecked()).toBe(true);
		expect(await page.getByLabel('Opvoeden', { exact: true }).isChecked()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Je wijk').selectOption({ label: 'Ridderveld' });
		await page.getByLabel('avond').check();
		await page.getByRole('button', { name: 'Vraag opslaan en kringen zoeken' }).click();
		await page.waitForURL(/\/questions\/[0-9a-f-]{36}\?asked/);
		const first = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 3 }) })
			.first();
		expect(await first.getByRole('heading').innerText()).toContain('Autisme-café Ridderveld');
		const reasons = await first.innerText();
		expect(reasons).toContain('zelfde thema: Autisme, Opvoeden');
		expect(reasons).toContain('in je eigen wijk');
		expect(reasons).toMatch(/nog \d+ plekken vrij/);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('four residents ask about debt in Ridderveld; the worker seeds a circle; they are invited', async () => {
		const residents = [
			'r50@kring.example',
			'r51@kring.example',
			'r52@kring.example',
			'r53@kring.example'
		];
		for (const email of residents) {
			const context = await newContext(browser, { javaScriptEnabled: false });
			const page = await context.newPage();
			await signInWithCode(page, email);
			await ask(
				page,
				'Ik heb schulden en durf de post niet meer open te maken.',
				'Ridderveld',
				true
			);
			await context.close();
		}

		const context = await newContext(browser);
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Fatima Yilmaz/ }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.getByRole('link', { name: 'Voorstellen' }).click();
		await page.getByRole('button', { name: 'Zoek nu naar voorstellen' }).click();
		await page.waitForURL(/\/worker\/proposals$/);
		const proposal = page.getByRole('link', { name: 'Schulden en geldzorgen in Ridderveld' });
		await expect.poll(() => proposal.isVisible(), { timeout: 20_000 }).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await proposal.click();
		// The list shows the count too: read it on the proposal's own page.
		await page.waitForURL(/\/worker\/proposals\/[0-9a-f-]{36}/);
		expect(await page.getByText('4 bewoners').first().isVisible()).toBe(true);
		expect(await page.getByLabel('Naam van de kring').inputValue()).toBe(
			'Schulden en geldzorgen in Ridderveld'
		);
		await page.getByRole('button', { name: 'Start kring en nodig 4 bewoners uit' }).click();
		await page.waitForURL(/\/circles\/schulden-en-geldzorgen-in-ridderveld-/);
		await page.goto('/worker/proposals');
		expect(await page.getByText('4 uitgenodigd, 0 doen mee').isVisible()).toBe(true);
		await context.close();

		const resident = await newContext(browser, { javaScriptEnabled: false });
		const rpage = await resident.newPage();
		await signInWithCode(rpage, residents[0]);
		await rpage.goto('/questions');
		expect(await rpage.getByText(/Je bent uitgenodigd voor de kring/).isVisible()).toBe(true);
		await rpage.getByRole('button', { name: 'Ja, ik doe mee' }).click();
		await rpage.waitForURL(/\/circles\/schulden-en-geldzorgen-in-ridderveld-/);
		await resident.close();
	});
});
