import { getLocale } from '$lib/paraglide/runtime';

/** Picks the English text when the reader reads English and one exists, else the Dutch. */
export function localized(nl: string, en: string | null | undefined): string {
	return getLocale() === 'en' && en ? en : nl;
}

export function themeLabel(theme: { label_nl: string; label_en: string }): string {
	return getLocale() === 'en' ? theme.label_en : theme.label_nl;
}
