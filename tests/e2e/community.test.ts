import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newContext } from './browser';

// Who does what (issue 14 point 5), voice of residents (6) and aftercare (7).

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('who does what', () => {
	it('a resident on a phone searches "schulden" and finds the debt circle and debt counselling side by side (nl)', async () => {
		const context = await newContext(browser, { mobile: true });
		const page = await context.newPage();
		await page.goto('/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Wie doet wat' }).click();
		await page.waitForURL(/\/directory$/);
		expect(
			await page
				.getByText(/Laatst gecontroleerd op \d+ \w+ \d{4}/)
				.first()
				.isVisible()
		).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Waar zoek je hulp bij?').fill('schulden');
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.waitForURL(/\/directory\?q=schulden/);
		const circles = page.getByRole('region', { name: 'Kringen' });
		const services = page.getByRole('region', { name: 'Organisaties en diensten' });
		expect(await circles.getByRole('link', { name: 'Samen uit de schulden' }).isVisible()).toBe(
			true
		);
		const debt = services.getByRole('article', { name: 'Schuldhulpverlening Alphen' });
		expect(await debt.isVisible()).toBe(true);
		const text = await debt.innerText();
		expect(text).toContain('Voor wie');
		expect(text).toContain('Wanneer');
		expect(text).toMatch(/Laatst gecontroleerd op/);
		expect(await debt.getByRole('link', { name: /Bel 0172 000 101/ }).getAttribute('href')).toBe(
			'tel:0172000101'
		);
		// No crisis line for a money question; and a resident cannot keep the directory.
		expect(await services.getByText('113 Zelfmoordpreventie').count()).toBe(0);
		expect(await page.getByRole('button', { name: /Klopt nog/ }).count()).toBe(0);
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(375);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('in English too, and the circle search shows the service beside the circle', async () => {
		const context = await newContext(browser, { mobile: true, locale: 'en' });
		const page = await context.newPage();
		await page.goto('/directory?q=schulden');
		expect(
			await page
				.getByRole('region', { name: 'Circles' })
				.getByRole('link', { name: 'Getting out of debt together' })
				.isVisible()
		).toBe(true);
		const debt = page
			.getByRole('region', { name: 'Organisations and services' })
			.getByRole('article', { name: 'Debt counselling Alphen' });
		expect(await debt.innerText()).toMatch(/Last checked on \d+ \w+ \d{4}/);
		expect(await axeViolations(page)).toEqual([]);
		await page.goto('/circles?q=schulden');
		expect(
			await page.getByRole('heading', { name: 'Other help in the neighbourhood' }).isVisible()
		).toBe(true);
		expect(await page.getByRole('article', { name: 'Debt counselling Alphen' }).isVisible()).toBe(
			true
		);
		expect(await axeViolations(page)).toEqual([]);
		await context.close();
	});

	it('a worker marks an entry of their area as checked, and edits it', async () => {
		const context = await newContext(browser, { mobile: true });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Fatima Yilmaz/ }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.goto('/directory');
		const team = page.getByRole('article', { name: 'Sociaal wijkteam Centrum' });
		await team.getByRole('button', { name: /Klopt nog/ }).click();
		await page.waitForURL(/done=checked/);
		expect(await page.getByRole('status').innerText()).toContain('Gecontroleerd');
		// Ridderveld is not Fatima's area: no buttons there.
		const other = page.getByRole('article', { name: 'Sociaal wijkteam Ridderveld' });
		expect(await other.getByRole('button').count()).toBe(0);
		await team.getByRole('link', { name: /Wijzigen/ }).click();
		await page.waitForURL(/\/edit$/);
		expect(await axeViolations(page)).toEqual([]);
		await page
			.getByLabel('Wanneer open of bereikbaar?')
			.fill(
				'Maandag tot en met vrijdag 8.30 – 17.00 uur. Inloop woensdag 10.00 – 12.00 uur in buurthuis Het Anker.'
			);
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await page.waitForURL(/done=saved/);
		expect(
			await page.getByRole('article', { name: 'Sociaal wijkteam Centrum' }).innerText()
		).toContain('8.30 – 17.00 uur.');
		await context.close();
	});
});

describe('the voice of residents', () => {
	it('a resident shares a story anonymously and withdraws it again', async () => {
		const context = await newContext(browser, { mobile: true });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Sanne de Vries/ }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.goto('/stories');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Titel').fill('Wat de kring voor mij deed');
		await page.getByLabel('Je verhaal').fill('Door de kring voel ik me minder alleen met de zorg.');
		await page.getByLabel('Anoniem').check();
		await page.getByRole('button', { name: 'Verhaal delen' }).click();
		await page.waitForURL(/done=shared/);
		const story = page.getByRole('listitem').filter({ hasText: 'Wat de kring voor mij deed' });
		expect(await story.innerText()).toContain('Anoniem');
		await story.getByRole('button', { name: /Intrekken/ }).click();
		await page.waitForURL(/done=withdrawn/);
		expect(await page.getByText('Wat de kring voor mij deed').count()).toBe(0);
		await context.close();
	});
});

describe('neighbourhoods for admins', () => {
	it('an admin gets a clear error for a file in RD coordinates; workers are refused', async () => {
		const context = await newContext(browser, { mobile: true });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Beheer Kring/ }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.goto('/admin/neighbourhoods');
		expect(await page.getByRole('heading', { name: 'Wie werkt waar' }).isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		const rd = {
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: { buurtcode: 'BU04840199', buurtnaam: 'Proefbuurt' },
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[98000, 460000],
								[98100, 460000],
								[98100, 460100],
								[98000, 460000]
							]
						]
					}
				}
			]
		};
		await page.getByLabel('Bestand (.geojson)').setInputFiles({
			name: 'buurten.geojson',
			mimeType: 'application/geo+json',
			buffer: Buffer.from(JSON.stringify(rd))
		});
		await page.getByRole('button', { name: 'Inlezen' }).click();
		const alert = page.getByRole('alert');
		expect(await alert.innerText()).toContain('WGS84 (EPSG:4326)');
		expect(await axeViolations(page)).toEqual([]);
		await context.close();

		const worker = await newContext(browser);
		const workerPage = await worker.newPage();
		await workerPage.goto('/signin');
		await workerPage.getByRole('button', { name: /Fatima Yilmaz/ }).click();
		await workerPage.waitForURL((u) => u.pathname === '/');
		const refused = await workerPage.goto('/admin/neighbourhoods');
		expect(refused?.status()).toBe(403);
		await worker.close();
	});
});
