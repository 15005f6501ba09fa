/** The demo town: a few neighbourhoods of Alphen aan den Rijn and circles that read like real ones. */

export const neighbourhoods = [
	{ slug: 'centrum', name: 'Centrum', latitude: 52.1294, longitude: 4.6574 },
	{ slug: 'ridderveld', name: 'Ridderveld', latitude: 52.1375, longitude: 4.6793 },
	{ slug: 'kerk-en-zanen', name: 'Kerk en Zanen', latitude: 52.1213, longitude: 4.6395 }
] as const;

export type DemoNeighbourhood = (typeof neighbourhoods)[number]['slug'];

/** Accounts the sign-in page offers in demo mode, one per role. */
export const demoAccounts = [
	{
		key: 'resident',
		email: 'sanne@kring.example',
		name: 'Sanne de Vries',
		roles: ['resident'],
		neighbourhood: 'ridderveld'
	},
	{
		key: 'host',
		email: 'mohamed@kring.example',
		name: 'Mohamed El Amrani',
		roles: ['resident'],
		neighbourhood: 'ridderveld'
	},
	{
		key: 'volunteer',
		email: 'joke@kring.example',
		name: 'Joke Bakker',
		roles: ['resident', 'volunteer'],
		neighbourhood: 'centrum'
	},
	{
		key: 'worker',
		email: 'fatima@kring.example',
		name: 'Fatima Yilmaz',
		roles: ['worker'],
		neighbourhood: 'centrum'
	},
	{
		key: 'admin',
		email: 'beheer@kring.example',
		name: 'Beheer Kring',
		roles: ['admin'],
		neighbourhood: 'centrum'
	}
] as const;

export type DemoAccountKey = (typeof demoAccounts)[number]['key'];

export const secondWorker = {
	email: 'peter@kring.example',
	name: 'Peter Jansen',
	neighbourhood: 'kerk-en-zanen'
} as const;

type DemoCircle = {
	slug: string;
	name: string;
	name_en: string;
	description: string;
	description_en: string;
	meeting_note: string;
	meeting_note_en: string;
	location_name: string;
	house_rules: string;
	themes: string[];
	neighbourhood: DemoNeighbourhood;
	format: 'in_person' | 'online' | 'both';
	visibility: 'public' | 'private';
	join_policy: 'open' | 'approval';
	capacity: number | null;
	languages: string[];
	/** Email of the host; the rest of the members come from residents with the same themes. */
	host: string;
	meeting_weekdays: number[];
	meeting_parts: ('morning' | 'afternoon' | 'evening')[];
	/** The demo plans a few gatherings ahead from the next matching weekday. */
	gatherings: { recurrence: 'weekly' | 'biweekly' | 'monthly'; time: string; minutes: number };
};

const rules =
	'Wat hier gezegd wordt, blijft hier. We luisteren naar elkaar en geven geen ongevraagd advies. Iedereen mag zijn wie hij is.';

export const circles: DemoCircle[] = [
	{
		slug: 'autisme-cafe-ridderveld',
		name: 'Autisme-café Ridderveld',
		name_en: 'Autism café Ridderveld',
		description:
			'Een gezellige avond voor ouders van kinderen met autisme. We drinken koffie, delen wat werkt en wat moeilijk is, en helpen elkaar met school, zorg en rust in huis.',
		description_en:
			'A relaxed evening for parents of children with autism. We have coffee, share what works and what is hard, and help each other with school, care and calm at home.',
		meeting_note: 'Elke tweede dinsdag van de maand, 19.30 – 21.30 uur',
		meeting_note_en: 'Every second Tuesday of the month, 7.30 – 9.30 pm',
		location_name: 'Buurthuis De Ridderhof, Ridderveld',
		house_rules: rules,
		themes: ['autism', 'parenting'],
		neighbourhood: 'ridderveld',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'approval',
		capacity: 16,
		languages: ['nl', 'en'],
		host: 'mohamed@kring.example',
		meeting_weekdays: [2],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'monthly', time: '19:30', minutes: 120 }
	},
	{
		slug: 'pleegouderkring-alphen',
		name: 'Pleegouderkring Alphen',
		name_en: 'Foster parents circle Alphen',
		description:
			'Pleegouders onder elkaar. We praten over hechting, contact met de ouders, en hoe je het volhoudt. Nieuwe en ervaren pleegouders zijn welkom.',
		description_en:
			'Foster parents among themselves. We talk about attachment, contact with birth parents and how to keep going. New and experienced foster parents are welcome.',
		meeting_note: 'Eens per maand op donderdagavond',
		meeting_note_en: 'Once a month on Thursday evening',
		location_name: 'Bibliotheek Alphen, zaal 2',
		house_rules: rules,
		themes: ['foster-care', 'parenting'],
		neighbourhood: 'centrum',
		format: 'both',
		visibility: 'public',
		join_policy: 'approval',
		capacity: 20,
		languages: ['nl'],
		host: 'r05@kring.example',
		meeting_weekdays: [4],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'monthly', time: '19:30', minutes: 120 }
	},
	{
		slug: 'mantelzorgers-dementie',
		name: 'Mantelzorgers bij dementie',
		name_en: 'Family caregivers of people with dementia',
		description:
			'Zorg je voor je partner, vader of moeder met dementie? Hier vind je mensen die het snappen. We delen tips, zorgen en ook de mooie momenten.',
		description_en:
			'Do you care for a partner or parent with dementia? Here you meet people who understand. We share tips, worries and the good moments too.',
		meeting_note: 'Elke woensdagochtend, 10.00 – 11.30 uur',
		meeting_note_en: 'Every Wednesday morning, 10.00 – 11.30 am',
		location_name: 'Wijkcentrum Kerk en Zanen',
		house_rules: rules,
		themes: ['family-caregiving', 'dementia'],
		neighbourhood: 'kerk-en-zanen',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 14,
		languages: ['nl'],
		host: 'r09@kring.example',
		meeting_weekdays: [3],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'weekly', time: '10:00', minutes: 90 }
	},
	{
		slug: 'samen-uit-de-schulden',
		name: 'Samen uit de schulden',
		name_en: 'Getting out of debt together',
		description:
			'Geldzorgen maken je moe. In deze kring help je elkaar met post openen, een plan maken en volhouden. Zonder oordeel. Een vrijwilliger van de schuldhulp is er vaak bij.',
		description_en:
			'Money worries wear you out. In this circle you help each other open the post, make a plan and keep going. No judgement. A debt-help volunteer often joins.',
		meeting_note: 'Elke maandagmiddag, 14.00 – 15.30 uur',
		meeting_note_en: 'Every Monday afternoon, 2.00 – 3.30 pm',
		location_name: 'Buurthuis Centrum',
		house_rules: rules,
		themes: ['debt'],
		neighbourhood: 'centrum',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 12,
		languages: ['nl'],
		host: 'r13@kring.example',
		meeting_weekdays: [1],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'weekly', time: '14:00', minutes: 90 }
	},
	{
		slug: 'rouwkring-verder-na-verlies',
		name: 'Rouwkring: verder na verlies',
		name_en: 'Grief circle: living on after loss',
		description:
			'Je bent iemand verloren. Praten met mensen die dat ook meemaakten, helpt. We luisteren, herdenken en zoeken samen hoe je verder gaat.',
		description_en:
			'You lost someone. Talking with people who went through the same helps. We listen, remember and look together for how to go on.',
		meeting_note: 'Om de week op vrijdagmiddag',
		meeting_note_en: 'Every other Friday afternoon',
		location_name: 'Het Oude Raadhuis, Centrum',
		house_rules: rules,
		themes: ['grief'],
		neighbourhood: 'centrum',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'approval',
		capacity: 10,
		languages: ['nl'],
		host: 'r17@kring.example',
		meeting_weekdays: [5],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'biweekly', time: '14:00', minutes: 90 }
	},
	{
		slug: 'nah-lotgenoten',
		name: 'NAH-lotgenoten',
		name_en: 'Brain injury peers',
		description:
			'Na een beroerte, ongeluk of hersenletsel is alles anders. Moe, vergeetachtig, snel prikkels. Hier praat je met lotgenoten in een rustig tempo.',
		description_en:
			'After a stroke, accident or brain injury everything changes. Tired, forgetful, easily overwhelmed. Here you talk with peers at a calm pace.',
		meeting_note: 'Elke eerste en derde donderdag, 13.30 uur',
		meeting_note_en: 'First and third Thursday, 1.30 pm',
		location_name: 'Wijkcentrum Ridderveld',
		house_rules: rules,
		themes: ['brain-injury', 'chronic-illness'],
		neighbourhood: 'ridderveld',
		format: 'both',
		visibility: 'public',
		join_policy: 'open',
		capacity: 15,
		languages: ['nl'],
		host: 'r21@kring.example',
		meeting_weekdays: [4],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'biweekly', time: '13:30', minutes: 90 }
	},
	{
		slug: 'taaltafel-nieuwkomers',
		name: 'Taaltafel voor nieuwkomers',
		name_en: 'Language table for newcomers',
		description:
			'Oefen Nederlands in een kleine groep. Gewoon praten over het dagelijks leven: de dokter, school, boodschappen. Alle niveaus zijn welkom.',
		description_en:
			'Practise Dutch in a small group. Just talking about daily life: the doctor, school, shopping. All levels welcome.',
		meeting_note: 'Elke zaterdagochtend, 10.30 uur',
		meeting_note_en: 'Every Saturday morning, 10.30 am',
		location_name: 'Bibliotheek Kerk en Zanen',
		house_rules: rules,
		themes: ['newcomers', 'language'],
		neighbourhood: 'kerk-en-zanen',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 20,
		languages: ['nl', 'en', 'ar', 'uk'],
		host: 'r25@kring.example',
		meeting_weekdays: [6],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'weekly', time: '10:30', minutes: 90 }
	},
	{
		slug: 'koffieochtend-samen',
		name: 'Koffieochtend: samen is gezelliger',
		name_en: 'Coffee morning: better together',
		description:
			'Voor ouderen die zich soms alleen voelen. Koffie, een praatje, een spelletje. Kom gewoon eens kijken, er is altijd plek.',
		description_en:
			'For older people who sometimes feel alone. Coffee, a chat, a game. Just come and have a look, there is always room.',
		meeting_note: 'Elke dinsdagochtend, 10.00 uur',
		meeting_note_en: 'Every Tuesday morning, 10.00 am',
		location_name: 'Buurthuis De Ridderhof, Ridderveld',
		house_rules: rules,
		themes: ['loneliness', 'older-people'],
		neighbourhood: 'ridderveld',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: null,
		languages: ['nl'],
		host: 'r29@kring.example',
		meeting_weekdays: [2],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'weekly', time: '10:00', minutes: 90 }
	},
	{
		slug: 'adhd-ouders-online',
		name: 'Ouders van kinderen met ADHD (online)',
		name_en: 'Parents of children with ADHD (online)',
		description:
			'Een online kring voor ouders van kinderen met ADHD. Na het eten, vanaf de bank. We delen wat helpt bij huiswerk, slapen en ruzies.',
		description_en:
			'An online circle for parents of children with ADHD. After dinner, from your sofa. We share what helps with homework, sleep and arguments.',
		meeting_note: 'Om de week op maandagavond, 20.30 uur, online',
		meeting_note_en: 'Every other Monday evening, 8.30 pm, online',
		location_name: '',
		house_rules: rules,
		themes: ['adhd', 'parenting'],
		neighbourhood: 'kerk-en-zanen',
		format: 'online',
		visibility: 'public',
		join_policy: 'open',
		capacity: 25,
		languages: ['nl', 'en'],
		host: 'r33@kring.example',
		meeting_weekdays: [1],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'biweekly', time: '20:30', minutes: 60 }
	},
	{
		slug: 'jonge-mantelzorgers',
		name: 'Jonge mantelzorgers (besloten)',
		name_en: 'Young carers (private)',
		description:
			'Een besloten kring voor jongeren van 16 tot 25 die thuis zorgen voor een ouder, broer of zus. Alleen op uitnodiging.',
		description_en:
			'A private circle for young people aged 16 to 25 who care for a parent or sibling at home. By invitation only.',
		meeting_note: 'In overleg',
		meeting_note_en: 'By arrangement',
		location_name: 'Jongerencentrum Centrum',
		house_rules: rules,
		themes: ['young-carers', 'family-caregiving'],
		neighbourhood: 'centrum',
		format: 'both',
		visibility: 'private',
		join_policy: 'approval',
		capacity: 10,
		languages: ['nl'],
		host: 'r37@kring.example',
		meeting_weekdays: [],
		meeting_parts: [],
		gatherings: { recurrence: 'monthly', time: '16:00', minutes: 90 }
	}
];

const firstNames = [
	'Anouk',
	'Bram',
	'Chantal',
	'Dewi',
	'Emre',
	'Fenna',
	'Gijs',
	'Hanneke',
	'Ilse',
	'Jeroen',
	'Karima',
	'Lotte',
	'Milan',
	'Noor',
	'Oksana',
	'Pieter',
	'Rachida',
	'Sem',
	'Tamara',
	'Umut',
	'Vera',
	'Wim',
	'Yara',
	'Zeynep',
	'Arjen',
	'Bas',
	'Carla',
	'Daan',
	'Esra',
	'Femke'
];
const lastNames = [
	'Visser',
	'Smit',
	'Meijer',
	'de Boer',
	'Mulder',
	'de Groot',
	'Bos',
	'Vos',
	'Peters',
	'Hendriks'
];

/** Questions written the way residents write them, with their themes. */
const questionTemplates: { body: string; themes: string[]; lang: 'nl' | 'en' }[] = [
	{
		body: 'Mijn zoon van 9 heeft autisme en school loopt steeds vast. Ik zoek andere ouders om mee te praten.',
		themes: ['autism', 'parenting'],
		lang: 'nl'
	},
	{
		body: 'Onze dochter heeft net de diagnose autisme gekregen. Hoe doen andere ouders dat thuis?',
		themes: ['autism', 'parenting'],
		lang: 'nl'
	},
	{
		body: 'Wij zijn sinds kort pleegouders en lopen tegen veel dingen aan. Graag contact met andere pleeggezinnen.',
		themes: ['foster-care', 'parenting'],
		lang: 'nl'
	},
	{
		body: 'Mijn moeder heeft dementie en ik zorg elke dag voor haar. Ik ben zo moe, wie herkent dit?',
		themes: ['family-caregiving', 'dementia'],
		lang: 'nl'
	},
	{
		body: 'I care for my husband who has dementia. I would like to meet others in the same situation.',
		themes: ['family-caregiving', 'dementia'],
		lang: 'en'
	},
	{
		body: 'Ik heb schulden en durf de post niet meer open te maken. Ik wil graag hulp en mensen die het snappen.',
		themes: ['debt'],
		lang: 'nl'
	},
	{
		body: 'Sinds mijn scheiding kom ik niet meer rond. Rekeningen stapelen zich op.',
		themes: ['debt', 'divorce'],
		lang: 'nl'
	},
	{
		body: 'Mijn man is vorig jaar overleden. Ik mis hem elke dag en wil praten met mensen die dit ook kennen.',
		themes: ['grief'],
		lang: 'nl'
	},
	{
		body: 'My father died in the spring and I find it hard to talk about it with friends.',
		themes: ['grief'],
		lang: 'en'
	},
	{
		body: 'Na mijn herseninfarct ben ik snel moe en vergeet ik veel. Ik zoek lotgenoten.',
		themes: ['brain-injury'],
		lang: 'nl'
	},
	{
		body: 'Ik woon sinds een jaar in Nederland en wil beter Nederlands leren praten.',
		themes: ['newcomers', 'language'],
		lang: 'nl'
	},
	{
		body: 'I moved here from Ukraine and want to practise Dutch and meet people.',
		themes: ['newcomers', 'language'],
		lang: 'en'
	},
	{
		body: 'Sinds mijn vrouw er niet meer is zit ik veel alleen thuis. Ik zou graag eens koffie drinken met anderen.',
		themes: ['loneliness', 'older-people'],
		lang: 'nl'
	},
	{
		body: 'Mijn zoontje heeft ADHD en elke avond is het ruzie over huiswerk. Tips en steun welkom.',
		themes: ['adhd', 'parenting'],
		lang: 'nl'
	},
	{
		body: 'Ik ben 19 en zorg thuis voor mijn moeder die ziek is. Niemand in mijn klas snapt het.',
		themes: ['young-carers', 'family-caregiving'],
		lang: 'nl'
	},
	{
		body: 'Ik ben al twee jaar ziek thuis en wil weer aan het werk, maar weet niet hoe.',
		themes: ['work', 'chronic-illness'],
		lang: 'nl'
	},
	{
		body: 'Ik voel me vaak somber en zou graag met anderen praten die dat ook hebben.',
		themes: ['mental-health'],
		lang: 'nl'
	},
	{
		body: 'Ik voed mijn twee kinderen alleen op en heb weinig mensen om me heen.',
		themes: ['single-parents', 'loneliness'],
		lang: 'nl'
	}
];

const times = [
	['evening'],
	['morning'],
	['afternoon'],
	['evening', 'weekend'],
	['morning', 'afternoon']
];

export type DemoResident = {
	email: string;
	name: string;
	neighbourhood: DemoNeighbourhood;
	question: {
		body: string;
		themes: string[];
		lang: 'nl' | 'en';
		times: string[];
		consent: boolean;
	};
};

/** 60 residents, each with one question; deterministic so tests can rely on them. */
export function residents(): DemoResident[] {
	return Array.from({ length: 60 }, (_, i) => {
		const q = questionTemplates[i % questionTemplates.length];
		return {
			email: `r${String(i + 1).padStart(2, '0')}@kring.example`,
			name: `${firstNames[i % firstNames.length]} ${lastNames[(i * 7) % lastNames.length]}`,
			neighbourhood: neighbourhoods[i % neighbourhoods.length].slug,
			question: { ...q, times: times[i % times.length], consent: i % 4 !== 3 }
		};
	});
}

/** The residents a circle starts with as members: a few who share its main theme. */
export function demoMembers(circle: DemoCircle, people = residents()): DemoResident[] {
	return people
		.filter((r) => r.email !== circle.host && r.question.themes[0] === circle.themes[0])
		.slice(0, 4);
}

/** 15 volunteers besides the demo volunteer. */
export function volunteers() {
	return Array.from({ length: 15 }, (_, i) => ({
		email: `v${String(i + 1).padStart(2, '0')}@kring.example`,
		name: `${firstNames[(i + 11) % firstNames.length]} ${lastNames[(i * 3 + 1) % lastNames.length]}`,
		neighbourhood: neighbourhoods[(i + 1) % neighbourhoods.length].slug
	}));
}
