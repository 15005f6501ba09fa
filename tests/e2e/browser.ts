import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

const require = createRequire(import.meta.url);

/** Debian's Chromium, driven by playwright-core: no browser download anywhere. */
export async function launch(): Promise<Browser> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-quic',
			'--no-first-run'
		]
	});
	const rate = Number(process.env.E2E_CPU_THROTTLE ?? 0);
	if (rate > 1) slowDown(browser, rate);
	return browser;
}

/**
 * E2E_CPU_THROTTLE=4: every page runs on a CPU 4× slower (Chromium's own throttling, as in
 * its DevTools), like a loaded CI machine or a cheap phone. Finds tests that race the page:
 * an assertion that reads the page once, right after an action, instead of waiting for it.
 */
function slowDown(browser: Browser, rate: number) {
	const newContext = browser.newContext.bind(browser);
	browser.newContext = async (options) => {
		const context = await newContext(options);
		const slow = async (page: Page) => {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate });
		};
		const newPage = context.newPage.bind(context);
		context.newPage = async () => {
			const page = await newPage();
			await slow(page);
			return page;
		};
		return context;
	};
}

type ContextOptions = {
	locale?: 'nl' | 'en';
	javaScriptEnabled?: boolean;
	/** 375 × 740 instead of 1280 × 900. */
	mobile?: boolean;
	/** Any other size. */
	viewport?: { width: number; height: number };
	serviceWorkers?: 'allow' | 'block';
};

export function newContext(
	browser: Browser,
	options: ContextOptions = {}
): Promise<BrowserContext> {
	return browser.newContext({
		baseURL: inject('baseURL'),
		serviceWorkers: options.serviceWorkers,
		locale: options.locale === 'en' ? 'en-GB' : 'nl-NL',
		javaScriptEnabled: options.javaScriptEnabled ?? true,
		viewport:
			options.viewport ??
			(options.mobile ? { width: 375, height: 740 } : { width: 1280, height: 900 })
	});
}

/**
 * One browser for the test file that calls this (at its top level); every context opened
 * through `open` is closed after the file's tests.
 */
export function browserForFile() {
	let browser: Browser | undefined;
	const contexts: BrowserContext[] = [];
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(async () => {
		for (const c of contexts) await c.close();
		await browser?.close();
	});
	return {
		async open(options: ContextOptions = {}) {
			if (!browser) throw new Error('browserForFile: the browser starts in beforeAll');
			const context = await newContext(browser, options);
			contexts.push(context);
			return context;
		}
	};
}

/** Signs in through the real one-time-code flow, reading the code from the demo mailbox. */
export async function signInWithCode(page: Page, email: string) {
	await page.goto('/signin');
	await page.getByLabel(/e-mailadres|email address/i).fill(email);
	await page.getByRole('button', { name: /stuur mij een code|send me a code/i }).click();
	await page.waitForURL(/step=code/);
	const mailbox = await page.context().newPage();
	await mailbox.goto('/dev/mailbox');
	const text = await mailbox.locator('li', { hasText: email }).first().innerText();
	await mailbox.close();
	const code = /\b(\d{6})\b/.exec(text)?.[1];
	expect(code).toMatch(/^\d{6}$/);
	await page.getByLabel(/code/i).first().fill(code!);
	await page
		.getByRole('button', { name: /inloggen|sign in/i })
		.last()
		.click();
	await page.waitForURL(
		(url) => !url.pathname.startsWith('/signin') || url.pathname === '/signin/name'
	);
	// A first sign-in asks for the name others see (never taken from the email address).
	if (new URL(page.url()).pathname === '/signin/name') {
		await page.getByLabel(/naam of schuilnaam|name or pseudonym/i).fill(email.split('@')[0]);
		await page.getByRole('button', { name: /opslaan en verder|save and continue/i }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
	}
}

let axe: string | undefined;
const axeSource = () => (axe ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));

/** Runs axe-core in the page and returns the WCAG 2.x A/AA violations. */
export async function axeViolations(page: Page) {
	// Evaluated through the debugger protocol rather than as a <script> tag, which the
	// page's Content-Security-Policy (rightly) refuses.
	await page.evaluate(axeSource());
	return page.evaluate(async () => {
		const result = await (
			window as unknown as {
				axe: {
					run: (
						ctx: Document,
						opts: object
					) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe.run(document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }
		});
		return result.violations.map(
			(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
	});
}

/** Opens the header's menu (a `<details>`, so this works with JavaScript off too). */
export async function openMenu(page: Page) {
	const menu = page.getByRole('banner').locator('details');
	if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
}
