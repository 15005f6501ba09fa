/** Languages a person can say they speak; codes match the profiles.languages check. */
export const spokenLanguages = [
	'nl',
	'en',
	'ar',
	'tr',
	'pl',
	'uk',
	'ti',
	'so',
	'fy',
	'pap',
	'de',
	'fr',
	'es'
] as const;
export type SpokenLanguage = (typeof spokenLanguages)[number];

/** Each language's name in that language (never translated: people look for their own). */
export const languageNames: Record<string, string> = {
	nl: 'Nederlands',
	en: 'English',
	ar: 'العربية',
	tr: 'Türkçe',
	pl: 'Polski',
	uk: 'Українська',
	ti: 'ትግርኛ',
	so: 'Soomaali',
	fy: 'Frysk',
	pap: 'Papiamentu',
	de: 'Deutsch',
	fr: 'Français',
	es: 'Español'
};
