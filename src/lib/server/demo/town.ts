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
	gatherings: {
		recurrence: 'weekly' | 'biweekly' | 'monthly';
		time: string;
		minutes: number;
		/** Monthly: which weekday of the month (1 = the first), as the meeting note says. */
		nth?: number;
	};
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
		meeting_note: 'Elke tweede dinsdag van de maand, 19:30 – 21:30 uur',
		meeting_note_en: 'Every second Tuesday of the month, 19:30 – 21:30',
		location_name: 'Buurthuis De Ridderhof, Ridderhof 12, Ridderveld',
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
		gatherings: { recurrence: 'monthly', time: '19:30', minutes: 120, nth: 2 }
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
		location_name: 'Bibliotheek Alphen, zaal 2, Raadhuisstraat 2',
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
		meeting_note: 'Elke woensdagochtend, 10:00 – 11:30 uur',
		meeting_note_en: 'Every Wednesday morning, 10:00 – 11:30',
		location_name: 'Wijkcentrum Kerk en Zanen, Zegerstraat 40',
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
		meeting_note: 'Elke maandagmiddag, 14:00 – 15:30 uur',
		meeting_note_en: 'Every Monday afternoon, 14:00 – 15:30',
		location_name: 'Buurthuis Centrum, Hooftstraat 28',
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
		location_name: 'Het Oude Raadhuis, Hooftstraat 1, Centrum',
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
		meeting_note: 'Om de week op donderdag, 13:30 uur',
		meeting_note_en: 'Every other Thursday, 13:30',
		location_name: 'Wijkcentrum Ridderveld, Ridderveldlaan 3',
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
		meeting_note: 'Elke zaterdagochtend, 10:30 uur',
		meeting_note_en: 'Every Saturday morning, 10:30',
		location_name: 'Bibliotheek Kerk en Zanen, Zegerstraat 2',
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
		meeting_note: 'Elke dinsdagochtend, 10:00 uur',
		meeting_note_en: 'Every Tuesday morning, 10:00',
		location_name: 'Buurthuis De Ridderhof, Ridderhof 12, Ridderveld',
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
		meeting_note: 'Om de week op maandagavond, 20:30 uur, online',
		meeting_note_en: 'Every other Monday evening, 20:30, online',
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
		location_name: 'Jongerencentrum Centrum, Julianastraat 10',
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
	},
	{
		slug: 'weer-aan-het-werk',
		name: 'Weer aan het werk',
		name_en: 'Back to work',
		description:
			'Voor wie werk zoekt, of na ziekte, bijstand of ontslag weer wil beginnen. We oefenen sollicitatiegesprekken, kijken samen naar vacatures, vrijwilligerswerk en re-integratie, en moedigen elkaar aan.',
		description_en:
			'For people looking for work, or starting again after illness, benefits or being laid off. We practise job interviews, look at vacancies, volunteering and re-integration together, and cheer each other on.',
		meeting_note: 'Elke donderdagochtend, 09:30 uur',
		meeting_note_en: 'Every Thursday morning, 09:30',
		location_name: 'Werkplein Centrum, Stationsplein 6',
		house_rules: rules,
		themes: ['work'],
		neighbourhood: 'centrum',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 15,
		languages: ['nl'],
		host: 'r02@kring.example',
		meeting_weekdays: [4],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'weekly', time: '09:30', minutes: 90 }
	},
	{
		slug: 'lichtpunt-somberheid-angst',
		name: 'Lichtpunt: praten over somberheid en angst',
		name_en: 'Lichtpunt: talking about low mood and anxiety',
		description:
			'Voor wie zich vaak somber, angstig of gespannen voelt, of last heeft van paniek of piekeren. We vertellen hoe het echt gaat, zonder oordeel, en delen wat helpt om de dag door te komen. Geen vervanging van een psycholoog of de huisarts.',
		description_en:
			'For people who often feel low, anxious or tense, or struggle with panic or worrying. We say how things really are, without judgement, and share what helps to get through the day. Not a replacement for a psychologist or GP.',
		meeting_note: 'Elke dinsdagavond, 19:30 uur',
		meeting_note_en: 'Every Tuesday evening, 19:30',
		location_name: 'Wijkcentrum Kerk en Zanen, Zegerstraat 40',
		house_rules: rules,
		themes: ['mental-health'],
		neighbourhood: 'kerk-en-zanen',
		format: 'both',
		visibility: 'public',
		join_policy: 'approval',
		capacity: 12,
		languages: ['nl', 'en'],
		host: 'r03@kring.example',
		meeting_weekdays: [2],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'weekly', time: '19:30', minutes: 90 }
	},
	{
		slug: 'herstellen-na-burn-out',
		name: 'Herstellen na een burn-out',
		name_en: 'Recovering from burnout',
		description:
			'Thuis met een burn-out of overspannen door werk? We praten over rust, grenzen, slapen en de weg terug naar werk, in je eigen tempo.',
		description_en:
			'At home with burnout or overstrained by work? We talk about rest, limits, sleep and the way back to work, at your own pace.',
		meeting_note: 'Om de week op woensdagmiddag, online',
		meeting_note_en: 'Every other Wednesday afternoon, online',
		location_name: '',
		house_rules: rules,
		themes: ['mental-health', 'work'],
		neighbourhood: 'ridderveld',
		format: 'online',
		visibility: 'public',
		join_policy: 'open',
		capacity: 20,
		languages: ['nl'],
		host: 'r04@kring.example',
		meeting_weekdays: [3],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'biweekly', time: '14:00', minutes: 60 }
	},
	{
		slug: 'meedoen-met-een-beperking',
		name: 'Meedoen met een beperking',
		name_en: 'Taking part with a disability',
		description:
			'Voor volwassenen met een lichamelijke, zintuiglijke of verstandelijke beperking. We delen ervaringen met de Wmo, vervoer, een rolstoel of hulpmiddelen, en zoeken samen uit hoe je gewoon mee kunt doen.',
		description_en:
			'For adults with a physical, sensory or intellectual disability. We share experiences with support from the council, transport, a wheelchair or aids, and work out together how to simply take part.',
		meeting_note: 'Elke eerste zaterdag van de maand, 13:00 uur',
		meeting_note_en: 'First Saturday of the month, 13:00',
		location_name: 'Buurthuis Centrum, Hooftstraat 28 (rolstoeltoegankelijk)',
		house_rules: rules,
		themes: ['disability'],
		neighbourhood: 'centrum',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 16,
		languages: ['nl'],
		host: 'r06@kring.example',
		meeting_weekdays: [6],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'monthly', time: '13:00', minutes: 120, nth: 1 }
	},
	{
		slug: 'ouders-kind-met-beperking',
		name: 'Ouders van een kind met een beperking',
		name_en: 'Parents of a child with a disability',
		description:
			'Je kind heeft een lichamelijke of verstandelijke beperking of een syndroom. Hier praat je met ouders die weten hoe het is: zorg, school, indicaties en ook gewoon trots.',
		description_en:
			'Your child has a physical or intellectual disability or a syndrome. Here you talk with parents who know what it is like: care, school, paperwork and simply being proud.',
		meeting_note: 'Eens per maand op woensdagavond',
		meeting_note_en: 'Once a month on Wednesday evening',
		location_name: 'Buurthuis De Ridderhof, Ridderhof 12, Ridderveld',
		house_rules: rules,
		themes: ['disability', 'parenting'],
		neighbourhood: 'ridderveld',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 14,
		languages: ['nl'],
		host: 'r07@kring.example',
		meeting_weekdays: [3],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'monthly', time: '19:30', minutes: 120 }
	},
	{
		slug: 'alleenstaande-ouders',
		name: 'Alleenstaande ouders Alphen',
		name_en: 'Single parents Alphen',
		description:
			'Alles zelf regelen: werk, kinderen, geld en de avonden alleen. Alleenstaande moeders en vaders helpen elkaar met tips, oppas ruilen en een luisterend oor. Kinderen mogen mee.',
		description_en:
			'Arranging everything yourself: work, children, money and the evenings on your own. Single mothers and fathers help each other with tips, swapping babysitting and a listening ear. Children are welcome.',
		meeting_note: 'Om de week op zaterdagochtend',
		meeting_note_en: 'Every other Saturday morning',
		location_name: 'Speeltuin en buurthuis Kerk en Zanen, Zegerstraat 60',
		house_rules: rules,
		themes: ['single-parents', 'parenting'],
		neighbourhood: 'kerk-en-zanen',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 20,
		languages: ['nl', 'en'],
		host: 'r08@kring.example',
		meeting_weekdays: [6],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'biweekly', time: '10:00', minutes: 120 }
	},
	{
		slug: 'verder-na-de-scheiding',
		name: 'Verder na de scheiding',
		name_en: 'Moving on after divorce',
		description:
			'Uit elkaar gaan zet alles op zijn kop: wonen, geld, de kinderen, de omgang met je ex. Hier praat je met mensen die net gescheiden zijn of al verder op weg zijn.',
		description_en:
			'Splitting up turns everything upside down: housing, money, the children, dealing with your ex. Here you talk with people who just separated or are further along the way.',
		meeting_note: 'Elke maandagavond, 20:00 uur',
		meeting_note_en: 'Every Monday evening, 20:00',
		location_name: 'Het Oude Raadhuis, Hooftstraat 1, Centrum',
		house_rules: rules,
		themes: ['divorce'],
		neighbourhood: 'centrum',
		format: 'both',
		visibility: 'public',
		join_policy: 'approval',
		capacity: 12,
		languages: ['nl'],
		host: 'r10@kring.example',
		meeting_weekdays: [1],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'weekly', time: '20:00', minutes: 90 }
	},
	{
		slug: 'herstelkring-verslaving',
		name: 'Herstelkring: vrij van drank, drugs en gokken',
		name_en: 'Recovery circle: free from drink, drugs and gambling',
		description:
			'Voor wie wil stoppen of gestopt is met alcohol, drugs of gokken. We steunen elkaar bij zin, terugval en de dagen daartussen. Anoniem en zonder preken.',
		description_en:
			'For people who want to stop or have stopped drinking, using drugs or gambling. We support each other with cravings, relapse and the days in between. Anonymous and no preaching.',
		meeting_note: 'Elke vrijdagavond, 19:00 uur',
		meeting_note_en: 'Every Friday evening, 19:00',
		location_name: 'Wijkcentrum Ridderveld, Ridderveldlaan 3',
		house_rules: rules,
		themes: ['addiction'],
		neighbourhood: 'ridderveld',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 15,
		languages: ['nl', 'en'],
		host: 'r11@kring.example',
		meeting_weekdays: [5],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'weekly', time: '19:00', minutes: 90 }
	},
	{
		slug: 'naasten-van-verslaving',
		name: 'Naasten van iemand met een verslaving',
		name_en: 'Loved ones of someone with an addiction',
		description:
			'Je partner, kind of ouder drinkt, gebruikt of gokt. Je maakt je zorgen, schaamt je of bent boos. Hier praat je met anderen die naast iemand met een verslaving staan.',
		description_en:
			'Your partner, child or parent drinks, uses or gambles. You worry, feel ashamed or angry. Here you talk with others who stand beside someone with an addiction.',
		meeting_note: 'Om de week op dinsdagavond, online',
		meeting_note_en: 'Every other Tuesday evening, online',
		location_name: '',
		house_rules: rules,
		themes: ['addiction', 'family-caregiving'],
		neighbourhood: 'centrum',
		format: 'online',
		visibility: 'public',
		join_policy: 'approval',
		capacity: 20,
		languages: ['nl'],
		host: 'r12@kring.example',
		meeting_weekdays: [2],
		meeting_parts: ['evening'],
		gatherings: { recurrence: 'biweekly', time: '20:00', minutes: 60 }
	},
	{
		slug: 'chronisch-ziek-samen-sterk',
		name: 'Chronisch ziek, samen sterk',
		name_en: 'Chronically ill, stronger together',
		description:
			'Leven met een ziekte die niet overgaat: pijn, vermoeidheid, ziekenhuisbezoeken en uitleggen waarom je weer afzegt. We delen hoe je je energie verdeelt en wat je nog wel kunt.',
		description_en:
			'Living with an illness that does not go away: pain, fatigue, hospital visits and explaining why you cancel again. We share how to spread your energy and what you still can do.',
		meeting_note: 'Om de week op woensdagochtend',
		meeting_note_en: 'Every other Wednesday morning',
		location_name: 'Bibliotheek Alphen, zaal 1, Raadhuisstraat 2',
		house_rules: rules,
		themes: ['chronic-illness'],
		neighbourhood: 'centrum',
		format: 'both',
		visibility: 'public',
		join_policy: 'open',
		capacity: 15,
		languages: ['nl'],
		host: 'r14@kring.example',
		meeting_weekdays: [3],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'biweekly', time: '10:30', minutes: 90 }
	},
	{
		slug: 'mantelzorgcafe',
		name: 'Mantelzorgcafé',
		name_en: 'Family carers café',
		description:
			'Zorg je voor een partner, ouder, kind of buur die ziek is of hulp nodig heeft? Even op adem komen, ervaringen delen over regelen, respijtzorg en volhouden.',
		description_en:
			'Do you look after a partner, parent, child or neighbour who is ill or needs help? Catch your breath, share experiences about arranging care, respite and keeping going.',
		meeting_note: 'Elke eerste maandagochtend van de maand',
		meeting_note_en: 'First Monday morning of the month',
		location_name: 'Wijkcentrum Ridderveld, Ridderveldlaan 3',
		house_rules: rules,
		themes: ['family-caregiving'],
		neighbourhood: 'ridderveld',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: null,
		languages: ['nl'],
		host: 'r15@kring.example',
		meeting_weekdays: [1],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'monthly', time: '10:00', minutes: 120, nth: 1 }
	},
	{
		slug: 'samen-wandelen',
		name: 'Samen wandelen in de wijk',
		name_en: 'Walking together in the neighbourhood',
		description:
			'Een rondje lopen en een praatje maken. Voor iedereen die wat meer mensen om zich heen wil, nieuw in de wijk is of de dagen lang vindt. Daarna koffie.',
		description_en:
			'A walk and a chat. For anyone who would like more people around them, is new to the area or finds the days long. Coffee afterwards.',
		meeting_note: 'Elke zondagmiddag, 14:00 uur',
		meeting_note_en: 'Every Sunday afternoon, 14:00',
		location_name: 'Start bij het Ridderveldpark',
		house_rules: rules,
		themes: ['loneliness'],
		neighbourhood: 'ridderveld',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: null,
		languages: ['nl', 'en'],
		host: 'r16@kring.example',
		meeting_weekdays: [7],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'weekly', time: '14:00', minutes: 90 }
	},
	{
		slug: 'international-neighbours',
		name: 'International neighbours',
		name_en: 'International neighbours',
		description:
			'Voor nieuwkomers, expats en internationale gezinnen die hier net wonen. We praten Engels en een beetje Nederlands over wonen, werk, school en je thuis voelen.',
		description_en:
			'For newcomers, expats and international families who just moved here. We speak English and a bit of Dutch about housing, work, school and feeling at home.',
		meeting_note: 'Eens per maand op zondagmiddag',
		meeting_note_en: 'Once a month on Sunday afternoon',
		location_name: 'Bibliotheek Alphen, zaal 2, Raadhuisstraat 2',
		house_rules: rules,
		themes: ['newcomers', 'loneliness'],
		neighbourhood: 'centrum',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 25,
		languages: ['en', 'nl'],
		host: 'r18@kring.example',
		meeting_weekdays: [7],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'monthly', time: '15:00', minutes: 120 }
	},
	{
		slug: 'ouder-worden-in-de-wijk',
		name: 'Ouder worden in de wijk',
		name_en: 'Growing older in the neighbourhood',
		description:
			'Voor 65-plussers: blijven meedoen, zelfstandig wonen, omgaan met de computer en de telefoon, en elkaar helpen als het lopen of het geheugen minder wordt.',
		description_en:
			'For people over 65: keep taking part, living independently, coping with computers and phones, and helping each other when walking or memory gets harder.',
		meeting_note: 'Elke donderdagmiddag, 14:00 uur',
		meeting_note_en: 'Every Thursday afternoon, 14:00',
		location_name: 'Wijkcentrum Kerk en Zanen, Zegerstraat 40',
		house_rules: rules,
		themes: ['older-people'],
		neighbourhood: 'kerk-en-zanen',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 20,
		languages: ['nl'],
		host: 'r19@kring.example',
		meeting_weekdays: [4],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'weekly', time: '14:00', minutes: 90 }
	},
	{
		slug: 'jonge-mantelzorgers-inloop',
		name: 'Inloop voor jonge mantelzorgers',
		name_en: 'Drop-in for young carers',
		description:
			'Ben je tussen 12 en 25 en zorg je thuis voor je vader, moeder, broer of zus? Kom langs, chill even, en praat met jongeren die hetzelfde meemaken.',
		description_en:
			'Are you between 12 and 25 and do you look after your father, mother, brother or sister at home? Drop by, chill for a bit and talk with young people who go through the same.',
		meeting_note: 'Elke woensdagmiddag, 15:30 uur',
		meeting_note_en: 'Every Wednesday afternoon, 15:30',
		location_name: 'Jongerencentrum Centrum, Julianastraat 10',
		house_rules: rules,
		themes: ['young-carers', 'family-caregiving'],
		neighbourhood: 'centrum',
		format: 'both',
		visibility: 'public',
		join_policy: 'open',
		capacity: 15,
		languages: ['nl'],
		host: 'r20@kring.example',
		meeting_weekdays: [3],
		meeting_parts: ['afternoon'],
		gatherings: { recurrence: 'weekly', time: '15:30', minutes: 90 }
	},
	{
		slug: 'beter-lezen-en-schrijven',
		name: 'Beter lezen en schrijven',
		name_en: 'Better reading and writing',
		description:
			'Moeite met brieven, formulieren of de computer? In een kleine groep oefen je lezen, schrijven en rekenen, in je eigen tempo, met een taalvrijwilliger erbij.',
		description_en:
			'Finding letters, forms or the computer hard? In a small group you practise reading, writing and arithmetic at your own pace, with a language volunteer.',
		meeting_note: 'Elke maandagochtend, 10:00 uur',
		meeting_note_en: 'Every Monday morning, 10:00',
		location_name: 'Bibliotheek Kerk en Zanen, Zegerstraat 2',
		house_rules: rules,
		themes: ['language'],
		neighbourhood: 'kerk-en-zanen',
		format: 'in_person',
		visibility: 'public',
		join_policy: 'open',
		capacity: 10,
		languages: ['nl'],
		host: 'r22@kring.example',
		meeting_weekdays: [1],
		meeting_parts: ['morning'],
		gatherings: { recurrence: 'weekly', time: '10:00', minutes: 90 }
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
