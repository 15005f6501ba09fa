import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newContext, signInWithCode } from './browser';

// Issue 13, performance: the first Intl object a page makes (a date format, a plural rule)
// loads the browser's locale data, 25–40 ms on a laptop and several times that on a phone,
// in the middle of starting the page. The pages the targets are held to start without one:
// their dates come from the server and plurals need no Intl in Dutch and English.
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Records every Intl object and locale-aware call the page makes. */
async function countIntl(context: BrowserContext) {
	await context.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { intlUsed: string[] }).intlUsed = seen;
		const kinds = ['DateTimeFormat', 'PluralRules', 'NumberFormat', 'Collator'] as const;
		for (const kind of kinds) {
			const original = Intl[kind];
			Object.defineProperty(Intl, kind, {
				value: new Proxy(original, {
					construct: (target, args) => (seen.push(kind), Reflect.construct(target, args)),
					apply: (target, self, args) => (seen.push(kind), Reflect.apply(target, self, args))
				})
			});
		}
		const locales: [object, string][] = [
			[Date.prototype, 'toLocaleString'],
			[Date.prototype, 'toLocaleDateString'],
			[Date.prototype, 'toLocaleTimeString'],
			[Number.prototype, 'toLocaleString']
		];
		for (const [proto, name] of locales) {
			const original = (proto as Record<string, (...a: unknown[]) => unknown>)[name];
			(proto as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
				seen.push(name);
				return original.apply(this, args);
			};
		}
	});
}

describe('pages start without loading locale data', () => {
	for (const locale of ['nl', 'en'] as const) {
		it(`home, circles, a circle and its chat (${locale})`, async () => {
			const context = await newContext(browser, { locale, mobile: true });
			await countIntl(context);
			const page = await context.newPage();
			const used = async (path: string) => {
				await page.goto(path, { waitUntil: 'networkidle' });
				return page.evaluate(() => (window as unknown as { intlUsed: string[] }).intlUsed);
			};
			expect(await used('/')).toEqual([]);
			expect(await used('/circles')).toEqual([]);
			expect(await used('/circles/autisme-cafe-ridderveld')).toEqual([]);
			await signInWithCode(page, 'mohamed@kring.example');
			expect(await used('/circles/autisme-cafe-ridderveld')).toEqual([]);
			expect(await used('/circles/autisme-cafe-ridderveld/chat')).toEqual([]);
			// The check itself sees a page that does format a date in the browser.
			await page.evaluate(() => new Date().toLocaleDateString());
			expect(
				await page.evaluate(() => (window as unknown as { intlUsed: string[] }).intlUsed)
			).toEqual(['toLocaleDateString']);
			await context.close();
		});
	}
});
