import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newContext } from './browser';

// Issue 10, point 16: every page has a nonce-based Content-Security-Policy and the other
// security headers, and the app runs under it (no violation on the pages people use).
let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(() => browser?.close());

describe('security headers', () => {
	it('pages carry a nonce-based CSP, HSTS (production) and the rest; each response a new nonce', async () => {
		const base = inject('baseURL');
		const nonces = new Set<string>();
		for (const path of ['/', '/circles', '/signin']) {
			const response = await fetch(base + path);
			const csp = response.headers.get('content-security-policy') ?? '';
			expect(csp, path).toMatch(/script-src 'self' 'nonce-[\w+/=]+'/);
			expect(csp, path).toMatch(/frame-ancestors 'none'/);
			expect(csp, path).toMatch(/object-src 'none'/);
			nonces.add(/nonce-([\w+/=]+)/.exec(csp)![1]);
			expect(response.headers.get('strict-transport-security'), path).toMatch(/max-age=/);
			expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
			expect(response.headers.get('x-frame-options'), path).toBe('DENY');
			expect(response.headers.get('permissions-policy'), path).toMatch(/geolocation=\(\)/);
			await response.text();
		}
		expect(nonces.size).toBe(3);
	});

	it('the pages run under the policy: no violations while signing in and browsing', async () => {
		const context = await newContext(browser);
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (m) => {
			if (/content security policy|refused to/i.test(m.text())) violations.push(m.text());
		});
		await page.goto('/signin');
		await page.getByRole('button', { name: /Mohamed/ }).click();
		await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
		const cookies = await context.cookies();
		expect(cookies.find((c) => c.name === '__Host-kring_session')?.secure).toBe(true);
		for (const path of ['/', '/circles', '/circles/mine', '/profile', '/notifications'])
			await page.goto(path);
		expect(violations).toEqual([]);
		await context.close();
	});
});
