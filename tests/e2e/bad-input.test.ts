import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launch, newContext } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

// Issue 10.15: bad input in an address is a 400 or 404 with a page in the reader's
// language, never a 500 with an error id.
describe('bad addresses, in Dutch and English', () => {
	for (const [locale, title] of [
		['nl', 'Dit klopt niet'],
		['en', 'Something is not right']
	] as const) {
		it(`/circles/%00 is a 400 that says what to do, and axe finds nothing (${locale})`, async () => {
			const context = await newContext(browser, { locale, mobile: true });
			const page = await context.newPage();
			const response = await page.goto('/circles/%00');
			expect(response?.status()).toBe(400);
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
			expect(await page.getByText(/Foutnummer|Error number/).count()).toBe(0);
			expect(await axeViolations(page)).toEqual([]);
			for (const path of ['/gatherings/not-a-uuid', '/questions/1', '/gatherings/0/ics'])
				expect((await page.goto(path))?.status(), path).toBe(404);
			await context.close();
		});
	}
});
