import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations, launch, newContext, signInWithCode } from './browser';
import { freePort } from '../helpers/port';
import { startProductionServer } from '../helpers/production-server';

// Issue 13, point 10: Kring installs as an app (a valid manifest and a service worker) and
// opens without a connection: pages opened before as they were, otherwise the offline page
// that says what works. Signing out empties the kept pages.
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

/**
 * Waits until the service worker is active and controls the page (it claims open pages). A
 * page whose navigation began while the worker was still installing can miss the claim in
 * Chromium and stays uncontrolled until it loads again, as a person's next page would: one
 * reload for that case.
 */
async function controlled(page: Page) {
	let state = '';
	for (let attempt = 0; attempt < 2 && state !== 'controlled'; attempt++) {
		if (attempt > 0) await page.reload();
		state = await page.evaluate(async () => {
			const deadline = Date.now() + 10_000;
			while (Date.now() < deadline) {
				if (navigator.serviceWorker.controller) return 'controlled';
				await new Promise((r) => setTimeout(r, 100));
			}
			const registration = await navigator.serviceWorker.getRegistration();
			return `not controlled: ${registration?.installing?.state ?? ''} ${registration?.waiting?.state ?? ''} ${registration?.active?.state ?? 'no active worker'}`;
		});
	}
	expect(state).toBe('controlled');
}

/**
 * The pages the service worker keeps. It stores a page after handing it to the browser
 * (event.waitUntil), so a page can be on screen before it is kept: poll, do not read once.
 */
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
		// PNG only, in the manifest and the page's icon link: Chromium renders an SVG icon as a
		// document of its own on the page's main thread, a long task on every page (round 13).
		expect(manifest.icons.map((i: { type: string }) => i.type)).not.toContain('image/svg+xml');
		const html = await fetch(`${base}/`).then((r) => r.text());
		const iconLinks = [...html.matchAll(/<link[^>]*rel="icon"[^>]*>/g)].map((m) => m[0]);
		expect(iconLinks.length).toBeGreaterThan(0);
		for (const link of iconLinks) expect(link).toMatch(/type="image\/png"/);

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
		const home = page.getByRole('banner').getByRole('link', { name: 'Kring', exact: true });
		// The home page through SvelteKit's own navigation (its data), then /circles loaded whole.
		await page.goto('/circles');
		await home.click();
		await page.waitForURL((url) => url.pathname === '/');
		const homeHeading = await page.getByRole('heading', { level: 1 }).innerText();
		await page.goto('/circles');
		const heading = await page.getByRole('heading', { level: 1 }).innerText();
		await expect.poll(() => keptPages(page)).toContain('/circles');

		await context.setOffline(true);
		try {
			await page.reload();
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(heading);
			// Between pages (SvelteKit's own navigation, the page's data): as last seen too.
			await home.click();
			await page.waitForURL((url) => url.pathname === '/');
			await expect
				.poll(() => page.getByRole('heading', { level: 1 }).innerText())
				.toBe(homeHeading);
			// The offline page runs no scripts: it must not start reloading itself.
			let navigations = 0;
			page.on('framenavigated', (frame) => {
				if (frame === page.mainFrame()) navigations++;
			});
			await page.goto('/help');
			await page.waitForTimeout(2000);
			expect(navigations).toBe(1);
			expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Je bent offline');
			const text = await page.locator('body').innerText();
			expect(text).toContain('nog niet verstuurd');
			expect(text).toContain("Pagina's die je eerder op dit apparaat hebt geopend");
			expect(new URL(page.url()).pathname).toBe('/help');
			expect(await axeViolations(page)).toEqual([]);
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
			// Two levels deep, and still styled: the button is Kring's green.
			const colour = await en
				.getByRole('link', { name: 'Try again' })
				.evaluate((a) => getComputedStyle(a).backgroundColor);
			expect(colour).toBe('rgb(15, 94, 90)');
			expect(await axeViolations(en)).toEqual([]);
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
			await expect.poll(() => keptPages(page)).toContain('/notifications');
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

describe('the chat offline, on the production server (server.js)', () => {
	// The live chat and server.js's own headers for the service worker need the production
	// entry, not plain `node build`: a server of its own, with a fresh demo town.
	let server: ChildProcess;
	let baseURL: string;
	let dataDir: string;
	beforeAll(async () => {
		const port = await freePort();
		baseURL = `http://localhost:${port}`;
		dataDir = mkdtempSync(join(tmpdir(), 'kring-e2e-pwa-'));
		server = await startProductionServer(port, dataDir);
	});
	afterAll(async () => {
		server?.kill('SIGTERM');
		if (server) await new Promise((r) => server.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
	});

	it('a chat opened before opens again without a connection, and a message written there waits in the outbox', async () => {
		const worker = await fetch(`${baseURL}/service-worker.js`);
		expect(worker.headers.get('content-security-policy')).toMatch(/^default-src 'self';/);
		await worker.text();

		const context = await browser.newContext({
			baseURL,
			locale: 'nl-NL',
			viewport: { width: 375, height: 740 }
		});
		try {
			const page = await context.newPage();
			await page.goto('/signin');
			await page.getByRole('button', { name: /Mohamed El Amrani/ }).click();
			await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
			await controlled(page);
			const chat = '/circles/autisme-cafe-ridderveld/chat';
			await page.goto(chat);
			await expect
				.poll(() => page.getByText(/Nu (online|is er niemand)/).isVisible(), { timeout: 10_000 })
				.toBe(true);
			await expect.poll(() => keptPages(page)).toContain(chat);

			await context.setOffline(true);
			const text = `Geschreven zonder netwerk ${Date.now()}`;
			await page.getByLabel('Je bericht').fill(text);
			await page.getByLabel('Je bericht').press('Enter');
			await expect.poll(() => page.getByText(/Nog niet verstuurd/).isVisible()).toBe(true);
			// Reloaded without a connection: the kept page, with the unsent message still there.
			await page.reload();
			await expect.poll(() => page.getByText(text).isVisible(), { timeout: 10_000 }).toBe(true);
			expect(await page.getByText(/Nog niet verstuurd/).isVisible()).toBe(true);
			// Back online: it goes out by itself and stands in the list as stored (after a reload too).
			await context.setOffline(false);
			const stored = () => page.locator('li > p > span', { hasText: text }).first().isVisible();
			await expect.poll(stored, { timeout: 20_000 }).toBe(true);
			await expect
				.poll(() => page.getByText(/Nog niet verstuurd|Wordt verstuurd/).count(), {
					timeout: 15_000
				})
				.toBe(0);
			await page.reload();
			await expect.poll(stored, { timeout: 10_000 }).toBe(true);
		} finally {
			await context.close();
		}
	});
});
