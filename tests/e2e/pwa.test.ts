import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, newContext, signInWithCode } from './browser';

// Issue 13, point 10: Kring installs as an app (a valid manifest and a service worker) and
// opens without a connection: pages opened before as they were, otherwise the offline page
// that says what works. Signing out empties the kept pages.
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/** Waits until the service worker is active and controls the page (it claims open pages). */
async function controlled(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r));
	});
}

const keptPages = (page: Page) =>
	page.evaluate(async () => {
		const cache = await caches.open('kring-pages');
		return (await cache.keys()).map((r) => new URL(r.url).pathname);
	});

describe('installable app', () => {
	let context: BrowserContext;
	afterAll(() => context?.close());

	it('has a valid manifest with icons, and Chromium finds nothing that stops installing', async () => {
		const base = inject('baseURL');
		const response = await fetch(`${base}/manifest.webmanifest`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/application\/manifest\+json/);
		const manifest = await response.json();
		expect(manifest).toMatchObject({ short_name: 'Kring', lang: 'nl', start_url: '/' });
		expect(manifest.display).toBe('standalone');
		// Every icon is there, with the size it claims (PNG: width and height in the IHDR).
		for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
			const file = await fetch(base + icon.src);
			expect(file.status, icon.src).toBe(200);
			expect(file.headers.get('content-type'), icon.src).toBe(icon.type);
			const bytes = Buffer.from(await file.arrayBuffer());
			if (icon.type === 'image/png') {
				const [w, h] = icon.sizes.split('x').map(Number);
				expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], icon.src).toEqual([w, h]);
			}
		}
		expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
			expect.arrayContaining(['192x192', '512x512'])
		);

		context = await newContext(browser, { mobile: true });
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/content security policy|refused to/i.test(m.text())) violations.push(m.text());
		});
		await page.goto('/');
		await controlled(page);
		// The browser's own view: the manifest parses without errors and the page is installable.
		const cdp = await context.newCDPSession(page);
		const parsed = (await cdp.send('Page.getAppManifest')) as {
			url: string;
			errors: { message: string }[];
		};
		expect(parsed.url).toMatch(/\/manifest\.webmanifest$/);
		expect(parsed.errors).toEqual([]);
		const installable = (await cdp.send('Page.getInstallabilityErrors')) as {
			installabilityErrors: { errorId: string }[];
		};
		// Test browsers run every context incognito, where Chromium never offers to install;
		// nothing else may stand in the way.
		expect(installable.installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual(
			[]
		);
		expect(violations).toEqual([]);
	});

	it('the service worker registers and keeps the offline page in Dutch and English', async () => {
		const page = context.pages()[0];
		const state = await page.evaluate(async () => {
			const registration = await navigator.serviceWorker.ready;
			const shell = (await caches.keys()).find((k) => k.startsWith('kring-shell-'));
			const keys = shell
				? (await (await caches.open(shell)).keys()).map(
						(r) => new URL(r.url).pathname + new URL(r.url).search
					)
				: [];
			return { script: registration.active?.scriptURL, scope: registration.scope, keys };
		});
		expect(state.script).toMatch(/\/service-worker\.js$/);
		expect(new URL(state.scope).pathname).toBe('/');
		expect(state.keys).toEqual(
			expect.arrayContaining([
				'/offline?sw-lang=nl',
				'/offline?sw-lang=en',
				'/manifest.webmanifest',
				'/icons/icon-192.png'
			])
		);
	});

	it('offline: a page opened before shows as it was, another the offline page (nl and en)', async () => {
		const page = context.pages()[0];
		await page.goto('/circles');
		const heading = await page.getByRole('heading', { level: 1 }).innerText();
		expect(await keptPages(page)).toContain('/circles');

		await context.setOffline(true);
		try {
			await page.reload();
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(heading);
			await page.goto('/help');
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Je bent offline');
			const text = await page.locator('body').innerText();
			expect(text).toContain('nog niet verstuurd');
			expect(text).toContain("Pagina's die je eerder op dit apparaat hebt geopend");
			expect(new URL(page.url()).pathname).toBe('/help');
		} finally {
			await context.setOffline(false);
		}

		// An English reader gets the English offline page.
		const english = await newContext(browser, { locale: 'en', mobile: true });
		try {
			const en = await english.newPage();
			await en.goto('/');
			await controlled(en);
			await english.setOffline(true);
			await en.goto('/questions/new');
			expect(await en.getByRole('heading', { level: 1 }).innerText()).toBe('You are offline');
			expect(await en.locator('body').innerText()).toContain('not sent yet');
		} finally {
			await english.close();
		}
	});

	it('signing out empties the pages kept for the person', async () => {
		// A new resident of its own, so no other end-to-end file is touched.
		const own = await newContext(browser, { mobile: true });
		try {
			const page = await own.newPage();
			await signInWithCode(page, `offline-${Date.now()}@example.org`);
			await controlled(page);
			await page.goto('/notifications');
			expect(await keptPages(page)).toContain('/notifications');
			await page.goto('/profile');
			// Sign out through the page's own form (a POST the service worker sees).
			await page
				.locator('form[action="/signout"] button')
				.first()
				.evaluate((b) => {
					(b as HTMLButtonElement).closest('form')!.requestSubmit();
				});
			await page.waitForURL((url) => url.pathname === '/');
			await expect.poll(() => keptPages(page)).not.toContain('/notifications');
			expect(await keptPages(page)).not.toContain('/profile');
		} finally {
			await own.close();
		}
	});
});

describe('push messages settings', () => {
	it('explain push in plain words, say what this device does, and need JavaScript only to turn on', async () => {
		const email = `push-${Date.now()}@example.org`;
		// With JavaScript, in English: the device's state, and the page is clean for axe.
		const en = await newContext(browser, { locale: 'en', mobile: true });
		try {
			const page = await en.newPage();
			await signInWithCode(page, email);
			await page.goto('/notifications');
			await page.getByRole('link', { name: 'Push messages on your phone' }).click();
			await page.waitForURL(/\/profile\/notifications$/);
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Push messages');
			expect(await page.locator('body').innerText()).toContain(
				'A push message never contains what someone wrote, nor the name of your circle.'
			);
			await expect
				.poll(() => page.getByTestId('push-this-device').innerText())
				.toBe('Push messages are off for this device.');
			expect(await axeViolations(page)).toEqual([]);
		} finally {
			await en.close();
		}
		// Without JavaScript, in Dutch: turning on says it needs JavaScript; nothing is stored.
		const noJs = await newContext(browser, { javaScriptEnabled: false, mobile: true });
		try {
			const page = await noJs.newPage();
			await signInWithCode(page, email);
			await page.goto('/profile');
			await page.getByRole('link', { name: 'Pushberichten op je telefoon' }).click();
			await page.waitForURL(/\/profile\/notifications$/);
			expect(await page.getByRole('heading', { level: 2 }).first().innerText()).toBe(
				'Pushberichten staan nu nergens aan.'
			);
			await page.getByRole('button', { name: 'Zet pushberichten aan op dit apparaat' }).click();
			expect(await page.getByRole('alert').innerText()).toBe(
				'Pushberichten aanzetten kan alleen als JavaScript aan staat in je browser.'
			);
		} finally {
			await noJs.close();
		}
	});
});
