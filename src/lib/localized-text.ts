import { getLocale } from '$lib/paraglide/runtime';

/** A text as a reader sees it: which version, and whether it must be marked as Dutch. */
export type ShownText = {
	text: string;
	/** `'nl'` when the reader's language is not Dutch and only the Dutch text exists. */
	lang: 'nl' | undefined;
	/** Whether to tell the reader the text is in Dutch. */
	inDutch: boolean;
};

/**
 * Picks the English text for an English reader when a host wrote one; otherwise the Dutch
 * text, marked (lang="nl", "in Dutch") for a reader whose language is not Dutch, so screen
 * readers pronounce it as Dutch and nobody is surprised by it. Empty texts are never marked.
 */
export function shownText(
	nl: string,
	en: string | null | undefined,
	locale: string = getLocale()
): ShownText {
	if (locale === 'nl' || !nl.trim()) return { text: nl, lang: undefined, inDutch: false };
	if (en?.trim()) return { text: en, lang: undefined, inDutch: false };
	return { text: nl, lang: 'nl', inDutch: true };
}
