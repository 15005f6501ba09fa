import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
	it('makes http(s) and www. links, leaves the rest as text', () => {
		expect(linkify('Kijk op https://kring.example/a?b=1. En www.gemeente.nl!')).toEqual([
			{ text: 'Kijk op ' },
			{ text: 'https://kring.example/a?b=1', href: 'https://kring.example/a?b=1' },
			{ text: '. En ' },
			{ text: 'www.gemeente.nl', href: 'https://www.gemeente.nl/' },
			{ text: '!' }
		]);
	});
	it('never links other schemes and keeps markup as plain text', () => {
		const parts = linkify('javascript:alert(1) <img src=x onerror=alert(1)> data:text/html,x');
		expect(parts.every((p) => p.href === undefined)).toBe(true);
		expect(parts.map((p) => p.text).join('')).toBe(
			'javascript:alert(1) <img src=x onerror=alert(1)> data:text/html,x'
		);
	});
});
