// Without zod, so the circle page's survey does not ship the validator to the browser.

/** What a circle can help with; values match public.circle_voices.helps_with. */
export const helpsOptions = [
	'peers',
	'tips',
	'information',
	'less_alone',
	'practical_help',
	'courage'
] as const;
/** What can be missing; values match public.circle_voices.missing. */
export const missingOptions = [
	'more_gatherings',
	'volunteer',
	'professional',
	'childcare',
	'closer_by',
	'online',
	'nothing'
] as const;
