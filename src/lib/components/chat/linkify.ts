/** A piece of message text: plain, or a web link. */
export type TextPart = { text: string; href?: string };

// Only http(s) and www. links; the text is never parsed as HTML.
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]}]+$/;

/** Splits text into plain parts and safe links, for rendering as text nodes and <a>. */
export function linkify(text: string): TextPart[] {
	const parts: TextPart[] = [];
	let last = 0;
	for (const match of text.matchAll(LINK)) {
		let raw = match[0];
		const trail = TRAILING.exec(raw)?.[0] ?? '';
		raw = raw.slice(0, raw.length - trail.length);
		const start = match.index;
		let href: string | undefined;
		try {
			const url = new URL(raw.toLowerCase().startsWith('www.') ? `https://${raw}` : raw);
			if (url.protocol === 'http:' || url.protocol === 'https:') href = url.href;
		} catch {
			href = undefined;
		}
		if (!href || !raw) continue;
		if (start > last) parts.push({ text: text.slice(last, start) });
		parts.push({ text: raw, href });
		last = start + raw.length;
	}
	if (last < text.length) parts.push({ text: text.slice(last) });
	return parts;
}
