import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newContext } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function signInAs(page: Page, name: RegExp) {
	await page.goto('/signin');
	await page.getByRole('button', { name }).click();
	await page.waitForURL((u) => u.pathname === '/');
}

describe('finding, joining and meeting', () => {
	it('a resident finds the autism café, asks to join, the host approves, and the resident RSVPs and downloads the .ics', async () => {
		const residentContext = await newContext(browser);
		const resident = await residentContext.newPage();
		await signInAs(resident, /Sanne/);
		await resident.goto('/circles');
		await resident.getByLabel('Zoek op woorden').fill('autisme');
		await resident.getByRole('button', { name: 'Zoeken' }).click();
		await resident.waitForURL(/q=autisme/);
		await resident.getByRole('link', { name: 'Autisme-café Ridderveld' }).first().click();
		await resident.waitForURL(/\/circles\/autisme-cafe-ridderveld/);
		await resident
			.getByLabel('Wil je iets vertellen? (mag leeg blijven)')
			.fill('Mijn zoon is 8 en heeft autisme.');
		await resident.getByRole('button', { name: 'Vraag of je mee mag doen' }).click();
		await resident.waitForURL(/outcome=requested/);
		expect(await resident.getByRole('status').innerText()).toContain('Je vraag is verstuurd');

		const hostContext = await newContext(browser);
		const host = await hostContext.newPage();
		await signInAs(host, /Mohamed/);
		expect(await host.getByRole('link', { name: /Berichten \(\d+ nieuw\)/ }).isVisible()).toBe(
			true
		);
		await host.goto('/circles/autisme-cafe-ridderveld/manage');
		expect(await host.getByText('Mijn zoon is 8 en heeft autisme.').isVisible()).toBe(true);
		// The field says who reads the message; the host is told the decision went through.
		const request = host.getByRole('listitem').filter({ hasText: 'Mijn zoon is 8' });
		await request
			.getByRole('textbox', { name: /Bericht aan Sanne/ })
			.fill('Tot dinsdag, de koffie staat klaar.');
		expect(await request.getByText(/Alleen Sanne.* leest dit/).count()).toBe(1);
		await request.getByRole('button', { name: 'Ja, welkom' }).click();
		await host.waitForURL(/decided=approved/);
		expect(await host.getByRole('status').innerText()).toContain('de persoon doet nu mee');
		expect(await host.getByText('Mijn zoon is 8 en heeft autisme.').count()).toBe(0);

		await resident.goto('/notifications');
		expect(
			await resident
				.getByText(
					'Je doet nu mee met Autisme-café Ridderveld. Welkom! De gastheer of gastvrouw schreef erbij: “Tot dinsdag, de koffie staat klaar.”'
				)
				.isVisible()
		).toBe(true);
		await resident.goto('/circles/mine');
		expect(await resident.getByRole('link', { name: 'Autisme-café Ridderveld' }).isVisible()).toBe(
			true
		);
		await resident.goto('/circles/autisme-cafe-ridderveld');
		expect(await resident.getByText('Jij doet mee in deze kring.').isVisible()).toBe(true);
		await resident.locator('#gatherings-heading + ul a').first().click();
		await resident.waitForURL(/\/gatherings\//);
		await resident.setViewportSize({ width: 375, height: 740 });
		await resident.getByRole('button', { name: 'Ja, ik kom' }).click();
		await resident.waitForURL(/answered#rsvp$/);
		expect(await resident.getByText('Jouw antwoord: Ja, ik kom').isVisible()).toBe(true);
		// On a phone the page opens at the answer: its confirmation and the buttons are in view.
		for (const shown of [
			resident.getByText('Je antwoord is opgeslagen.'),
			resident.getByRole('button', { name: 'Ja, ik kom' })
		]) {
			const box = await shown.boundingBox();
			expect(box!.y).toBeGreaterThanOrEqual(0);
			expect(box!.y + box!.height).toBeLessThanOrEqual(740);
		}
		await resident.setViewportSize({ width: 1280, height: 900 });

		const href = await resident
			.getByRole('link', { name: 'Zet in je agenda', exact: true })
			.getAttribute('href');
		const ics = await resident.request.get(href!);
		expect(ics.headers()['content-type']).toContain('text/calendar');
		const calendar = new ICAL.Component(ICAL.parse(await ics.text()));
		const [event] = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
		expect(event.summary).toContain('Autisme-café Ridderveld');
		expect(event.startDate.toJSDate().getTime()).toBeGreaterThan(Date.now());

		await residentContext.close();
		await hostContext.close();
	});

	it('a host plans a recurring gathering; a date in the past is refused and the form keeps what was typed', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		await signInAs(page, /Mohamed/);
		await page.goto('/circles/autisme-cafe-ridderveld/gatherings/new');
		await page.getByLabel('Titel', { exact: true }).fill('Extra avond over school');
		await page.getByLabel('Datum').fill('2020-03-10');
		await page.getByLabel('Begintijd').fill('19:30');
		await page.getByLabel('Hoe vaak?').selectOption('biweekly');
		await page.getByLabel('Hoeveel keer?').fill('3');
		await page.getByRole('button', { name: 'Plannen' }).click();
		// The click returns once the answer starts to arrive, not when the page is there.
		await expect
			.poll(() =>
				page.getByText('Deze datum en tijd zijn al voorbij.', { exact: false }).isVisible()
			)
			.toBe(true);
		expect(await page.getByLabel('Titel', { exact: true }).inputValue()).toBe(
			'Extra avond over school'
		);
		const next = new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10);
		await page.getByLabel('Datum').fill(next);
		await page.getByRole('button', { name: 'Plannen' }).click();
		await page.waitForURL(/\/gatherings\/.+planned/);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			'Extra avond over school'
		);
		await context.close();
	});

	it('a non-member cannot see a private circle by its address', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		await signInAs(page, /Joke/);
		const response = await page.goto('/circles/jonge-mantelzorgers');
		expect(response?.status()).toBe(404);
		await context.close();
	});

	it('search works without JavaScript and offers related circles and asking a question when nothing fits', async () => {
		const context = await newContext(browser, { javaScriptEnabled: false });
		const page = await context.newPage();
		// Kerk en Zanen: other files' tests seed circles about money in Ridderveld and Centrum,
		// and all files share one demo town.
		await page.goto('/circles?q=schulden&neighbourhood=kerk-en-zanen');
		expect(await page.getByRole('heading', { name: '0 kringen gevonden' }).isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Stel je vraag' }).isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: 'Samen uit de schulden' }).isVisible()).toBe(true);
		await context.close();
	});
});

describe('accessibility of circle pages (axe, WCAG 2.2 A/AA)', () => {
	for (const locale of ['nl', 'en'] as const) {
		it(`circle list, circle page and gathering page have no violations in ${locale}`, async () => {
			const context = await newContext(browser, { locale });
			const page = await context.newPage();
			await signInAs(page, /Mohamed/);
			const found: string[] = [];
			for (const path of [
				'/circles',
				'/circles?q=autisme&open=1',
				'/circles/autisme-cafe-ridderveld',
				'/circles/autisme-cafe-ridderveld/manage',
				'/calendar',
				'/notifications'
			]) {
				await page.goto(path);
				found.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
			}
			await page.goto('/circles/autisme-cafe-ridderveld');
			await page.locator('#gatherings-heading + ul a').first().click();
			await page.waitForURL(/\/gatherings\//);
			found.push(...(await axeViolations(page)).map((v) => `gathering: ${v}`));
			expect(found).toEqual([]);
			await context.close();
		});
	}
});
