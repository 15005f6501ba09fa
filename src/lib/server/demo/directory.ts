import type { Sql } from '../db';
import type { DemoNeighbourhood } from './town';

/**
 * "Who does what" in the demo town: the services residents of Alphen aan den Rijn would
 * look for next to the circles. Local phone numbers start with 0172 000 (not in use) and
 * websites end in .example: demo data, not a real address book. 113 is real.
 */
type DemoEntry = {
	kind: 'team' | 'service' | 'helpline' | 'organisation';
	name: string;
	name_en: string;
	what: string;
	what_en: string;
	for_whom: string;
	for_whom_en: string;
	hours: string;
	hours_en: string;
	phone?: string;
	email?: string;
	website?: string;
	address?: string;
	themes: string[];
	neighbourhood: DemoNeighbourhood | null;
	/** Days since it was last checked (the demo shows one that needs a look). */
	checkedDaysAgo: number;
};

export const directoryEntries: DemoEntry[] = [
	{
		kind: 'service',
		name: 'Schuldhulpverlening Alphen',
		name_en: 'Debt counselling Alphen',
		what: 'Gratis hulp bij schulden en geldzorgen. We openen samen je post, maken een overzicht en een plan, en praten met de mensen aan wie je geld moet.',
		what_en:
			'Free help with debts and money worries. Together we open your post, make an overview and a plan, and talk to the people you owe money to.',
		for_whom: 'Iedereen in Alphen aan den Rijn met schulden of zorgen over geld.',
		for_whom_en: 'Everyone in Alphen aan den Rijn with debts or worries about money.',
		hours: 'Maandag tot en met vrijdag 9.00 – 17.00 uur. Inloop dinsdag 13.00 – 15.00 uur.',
		hours_en: 'Monday to Friday 9 am – 5 pm. Walk in on Tuesday 1 – 3 pm.',
		phone: '0172 000 101',
		email: 'schuldhulp@alphen.example',
		website: 'https://schuldhulp.alphen.example',
		address: 'Stadhuisplein 1, Alphen aan den Rijn',
		themes: ['debt'],
		neighbourhood: null,
		checkedDaysAgo: 12
	},
	{
		kind: 'organisation',
		name: 'Thuisadministratie Humanitas',
		name_en: 'Home administration help (Humanitas)',
		what: 'Een vrijwilliger komt bij je thuis en helpt je je papieren en rekeningen op orde te brengen en te houden.',
		what_en:
			'A volunteer visits you at home and helps you get your papers and bills in order, and keep them that way.',
		for_whom: 'Mensen die het overzicht over hun geld en post kwijt zijn.',
		for_whom_en: 'People who have lost track of their money and post.',
		hours: 'Op afspraak, ook in de avond.',
		hours_en: 'By appointment, evenings too.',
		phone: '0172 000 102',
		website: 'https://thuisadministratie.example',
		themes: ['debt'],
		neighbourhood: 'ridderveld',
		checkedDaysAgo: 40
	},
	{
		kind: 'team',
		name: 'Sociaal wijkteam Centrum',
		name_en: 'Social neighbourhood team Centrum',
		what: 'Eén plek voor vragen over zorg, opvoeden, wonen, werk en geld. We denken met je mee en zoeken samen wat je nodig hebt.',
		what_en:
			'One place for questions about care, raising children, housing, work and money. We think along with you and find together what you need.',
		for_whom: 'Bewoners van Centrum.',
		for_whom_en: 'Residents of Centrum.',
		hours:
			'Maandag tot en met vrijdag 8.30 – 17.00 uur. Inloop woensdag 10.00 – 12.00 uur in buurthuis Het Anker.',
		hours_en:
			'Monday to Friday 8.30 am – 5 pm. Walk in on Wednesday 10 am – 12 noon at community centre Het Anker.',
		phone: '0172 000 201',
		email: 'wijkteam.centrum@alphen.example',
		address: 'Buurthuis Het Anker, Centrum',
		themes: ['parenting', 'family-caregiving', 'mental-health', 'work'],
		neighbourhood: 'centrum',
		checkedDaysAgo: 3
	},
	{
		kind: 'team',
		name: 'Sociaal wijkteam Ridderveld',
		name_en: 'Social neighbourhood team Ridderveld',
		what: 'Eén plek voor vragen over zorg, opvoeden, wonen, werk en geld. We komen ook bij je thuis.',
		what_en:
			'One place for questions about care, raising children, housing, work and money. We also visit you at home.',
		for_whom: 'Bewoners van Ridderveld.',
		for_whom_en: 'Residents of Ridderveld.',
		hours: 'Maandag tot en met vrijdag 8.30 – 17.00 uur.',
		hours_en: 'Monday to Friday 8.30 am – 5 pm.',
		phone: '0172 000 202',
		email: 'wijkteam.ridderveld@alphen.example',
		address: 'Buurthuis De Ridderhof, Ridderhof 12, Ridderveld',
		themes: ['parenting', 'family-caregiving', 'mental-health', 'work'],
		neighbourhood: 'ridderveld',
		// Not looked at for a long time: the worker sees it needs checking.
		checkedDaysAgo: 230
	},
	{
		kind: 'service',
		name: 'Steunpunt Mantelzorg',
		name_en: 'Family caregiver support point',
		what: 'Advies, een luisterend oor en respijtzorg (even vrij) voor wie voor een ander zorgt. Ook voor jonge mantelzorgers.',
		what_en:
			'Advice, a listening ear and respite care (time off) for people who care for someone else. Also for young carers.',
		for_whom: 'Mantelzorgers van alle leeftijden.',
		for_whom_en: 'Family caregivers of every age.',
		hours: 'Maandag tot en met donderdag 9.00 – 16.00 uur.',
		hours_en: 'Monday to Thursday 9 am – 4 pm.',
		phone: '0172 000 301',
		email: 'mantelzorg@alphen.example',
		website: 'https://mantelzorg.alphen.example',
		themes: ['family-caregiving', 'young-carers', 'dementia'],
		neighbourhood: null,
		checkedDaysAgo: 20
	},
	{
		kind: 'service',
		name: 'Huisartsenpost Alphen',
		name_en: 'GP out-of-hours post Alphen',
		what: "Voor dringende medische hulp 's avonds, 's nachts en in het weekend, als je eigen huisarts dicht is. Bel altijd eerst.",
		what_en:
			'For urgent medical help in the evening, at night and at weekends, when your own GP is closed. Always call first.',
		for_whom: 'Iedereen met een dringende medische vraag buiten kantoortijd.',
		for_whom_en: 'Everyone with an urgent medical question outside office hours.',
		hours: 'Doordeweeks 17.00 – 8.00 uur, en het hele weekend. Overdag: je eigen huisarts.',
		hours_en: 'Weekdays 5 pm – 8 am, and all weekend. During the day: your own GP.',
		phone: '0172 000 401',
		address: 'Ziekenhuis Alrijne, Alphen aan den Rijn',
		themes: ['chronic-illness'],
		neighbourhood: null,
		checkedDaysAgo: 60
	},
	{
		kind: 'helpline',
		name: '113 Zelfmoordpreventie',
		name_en: '113 Suicide Prevention',
		what: 'Praten over gedachten aan zelfmoord, anoniem en gratis. Ook voor wie zich zorgen maakt om een ander. Bij direct gevaar: bel 112.',
		what_en:
			'Talk about thoughts of suicide, anonymously and free of charge. Also for people worried about someone else. In immediate danger: call 112.',
		for_whom: 'Iedereen die aan zelfmoord denkt, en hun naasten.',
		for_whom_en: 'Everyone who thinks about suicide, and the people close to them.',
		hours: 'Dag en nacht: bel 113 of 0800-0113, of chat op 113.nl.',
		hours_en: 'Day and night: call 113 or 0800-0113, or chat at 113.nl.',
		phone: '0800-0113',
		website: 'https://www.113.nl',
		themes: ['mental-health'],
		neighbourhood: null,
		checkedDaysAgo: 5
	},
	{
		kind: 'service',
		name: 'Digitaal Hulpplein in de bibliotheek',
		name_en: 'Digital help desk at the library',
		what: 'Hulp met je telefoon, computer, DigiD en formulieren van de overheid. Gratis, zonder afspraak.',
		what_en:
			'Help with your phone, computer, DigiD and government forms. Free, no appointment needed.',
		for_whom: 'Iedereen die moeite heeft met digitale zaken.',
		for_whom_en: 'Everyone who finds digital things hard.',
		hours: 'Dinsdag en donderdag 10.00 – 12.00 uur.',
		hours_en: 'Tuesday and Thursday 10 am – 12 noon.',
		phone: '0172 000 501',
		website: 'https://bibliotheek.alphen.example',
		address: 'Bibliotheek, Raadhuisstraat, Centrum',
		themes: ['older-people', 'language'],
		neighbourhood: 'centrum',
		checkedDaysAgo: 15
	},
	{
		kind: 'service',
		name: 'Taalhuis Alphen',
		name_en: 'Language house Alphen',
		what: 'Beter leren lezen, schrijven en Nederlands spreken, met een taalmaatje of in een kleine groep.',
		what_en:
			'Learn to read, write and speak Dutch better, with a language buddy or in a small group.',
		for_whom: 'Volwassenen die beter Nederlands willen leren, ook nieuwkomers.',
		for_whom_en: 'Adults who want to improve their Dutch, newcomers too.',
		hours: 'Maandag en woensdag 13.00 – 16.00 uur.',
		hours_en: 'Monday and Wednesday 1 – 4 pm.',
		email: 'taalhuis@alphen.example',
		address: 'Wijkcentrum Kerk en Zanen, Zegerstraat 40',
		themes: ['language', 'newcomers'],
		neighbourhood: 'kerk-en-zanen',
		checkedDaysAgo: 90
	}
];

/** Adds the demo entries (service path, inside the seeding transaction). */
export async function seedDirectory(tx: Sql): Promise<void> {
	for (const e of directoryEntries) {
		await tx.query(
			`insert into public.directory_entries
			   (kind, name, name_en, what, what_en, for_whom, for_whom_en, hours, hours_en, phone,
			    email, website, address, theme_slugs, neighbourhood_id, last_checked_at)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14,
			   (select id from public.neighbourhoods where slug = $15),
			   now() - make_interval(days => $16))`,
			[
				e.kind,
				e.name,
				e.name_en,
				e.what,
				e.what_en,
				e.for_whom,
				e.for_whom_en,
				e.hours,
				e.hours_en,
				e.phone ?? null,
				e.email ?? null,
				e.website ?? null,
				e.address ?? null,
				e.themes,
				e.neighbourhood,
				e.checkedDaysAgo
			]
		);
	}
}
