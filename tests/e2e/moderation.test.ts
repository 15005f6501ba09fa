import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { circles, demoMembers } from '../../src/lib/server/demo/town';
import { axeViolations, launch, newContext, signInWithCode } from './browser';

// A member reports a message, the host is told and hides it from the queue, all without
// JavaScript; the neighbourhood worker sees the queue but leaves hiding to the host.
// A circle other than the autism café, which the other end-to-end files use.
const circle = circles[1];
const [author, reporter] = demoMembers(circle);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

async function as(email: string | RegExp): Promise<Page> {
	const page = await (await newContext(browser, { javaScriptEnabled: false })).newPage();
	if (typeof email === 'string') await signInWithCode(page, email);
	else {
		await page.goto('/signin');
		await page.getByRole('button', { name: email }).click();
		await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
	}
	return page;
}

describe('reported messages', () => {
	it('a member reports, the host is told and hides the message; the worker sees the queue', async () => {
		const text = `Bel me op 06-12345678 ${Date.now()}`;
		const writer = await as(author.email);
		await writer.goto(`/circles/${circle.slug}/chat`);
		await writer.getByLabel('Je bericht').fill(text);
		await writer.getByRole('button', { name: 'Versturen' }).click();
		await writer.waitForURL(/\/chat/);

		const member = await as(reporter.email);
		await member.goto(`/circles/${circle.slug}/chat`);
		const item = member.locator('li', { hasText: text });
		await item.locator('summary').first().click();
		// Two taps would do (a reason is chosen already); this member adds a few words.
		expect(await item.getByLabel(/Wat is er mis met dit bericht/).inputValue()).toBe(
			'Kwetsend of ongepast'
		);
		await item.getByLabel(/Wil je er iets bij zeggen/).fill('Telefoonnummer in de groep');
		await item.getByRole('button', { name: 'Melden' }).click();
		await member.waitForURL(/notice=reported/);
		expect(await member.getByRole('status').innerText()).toContain('Je melding is doorgegeven');
		// A member who hosts nothing is told this page is not for them, not shown an empty queue.
		const onlyMember = demoMembers(circle).find((p) => !circles.some((c) => c.host === p.email))!;
		const bystander = await as(onlyMember.email);
		await bystander.goto('/moderation');
		expect(await bystander.getByText(/Jij hoeft hier niets te doen/).isVisible()).toBe(true);
		expect(await bystander.getByText(/Er zijn geen meldingen/).count()).toBe(0);
		expect(await bystander.getByText(text).count()).toBe(0);

		const worker = await as(/Fatima/);
		await worker.getByRole('link', { name: 'Gemelde berichten', exact: true }).click();
		await worker.waitForURL(/\/moderation/);
		const queued = worker.locator('li', { hasText: text });
		expect(await queued.getByText('Telefoonnummer in de groep').isVisible()).toBe(true);
		// The circle is in her neighbourhood: she could hide it too, when the host is the
		// problem (point 24); here she leaves it to the host.
		expect(await queued.getByLabel(/Waarom verberg je dit bericht/).isVisible()).toBe(true);
		expect(await queued.getByText(reporter.name).count()).toBe(0);

		const host = await as(circle.host);
		await host.goto(`/circles/${circle.slug}/manage`);
		expect(
			await host.getByRole('link', { name: 'Gemelde berichten in deze kring: 1' }).isVisible()
		).toBe(true);
		await host.goto('/notifications');
		await host
			.getByRole('link', {
				name: `Iemand heeft een bericht in ${circle.name} gemeld. Wil je ernaar kijken?`
			})
			.first()
			.click();
		await host.waitForURL(/\/moderation/);
		const report = host.locator('li', { hasText: text });
		// Too long: refused with the reason, and what was typed stays.
		const reason = report.getByLabel(/Waarom verberg je dit bericht/);
		await reason.evaluate((el) => el.removeAttribute('maxlength'));
		await reason.fill('x'.repeat(301));
		await report.getByRole('button', { name: 'Bericht verbergen' }).click();
		const again = host.locator('li', { hasText: text });
		expect(await again.getByRole('alert').innerText()).toContain('hoogstens 300 tekens');
		expect(await again.getByLabel(/Waarom verberg je dit bericht/).inputValue()).toBe(
			'x'.repeat(301)
		);
		// The queue with JavaScript on (axe runs in the page), signed in as the same host,
		// on a phone: nothing sticks out sideways, not even the header with its unread badge.
		const withScript = await newContext(browser, { mobile: true });
		await withScript.addCookies(await host.context().cookies());
		const checked = await withScript.newPage();
		await checked.goto('/moderation');
		expect(await checked.locator('li', { hasText: text }).isVisible()).toBe(true);
		expect(await axeViolations(checked)).toEqual([]);
		expect(await checked.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			375
		);

		await again
			.getByLabel(/Waarom verberg je dit bericht/)
			.fill('Geen telefoonnummers in de groep');
		await again.getByRole('button', { name: 'Bericht verbergen' }).click();
		await host.waitForURL(/done=hidden/);
		expect(await host.getByRole('status').innerText()).toContain('Het bericht is verborgen');
		expect(await host.locator('li', { hasText: text }).count()).toBe(0);

		await member.goto(`/circles/${circle.slug}/chat`);
		expect(await member.getByText(text).count()).toBe(0);
		expect(await member.getByText(/Geen telefoonnummers in de groep/).isVisible()).toBe(true);
		await worker.reload();
		expect(await worker.locator('li', { hasText: text }).count()).toBe(0);

		// The reporter got a receipt and hears the outcome; the writer is told why.
		await member.goto('/profile/reports');
		const mine = member.locator('li', { hasText: 'Telefoonnummer in de groep' });
		expect(await mine.getByText(/Behandeld op/).isVisible()).toBe(true);
		await writer.goto('/notifications');
		expect(
			await writer
				.getByText(
					`Je bericht in ${circle.name} is verborgen. Reden: Geen telefoonnummers in de groep`
				)
				.first()
				.isVisible()
		).toBe(true);

		// Every step is in the audit log, which the worker reads and the host does not.
		await worker.goto('/moderation/log');
		expect(await worker.getByText('Bericht gemeld').first().isVisible()).toBe(true);
		expect(await worker.getByText('Bericht verborgen').first().isVisible()).toBe(true);
		expect((await host.goto('/moderation/log'))?.status()).toBe(403);
		const workerScript = await newContext(browser, { mobile: true });
		await workerScript.addCookies(await worker.context().cookies());
		const log = await workerScript.newPage();
		await log.goto('/moderation/log');
		expect(await log.getByRole('heading', { level: 1 }).innerText()).toBe('Logboek moderatie');
		expect(await axeViolations(log)).toEqual([]);
	});
});
