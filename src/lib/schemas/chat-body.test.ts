import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sendFormSchema } from './chat';
import { MAX_MESSAGE_LENGTH, checkChatBody } from './chat-body';

const schema = sendFormSchema.shape.body;

/** What the browser's check and the server's zod schema say about one text. */
function both(text: string) {
	const parsed = schema.safeParse(text);
	const checked = checkChatBody(text);
	return {
		zod: parsed.success
			? { ok: true, body: parsed.data }
			: { ok: false, error: parsed.error.issues[0].message },
		browser: checked
	};
}

describe('the chat page checks a message as the server does', () => {
	it('agrees with sendFormSchema on the edges', () => {
		for (const text of [
			'',
			'   ',
			'\n\t',
			'Hallo',
			'  Hallo  ',
			'a\u0000b',
			' \u0085 ',
			'\ud800',
			'x'.repeat(MAX_MESSAGE_LENGTH),
			' '.repeat(5) + 'x'.repeat(MAX_MESSAGE_LENGTH) + ' ',
			'x'.repeat(MAX_MESSAGE_LENGTH + 1),
			'👋'.repeat(1001)
		]) {
			const { zod, browser } = both(text);
			expect(browser, JSON.stringify(text).slice(0, 40)).toEqual(zod);
		}
	});

	it('agrees with sendFormSchema on any text', () => {
		const text = fc.oneof(
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.string({
				unit: fc.constantFrom(' ', '\n', 'a', '\u0000', '\u00a0', '\ud800'),
				maxLength: 30
			}),
			fc.nat({ max: 60 }).map((n) => ' '.repeat(n % 3) + 'y'.repeat(MAX_MESSAGE_LENGTH - 30 + n)),
			fc.nat({ max: 60 }).map((n) => '👋é'.repeat(MAX_MESSAGE_LENGTH / 2 - 15 + n / 2))
		);
		fc.assert(
			fc.property(text, (t) => {
				const { zod, browser } = both(t);
				expect(browser).toEqual(zod);
			}),
			{ numRuns: 2000 }
		);
	});
});
