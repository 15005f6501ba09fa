import { CRISIS_LINES } from '$lib/components/safety/help-lines';
import { m } from '$lib/paraglide/messages';

/**
 * What POST /api/suggest answers when the text speaks of suicide or self-harm: the help
 * lines and a short message in the caller's language, and no circles or themes (a circle is
 * not the answer here).
 */
export function crisisSuggestAnswer(lang: 'nl' | 'en') {
	return {
		crisis: {
			message: m.safety_suggest_message({}, { locale: lang }),
			lines: CRISIS_LINES.map((l) => ({ ...l, phones: [...l.phones] })),
			help_page: '/help'
		},
		themes: [],
		circles: []
	};
}

/**
 * The `concern` of POST /api/suggest when the text sounds heavy or hopeless but not like a
 * crisis: one calm line with 113 and 112 to show above the circles, which stay. Nobody is
 * alerted and nothing is stored.
 */
export function concernSuggestAnswer(lang: 'nl' | 'en') {
	return {
		message: m.safety_concern_message({}, { locale: lang }),
		lines: CRISIS_LINES.filter((l) => l.id !== 'domestic_violence').map((l) => ({
			...l,
			phones: [...l.phones]
		})),
		help_page: '/help'
	};
}
