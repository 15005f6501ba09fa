import { browser } from '$app/environment';
import { createAttachmentKey, type Attachment } from 'svelte/attachments';
import type { HTMLDetailsAttributes } from 'svelte/elements';

/** Marks a `<details>` the server wrote, so the page knows its open state is the resident's. */
export const servedMark = 'data-kept-open';

/** The `open` each `<details>` was last given by its page, to show only a change in it. */
const given = new WeakMap<HTMLDetailsElement, boolean>();

/**
 * For a `<details>` the page opens or closes: `<details {...keptOpen(open)}>` instead of
 * `open={open}` or `bind:open`. Svelte sets a bound or given `open` again while the page starts
 * (hydrates), before any attachment can read it, so a section opened on a slow phone before the
 * JavaScript ran would close again. So the server writes `open`, and in the browser Svelte never
 * sets it while starting: the attachment leaves a served `<details>` as the resident left it,
 * opens or closes one the browser built itself (after a navigation) as `open` says, and shows a
 * later change in `open` (such as a failed form that opens its section).
 */
export function keptOpen(open: boolean): HTMLDetailsAttributes {
	if (!browser) return { open, [servedMark]: '' };
	return { [createAttachmentKey()]: openAttachment(open) };
}

/** The browser's half of `keptOpen` (exported for its test). */
export function openAttachment(open: boolean): Attachment<HTMLDetailsElement> {
	return (details) => {
		const before = given.get(details);
		given.set(details, open);
		const show = before === undefined ? !details.hasAttribute(servedMark) : before !== open;
		if (show) details.open = open;
	};
}
