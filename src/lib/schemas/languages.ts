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
