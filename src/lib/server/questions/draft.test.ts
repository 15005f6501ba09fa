import type { Cookies } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { questionSchema } from '$lib/schemas/question';
import { dropDraft, keepDraft, readDraft } from './draft';

/** The cookie jar of one browser, as SvelteKit's Cookies sees it (values and options). */
function jar() {
	const values = new Map<string, { value: string; path?: string; maxAge?: number }>();
	const cookies = {
		get: (name: string) => values.get(name)?.value,
		set: (name: string, value: string, options: { path: string; maxAge?: number }) =>
			void values.set(name, { value, path: options.path, maxAge: options.maxAge }),
		delete: (name: string) => void values.delete(name)
	} as unknown as Cookies;
	return { cookies, values };
}

const input = (body: string) => questionSchema.parse({ body, languages: ['nl'] });

describe("a visitor's question kept on their device", () => {
	it('comes back as typed, only for /questions, for a short while', () => {
		const { cookies, values } = jar();
		const typed = input('Mijn zoon van 9 heeft ADHD en ik weet niet meer hoe ik rust krijg.');
		expect(keepDraft(cookies, typed)).toBe(true);
		expect(readDraft(cookies)).toEqual(typed);
		for (const v of values.values()) {
			expect(v.path).toBe('/questions');
			expect(v.maxAge).toBeLessThanOrEqual(30 * 60);
		}
		dropDraft(cookies);
		expect(readDraft(cookies)).toBeNull();
		expect(values.size).toBe(0);
	});

	it('keeps the longest text in any script in at most three cookies of under 4 kB', () => {
		// Letters with little to compress: a different one each time, from Latin, Cyrillic,
		// Chinese and (four bytes each) mathematical script; 2,000 UTF-16 units at most.
		for (const [first, count] of [
			[0x100, 128],
			[0x430, 32],
			[0x4e00, 500],
			[0x1d4d0, 52]
		]) {
			const { cookies, values } = jar();
			let body = 'Ik ';
			for (let i = 0; body.length < 1998; i++)
				body += String.fromCodePoint(first + ((i * 7) % count));
			const typed = input(body);
			expect(keepDraft(cookies, typed)).toBe(true);
			expect(values.size).toBeLessThanOrEqual(3);
			for (const v of values.values()) expect(v.value.length).toBeLessThan(4000);
			expect(readDraft(cookies)?.body).toBe(typed.body);
		}
	});

	it('a changed or broken cookie gives nothing, never an error or unchecked input', () => {
		const { cookies, values } = jar();
		keepDraft(cookies, input('Ik zoek andere pleegouders in de buurt om mee te praten.'));
		values.set('kring_question_draft0', { value: 'bm90IGRlZmxhdGVk' });
		expect(readDraft(cookies)).toBeNull();
		const other = jar();
		keepDraft(other.cookies, input('Ik zoek andere pleegouders in de buurt om mee te praten.'));
		// A text of valid form but against the rules (too short) is refused on reading.
		const { deflateRawSync } = process.getBuiltinModule('node:zlib');
		const packed = deflateRawSync(Buffer.from(JSON.stringify({ body: 'kort' }))).toString(
			'base64url'
		);
		other.values.set('kring_question_draft0', { value: packed });
		expect(readDraft(other.cookies)).toBeNull();
	});
});
