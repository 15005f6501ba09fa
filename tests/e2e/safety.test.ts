import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/**
 * A phone-sized context (375 px). bypassCSP only so that axe can be injected into the page;
 * the pages themselves run under the app's Content-Security-Policy otherwise.
 */
function newContext(
	b: Browser,
	options: {
		locale: 'nl' | 'en';
		javaScriptEnabled?: boolean;
		mobile?: boolean;
		storageState?: Awaited<ReturnType<BrowserContext['storageState']>>;
	}
) {
	return b.newContext({
		baseURL: inject('baseURL'),
		locale: options.locale === 'en' ? 'en-GB' : 'nl-NL',
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport: { width: 375, height: 740 },
		bypassCSP: true,
		storageState: options.storageState
	});
}

/** axe needs JavaScript: a page seen without it is checked again, same session, with it. */
async function axeOf(page: Page, locale: 'nl' | 'en') {
	const context = await newContext(browser, {
		locale,
		storageState: await page.context().storageState()
	});
	const again = await context.newPage();
	await again.goto(page.url());
	const violations = await axeViolations(again);
	await context.close();
	return violations;
}

/** The page's own content fits a 375 px screen (the header is tested elsewhere). */
const mainFits = (page: Page) =>
	page.evaluate(() => {
		const main = document.querySelector('main')!;
		return (
			main.scrollWidth <= main.clientWidth &&
			[...main.querySelectorAll('*')].every((e) => e.getBoundingClientRect().right <= 375)
		);
	});

const texts = {
	nl: {
		body: 'Waar heb je mee te maken?',
		hood: 'Je wijk',
		save: 'Vraag opslaan en kringen zoeken',
		question: 'Ik zie het niet meer zitten. Ik wil niet meer leven, alles is te veel.',
		later: 'Een kring met lotgenoten kan later helpen',
		fits: 'Kringen die passen',
		helpLink: 'Crisishulp: bel 113',
		helpTitle: 'Hulp, nu meteen',
		local: ['huisarts', 'sociaal wijkteam', 'Luisterlijn', '088-0767000', 'Korrelatie']
	},
	en: {
		body: 'What are you dealing with?',
		hood: 'Your neighbourhood',
		save: 'Save question and find circles',
		question: 'I have no reason to live anymore and I just want to disappear.',
		later: 'A circle of peers can help later',
		fits: 'Circles that fit',
		helpLink: 'Crisis help: call 113',
		helpTitle: 'Help, right now',
		local: ['GP', 'neighbourhood team', 'Luisterlijn', '088-0767000', 'Korrelatie']
	}
} as const;

/** The crisis notice shows every number people need, with links that work without JavaScript. */
async function expectHelpLines(page: Page) {
	const help = page.getByTestId('crisis-help').first();
	const text = await help.innerText();
	for (const n of ['113', '0800-0113', '112', '113.nl', 'Veilig Thuis', '0800-2000'])
		expect(text).toContain(n);
	expect(await help.locator('a[href="tel:113"]').count()).toBe(1);
	expect(await help.locator('a[href="tel:08002000"]').count()).toBe(1);
	expect(await help.locator('a[href="tel:08000113"]').count()).toBe(1);
	expect(await help.locator('a[href="tel:112"]').count()).toBe(1);
	expect(await help.locator('a[href="https://www.113.nl"]').count()).toBe(1);
}

describe('crisis help first (375 px)', () => {
	for (const locale of ['nl', 'en'] as const) {
		const t = texts[locale];
		// Dutch without JavaScript, English with: both must work.
		const javaScriptEnabled = locale === 'en';

		it(`${locale}: a question about not wanting to live shows 113 first and no circle`, async () => {
			const context = await newContext(browser, { locale, mobile: true, javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/signin');
			await page.getByRole('button', { name: /Sanne de Vries/ }).click();
			await page.waitForURL((u) => u.pathname === '/');
			// Signing in takes the language of the profile; this test reads in `locale`.
			await context.addCookies([
				{ name: 'PARAGLIDE_LOCALE', value: locale, url: inject('baseURL') }
			]);
			await page.goto('/questions/new');
			expect(await page.getByRole('link', { name: t.helpLink }).count()).toBe(1);
			await page.getByLabel(t.body).fill(t.question);
			await page.getByLabel(t.hood).selectOption({ label: 'Centrum' });
			await page.getByRole('button', { name: t.save }).click();
			await page.waitForURL(/\/questions\/[0-9a-f-]{36}\?asked/);

			await expectHelpLines(page);
			// Above anything else on the page: before the page's own heading.
			const helpTop = (await page.getByTestId('crisis-help').boundingBox())!.y;
			const h1Top = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
			expect(helpTop).toBeLessThan(h1Top);
			// The question is stored as written.
			expect(await page.locator('main').innerText()).toContain(t.question);
			// No circle offered as the answer; kindly said that circles can come later.
			expect(await page.locator('main a[href^="/circles/"]').count()).toBe(0);
			expect(await page.getByRole('heading', { level: 3 }).count()).toBe(0);
			expect(await page.locator('main').innerText()).toContain(t.later);
			expect(await page.locator('main').innerText()).not.toContain(t.fits);
			expect(await page.getByRole('link', { name: t.helpLink }).count()).toBe(1);
			// Nothing sticks out of a phone screen.
			expect(await mainFits(page)).toBe(true);
			expect(await axeOf(page, locale)).toEqual([]);
			await context.close();
		});

		it(`${locale}: /help gives 113, 0800-0113, 113.nl, 112 and local help, without JavaScript`, async () => {
			const context = await newContext(browser, { locale, mobile: true, javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto('/');
			await page
				.getByRole('contentinfo')
				.getByRole('link', { name: /crisis/i })
				.click();
			await page.waitForURL(/\/help$/);
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(t.helpTitle);
			await expectHelpLines(page);
			const main = await page.locator('main').innerText();
			for (const words of t.local) expect(main).toContain(words);
			// Each number once: as the link to call it, not also in the sentence before it.
			expect(main.split('088-0767000').length - 1).toBe(1);
			expect(await mainFits(page)).toBe(true);
			expect(await axeOf(page, locale)).toEqual([]);
			await context.close();
		});
	}

	for (const javaScriptEnabled of [false, true]) {
		it(`nl: a chat message about self-harm shows 113 first and stays in the chat (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const context = await newContext(browser, { locale: 'nl', javaScriptEnabled });
			const page = await context.newPage();
			await page.goto('/signin');
			await page.getByRole('button', { name: /Mohamed El Amrani/ }).click();
			await page.waitForURL((u) => u.pathname === '/');
			await page.goto('/circles/autisme-cafe-ridderveld/chat');
			expect(await page.getByRole('link', { name: texts.nl.helpLink }).count()).toBe(1);
			expect(await page.getByTestId('crisis-help').count()).toBe(0);
			const text = `Ik doe mezelf soms pijn als het te veel wordt (${javaScriptEnabled ? 'a' : 'b'})`;
			await page.getByLabel('Je bericht').fill(text);
			await page.getByRole('button', { name: 'Versturen' }).click();
			await expect
				.poll(() => page.getByTestId('crisis-help').isVisible(), { timeout: 10_000 })
				.toBe(true);
			await expectHelpLines(page);
			const helpTop = (await page.getByTestId('crisis-help').boundingBox())!.y;
			const h1Top = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
			expect(helpTop).toBeLessThan(h1Top);
			// Not hidden or removed: the message is in the chat as written.
			await expect
				.poll(() => page.locator('main li', { hasText: text }).first().isVisible())
				.toBe(true);
			expect(await page.locator('main').innerText()).toContain(
				'gastheer of gastvrouw van deze kring krijgt een seintje'
			);
			expect(await axeOf(page, 'nl')).toEqual([]);
			await context.close();
		});
	}

	it('the worker of the neighbourhood gets the alert, without the question', async () => {
		const context = await newContext(browser, { locale: 'nl', mobile: true });
		const page = await context.newPage();
		await page.goto('/signin');
		await page.getByRole('button', { name: /Fatima Yilmaz/ }).click();
		await page.waitForURL((u) => u.pathname === '/');
		await page.goto('/notifications');
		await page
			.getByRole('link', { name: 'Een bewoner in Centrum kan hulp nodig hebben' })
			.first()
			.click();
		await page.waitForURL(/\/help\/alerts\/[0-9a-f-]{36}$/);
		const main = await page.locator('main').innerText();
		expect(main).toContain('Een bewoner in Centrum schreef in een vraag');
		expect(main).not.toContain(texts.nl.question);
		expect(main).not.toContain('Sanne');
		expect(await axeViolations(page)).toEqual([]);
		await page.getByLabel('Jouw bericht aan de bewoner').fill('Bel me gerust, Fatima');
		await page.getByRole('button', { name: 'Stuur aanbod voor contact' }).click();
		await expect
			.poll(() => page.getByRole('status').first().innerText())
			.toContain('aanbod voor contact gestuurd');
		await context.close();
	});
});
