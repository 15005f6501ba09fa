import { describe, expect, it } from 'vitest';
import { safeRedirect } from './redirect';

describe('safeRedirect', () => {
	it('follows local paths only', () => {
		expect(safeRedirect('/circles?theme=grief')).toBe('/circles?theme=grief');
		expect(safeRedirect('https://evil.example')).toBe('/');
		expect(safeRedirect('//evil.example')).toBe('/');
		expect(safeRedirect('/\\evil.example')).toBe('/');
		expect(safeRedirect(null, '/profile')).toBe('/profile');
	});
});
