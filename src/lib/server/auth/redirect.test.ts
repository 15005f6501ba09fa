import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

const origin = 'https://kring.example';

describe('safeRedirect', () => {
	it('follows local paths', () => {
		expect(safeRedirect('/circles?theme=grief', origin)).toBe('/circles?theme=grief');
		expect(safeRedirect('/circles/koffie#chat', origin)).toBe('/circles/koffie#chat');
		expect(safeRedirect('https://kring.example/profile', origin)).toBe('/profile');
		expect(safeRedirect(null, origin, '/profile')).toBe('/profile');
		expect(safeRedirect('', origin, '/profile')).toBe('/profile');
	});

	it('never leaves the site', () => {
		for (const evil of [
			'https://evil.example',
			'//evil.example',
			'/\\evil.example',
			'\\\\evil.example',
			'/\t/evil.example', // the issue's `%2F%09%2Fevil.example`
			'/\n/evil.example',
			'/\r\n/evil.example',
			' //evil.example',
			'\t//evil.example',
			'https:evil.example',
			'http://kring.example/', // other scheme: another origin
			'https://kring.example.evil.example/',
			'https://kring.example@evil.example/',
			'javascript:alert(1)',
			'data:text/html,<script>alert(1)</script>',
			'/%2F%2F../', // stays local, checked below
			'https://kring.example//evil.example'
		]) {
			const target = safeRedirect(evil, origin);
			expect(new URL(target, origin).origin, evil).toBe(origin);
			expect(target.startsWith('//'), evil).toBe(false);
		}
		expect(safeRedirect('/\t/evil.example', origin)).toBe('/');
		expect(safeRedirect('https://kring.example//evil.example', origin)).toBe('/');
	});

	it('keeps CR and LF out of the Location header', () => {
		const target = safeRedirect('/circles\r\nSet-Cookie: x=1', origin);
		expect(target).not.toMatch(/[\r\n]/);
		expect(new URL(target, origin).origin).toBe(origin);
	});
});
