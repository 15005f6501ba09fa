import { describe, expect, it } from 'vitest';
import { keptOpen, openAttachment, servedMark } from './kept-open';

/** A stand-in for a `<details>`: only what the attachment reads and sets. */
const details = (open: boolean, served: boolean) => {
	const element = { open, hasAttribute: (name: string) => served && name === servedMark };
	return element as unknown as HTMLDetailsElement & { open: boolean };
};

describe('keptOpen', () => {
	it('has the server write open and the mark, and nothing else', () => {
		expect(keptOpen(true)).toEqual({ open: true, [servedMark]: '' });
		expect(keptOpen(false)).toEqual({ open: false, [servedMark]: '' });
	});

	it('leaves a served <details> as the resident left it before the page started', () => {
		const opened = details(true, true);
		openAttachment(false)(opened);
		expect(opened.open).toBe(true);
		const closed = details(false, true);
		openAttachment(true)(closed);
		expect(closed.open).toBe(false);
	});

	it('opens one the browser built itself when the page says so', () => {
		const built = details(false, false);
		openAttachment(true)(built);
		expect(built.open).toBe(true);
	});

	it('shows a later change from the page, but not the same value again', () => {
		const section = details(false, true);
		openAttachment(false)(section);
		section.open = true; // the resident opens it
		openAttachment(false)(section);
		expect(section.open).toBe(true);
		openAttachment(true)(section); // a failed form opens it
		section.open = false; // the resident closes it
		openAttachment(true)(section);
		expect(section.open).toBe(false);
		openAttachment(false)(section);
		openAttachment(true)(section);
		expect(section.open).toBe(true);
	});
});
