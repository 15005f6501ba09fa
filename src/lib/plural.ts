/**
 * The plural category of a number for the app's messages, without Intl where we can.
 *
 * Paraglide's compiled messages call `new Intl.PluralRules(...)` for every plural message
 * ("3 leden", "1 plek vrij"). The first Intl object a page makes loads the browser's ICU data:
 * 25–40 ms on a laptop, several times that on a phone, in the middle of hydration, where it
 * counts as blocking time (issue 13). Dutch and English share one cardinal rule in CLDR
 * ("one" for exactly 1 or -1, "other" otherwise), so those need no Intl; anything else (ordinals,
 * other languages) still goes to Intl. vite.config.ts routes the messages' plural here.
 */
export function plural(locale: string, input: unknown, options?: Intl.PluralRulesOptions) {
	const n = Number(input);
	const language = locale.split('-')[0];
	if ((language === 'nl' || language === 'en') && (options?.type ?? 'cardinal') === 'cardinal')
		return Math.abs(n) === 1 ? 'one' : 'other';
	return new Intl.PluralRules(locale, options).select(n);
}
