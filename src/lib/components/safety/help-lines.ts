/**
 * Crisis help lines, the same everywhere they are shown (the crisis notice, /help, and the
 * `crisis.lines` of POST /api/suggest). Numbers checked against the organisations' own
 * sites; tests/integration/safety.test.ts checks them exactly.
 */
export type HelpLine = {
	id: 'suicide_prevention' | 'emergency' | 'domestic_violence';
	name: string;
	/** Numbers to call, as written in the Netherlands. */
	phones: string[];
	/** A web address for chat, if there is one. */
	chat?: string;
};

export const CRISIS_LINES: readonly HelpLine[] = [
	{
		id: 'suicide_prevention',
		name: '113 Zelfmoordpreventie',
		phones: ['113', '0800-0113'],
		chat: 'https://www.113.nl'
	},
	{ id: 'emergency', name: '112', phones: ['112'] },
	// Violence or danger at home (the crisis gate also fires on that): free, day and night.
	{
		id: 'domestic_violence',
		name: 'Veilig Thuis',
		phones: ['0800-2000'],
		chat: 'https://veiligthuis.nl'
	}
];

/** `tel:` link for a number written with dashes or spaces. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;
