import { m } from '$lib/paraglide/messages';
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

/**
 * The same choice for plain text (a notification, a push message, a page title): the Dutch
 * text followed by "(in Dutch)" when an English reader would otherwise meet it unmarked.
 */
export function shownPlainText(
	nl: string,
	en: string | null | undefined,
	locale: string = getLocale()
): string {
	const shown = shownText(nl, en, locale);
	return shown.inDutch ? `${shown.text} ${m.circle_in_dutch({}, { locale: 'en' })}` : shown.text;
}
