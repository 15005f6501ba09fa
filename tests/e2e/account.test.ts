import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circles, demoMembers } from '../../src/lib/server/demo/town';
import { axeViolations, launch, newContext, signInWithCode } from './browser';

// A resident sees and downloads their data, gives a worker access for 7 days and stops
// it, then deletes their account (issue 10 points 18, 21 and 19); the host then sees
// their message as one of a former member. A circle and resident no other end-to-end
// file uses: a member, not a host of any circle.
const hosts = new Set(circles.map((c) => c.host));
const circle = circles[6];
const resident = demoMembers(circle)
	.filter((r) => !hosts.has(r.email))
	.at(-1)!;

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function as(
	email: string,
	options: { locale?: 'nl' | 'en'; javaScriptEnabled?: boolean } = {}
): Promise<Page> {
	const page = await (await newContext(browser, options)).newPage();
	await signInWithCode(page, email);
	return page;
}

describe('your data', () => {
	it('a resident exports their data, grants and revokes access, deletes their account; their message stays as a former member’s', async () => {
		expect(resident).toBeDefined();
		const text = `Groeten van een buurtgenoot ${Date.now()}`;

		// Without JavaScript: write in the circle's chat, read the export page.
		const noJs = await as(resident.email, { javaScriptEnabled: false });
		await noJs.goto(`/circles/${circle.slug}/chat`);
		await noJs.getByLabel('Je bericht').fill(text);
		await noJs.getByRole('button', { name: 'Versturen' }).click();
		await noJs.waitForURL(/\/chat/);
		await noJs.goto('/profile');
		await noJs.getByRole('link', { name: 'Bekijk je gegevens' }).click();
		await noJs.waitForURL(/\/profile\/export$/);
		expect(await noJs.getByRole('heading', { level: 1 }).innerText()).toBe(
			'Wat Kring over jou bewaart'
		);
		const messages = noJs.getByRole('region', { name: 'Je berichten in de chat' });
		expect(await messages.getByText(text).isVisible()).toBe(true);
		expect(await noJs.getByText(resident.email).first().isVisible()).toBe(true);

		// The same as a JSON file.
		const response = await noJs.request.get('/profile/export.json');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-disposition']).toMatch(
			/^attachment; filename="kring-export-\d{4}-\d{2}-\d{2}\.json"$/
		);
		const data = await response.json();
		expect(data.account.email).toBe(resident.email);
		expect(data.messages.map((m: { body: string }) => m.body)).toContain(text);

		// Consent (point 20), without JavaScript: what they agreed to, with the date and the
		// text version; one click withdraws it.
		await noJs.goto('/profile');
		await noJs.getByRole('link', { name: 'Waar je toestemming voor gaf, en intrekken' }).click();
		await noJs.waitForURL(/\/profile\/privacy$/);
		const withdraw = noJs.getByRole('button', { name: 'Intrekken' });
		const standing = await withdraw.count();
		if (resident.question.consent) {
			expect(standing).toBeGreaterThanOrEqual(1);
			expect(
				await noJs
					.getByText(/tekst versie 1/)
					.first()
					.isVisible()
			).toBe(true);
			expect(
				await noJs
					.getByText('Neem contact met me op als er een kring start die bij mijn vraag past.')
					.first()
					.isVisible()
			).toBe(true);
			await withdraw.first().click();
			await noJs.waitForURL(/notice=withdrawn/);
			expect(await noJs.getByRole('status').innerText()).toContain('Ingetrokken.');
			expect(await noJs.getByRole('button', { name: 'Intrekken' }).count()).toBe(standing - 1);
			expect(
				await noJs
					.getByText(/Ingetrokken op/)
					.first()
					.isVisible()
			).toBe(true);
		} else {
			expect(standing).toBe(0);
		}

		// With JavaScript (axe runs in the page): the export and delete pages are clean.
		const page = await as(resident.email, { locale: 'nl' });
		await page.goto('/profile/export');
		expect(await axeViolations(page)).toEqual([]);
		await page.goto('/profile/privacy');
		expect(await axeViolations(page)).toEqual([]);
		await page.goto('/profile/reports');
		expect(await axeViolations(page)).toEqual([]);

		// Access for a named worker for 7 days: she reads it once, the resident sees that
		// in the log, stops it, and from then on the worker gets nothing.
		await page.goto('/profile');
		await page.getByRole('link', { name: 'Geef een wijkwerker tijdelijk toegang' }).click();
		await page.waitForURL(/\/profile\/access$/);
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Welke wijkwerker?').selectOption({ label: 'Fatima Yilmaz' });
		await page.getByLabel('Je profiel (naam, talen, wijk)').check();
		await page.getByLabel('Hoeveel dagen? (1 tot 90)').fill('7');
		await page.getByRole('button', { name: 'Geef toegang' }).click();
		await page.waitForURL(/notice=given/);
		expect(await page.getByRole('status').innerText()).toContain('De wijkwerker heeft nu toegang.');

		const worker = await (await newContext(browser, { locale: 'nl' })).newPage();
		await worker.goto('/signin');
		await worker.getByRole('button', { name: /Fatima/ }).click();
		await worker.waitForURL((u) => !u.pathname.startsWith('/signin'));
		await worker.goto('/profile/access');
		const shared = worker.getByRole('link', { name: /Bekijk \(tot/ }).last();
		const address = await shared.getAttribute('href');
		await shared.click();
		await worker.waitForURL(/\/profile\/access\/[0-9a-f-]{36}$/);
		expect(await worker.getByRole('heading', { level: 1 }).innerText()).toBe(
			'Gegevens die een bewoner met je deelt'
		);
		expect(await axeViolations(worker)).toEqual([]);

		await page.reload();
		expect(await page.getByText('Keren dat de wijkwerker keek: 1').isVisible()).toBe(true);
		await page.getByRole('button', { name: 'Stop deze toegang' }).click();
		await page.waitForURL(/notice=revoked/);
		expect(await page.getByText('Gestopt of verlopen').isVisible()).toBe(true);
		const after = await worker.goto(address!);
		expect(after?.status()).toBe(404);

		await page.goto('/profile');
		await page.getByRole('link', { name: 'Verwijder je account' }).click();
		await page.waitForURL(/\/profile\/delete$/);
		expect(await axeViolations(page)).toEqual([]);

		// The wrong word is refused with the right one named; nothing is erased.
		await page.getByLabel('Typ VERWIJDER om te bevestigen').fill('verwijderen');
		await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
		expect(await page.getByRole('alert').first().innerText()).toContain('Typ precies VERWIJDER.');
		expect(await axeViolations(page)).toEqual([]);

		await page.getByLabel('Typ VERWIJDER om te bevestigen').fill('verwijder');
		await page.getByRole('button', { name: 'Verwijder mijn account' }).click();
		await page.waitForURL(/\/profile\/delete\?done/);
		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
			'Je account is verwijderd'
		);
		expect(await axeViolations(page)).toEqual([]);

		// Signed out everywhere: the other browser's session is gone too.
		await noJs.goto('/profile');
		expect(new URL(noJs.url()).pathname).toBe('/signin');

		// The host, in English: the message keeps its place, without text or name.
		const host = await as(circle.host, { locale: 'en' });
		await host.goto(`/circles/${circle.slug}/chat`);
		expect(await host.getByText(text).count()).toBe(0);
		const former = host.locator('li').filter({ hasText: /message of a former member/i });
		expect(await former.count()).toBeGreaterThanOrEqual(1);
		expect(await host.getByText(resident.name).count()).toBe(0);

		// The consent page in English is clean too.
		await host.goto('/profile/privacy');
		expect(await host.getByRole('heading', { level: 1 }).innerText()).toBe('Your consent');
		expect(await axeViolations(host)).toEqual([]);

		// The export page in English is clean too.
		await host.goto('/profile/export');
		expect(await host.getByRole('heading', { level: 1 }).innerText()).toBe(
			'What Kring keeps about you'
		);
		expect(await axeViolations(host)).toEqual([]);
	});
});
