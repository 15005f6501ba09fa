import { editDistance, normalise } from './text';

/**
 * Recognising themes in a resident's own words, explainably: a small Dutch/English
 * lexicon of words, word starts (stems) and phrases per theme, with typo tolerance.
 * Every recognised theme comes with the words that triggered it, so the ask form can say
 * "we think this is about autism, because you wrote 'autistische'".
 *
 * Term notation (all written normalised: lower case, no accents):
 *   `word`      the whole word; a typo (one edit, two for long words) is forgiven
 *   `stem*`     any word starting with the stem ("schuld*" -> schulden, schuldhulp)
 *   `*part*`    anywhere inside a word, for Dutch compounds ("*mantelzorg*" -> jongemantelzorger)
 *   `two words` a phrase; its last word may end in `*`
 *   `term:0.5`  a weaker clue (default weight 1). A theme is recognised from weight 1 on.
 */
export const lexicon: Record<string, string[]> = {
	autism: [
		'*autis*',
		'autisme',
		'autistisch',
		'autism',
		'autistic',
		'asperger*',
		'pddnos',
		'pdd nos',
		'op het spectrum',
		'on the spectrum',
		'prikkelgevoelig:0.5',
		'overprikkel*:0.5'
	],
	adhd: [
		'adhd*',
		'add',
		'adhder',
		'ritalin*',
		'concerta',
		'hyperactie*',
		'hyperactive',
		'druk kind:0.8',
		'concentratie*:0.5',
		'focus:0.3'
	],
	parenting: [
		'opvoed*',
		'parenting',
		'opgroei*',
		'raising my',
		'raise my',
		'andere ouders',
		'other parents',
		'als ouder',
		'as a parent',
		'as parents',
		'puber*',
		'peuter*',
		'kleuter*',
		'tiener*:0.6',
		'toddler*',
		'teenager*:0.6',
		'zoon*:0.6',
		'zoontje:0.6',
		'dochter*:0.6',
		'kind:0.6',
		'kinderen:0.6',
		'kindje:0.6',
		'kids:0.6',
		'kid:0.6',
		'son:0.6',
		'daughter*:0.6',
		'child:0.6',
		'children:0.6',
		'huiswerk:0.5',
		'homework:0.5',
		'co ouder*:0.5',
		'school:0.3'
	],
	'single-parents': [
		'alleen opvoed*',
		'alleenstaande moeder',
		'alleenstaande vader',
		'alleenstaande ouder',
		'alleenstaand:0.6',
		'eenouder*',
		'single mom',
		'single mum',
		'single mother',
		'single dad',
		'single father',
		'single parent*',
		'on my own:0.4',
		'in mijn eentje:0.4',
		'er alleen voor:0.8',
		'alleen voor de kinderen',
		'by myself:0.4'
	],
	'foster-care': [
		'pleeg*',
		'foster*',
		'gezinshuis*',
		'jeugdzorg:0.5',
		'biologische ouders:0.6',
		'birth parents:0.6'
	],
	'family-caregiving': [
		'*mantelzorg*',
		'mantelzorger',
		'caregiv*',
		'carer*',
		'zorg voor mijn',
		'zorg voor m',
		'zorgen voor mijn',
		'zorg voor haar',
		'zorg voor hem',
		'zorg elke dag',
		'zorg thuis',
		'care for my',
		'caring for',
		'look after my',
		'looking after my',
		'verzorg*:0.8',
		'respijt*',
		'respite',
		'overbelast*:0.5',
		'burden:0.4',
		'thuiszorg:0.5'
	],
	dementia: [
		'*dement*',
		'dementie',
		'dementia',
		'alzheimer*',
		'vergeetachtig*:0.5',
		'vergeet alles:0.8',
		'geheugen*:0.4',
		'memory loss:0.7',
		'forgets everything:0.8',
		'verpleeghuis:0.5',
		'nursing home:0.5',
		'dagbesteding:0.4'
	],
	debt: [
		'*schuld*',
		'schulden',
		'debt*',
		'*geldzorg*',
		'geldproblem*',
		'money problems',
		'money worries',
		'rondkomen',
		'rond komen',
		'rond te komen',
		'make ends meet',
		'deurwaarder*',
		'incasso*',
		'bailiff*',
		'bewindvoer*',
		'budgetcoach*',
		'budget:0.6',
		'aanmaning*:0.8',
		'huurachterstand*',
		'achterstand*:0.6',
		'arrears',
		'rekeningen:0.7',
		'bills:0.7',
		'lening*:0.6',
		'loan*:0.6',
		'krap:0.5',
		'armoede',
		'poverty',
		'voedselbank*:0.8',
		'food bank:0.8',
		'blut',
		'broke:0.7',
		'geld:0.5',
		'money:0.5',
		'post niet:0.6',
		'open the post:0.6',
		'open the mail:0.6',
		'brieven:0.3',
		'afbetal*:0.8',
		'betalingsregeling*',
		'rood staan',
		'overdraft'
	],
	work: [
		'werk',
		'baan',
		'banen',
		'sollicit*',
		'werkloos',
		'werkeloos',
		'werkzoekend*',
		'werkgever*',
		'job',
		'jobs',
		'unemploy*',
		'employer*',
		'reintegr*',
		're integratie',
		'uwv',
		'aan het werk',
		'aan de slag',
		'back to work',
		'cv:0.6',
		'uitkering:0.5',
		'bijstand:0.4',
		'ontslag*:0.8',
		'ontslagen',
		'fired',
		'laid off',
		'loopbaan',
		'career'
	],
	grief: [
		'rouw*',
		'overled*',
		'overleed',
		'gestorven',
		'stierf',
		'verloren:0.7',
		'verlies:0.8',
		'dood:0.7',
		'died',
		'passed away',
		'death',
		'grief',
		'griev*',
		'mourn*',
		'lost my:0.8',
		'loss:0.6',
		'begrafenis',
		'funeral',
		'crematie',
		'weduwe',
		'weduwnaar',
		'widow*',
		'miskraam',
		'miscarriage',
		'mis hem:0.6',
		'mis haar:0.6',
		'miss him:0.6',
		'miss her:0.6',
		'er niet meer is:0.8',
		'niet meer is:0.5'
	],
	loneliness: [
		'*eenza*',
		'eenzaam',
		'eenzaamheid',
		'lonely',
		'loneli*',
		'isolat*',
		'geisoleerd',
		'alleen thuis:0.8',
		'alleen:0.4',
		'alone:0.6',
		'niemand om:0.8',
		'geen vrienden',
		'no friends',
		'weinig mensen om',
		'weinig contact',
		'nobody to',
		'gezelschap:0.7',
		'company:0.4',
		'praatje:0.6',
		'koffie drinken:0.4',
		'aanspraak',
		'nieuwe mensen:0.6',
		'new people:0.5',
		'vrienden maken',
		'mensen leren kennen',
		'meet people:0.6',
		'nieuw in de wijk:0.6',
		'make friends',
		'sociale contacten'
	],
	'brain-injury': [
		'nah',
		'hersenletsel',
		'*hersen*',
		'herseninfarct',
		'hersenschudding',
		'beroerte',
		'cva',
		'tia',
		'stroke',
		'brain injury',
		'brain',
		'niet aangeboren',
		'prikkels:0.5',
		'whiplash:0.6',
		'hoofdpijn:0.3',
		'hersenbloeding',
		'aneurysma'
	],
	'chronic-illness': [
		'chronisch*',
		'chronic*',
		'ziek:0.6',
		'ziekte*:0.7',
		'illness:0.7',
		'ill:0.5',
		'sick:0.5',
		'reuma*',
		'ms',
		'multiple sclerose',
		'diabetes',
		'suikerziekte',
		'kanker',
		'cancer',
		'copd',
		'long covid',
		'longcovid',
		'fibromyalgie',
		'fibromyalgia',
		'crohn',
		'artrose',
		'parkinson*',
		'hartfalen',
		'pijn:0.4',
		'pain:0.4',
		'moe:0.3',
		'vermoeid*:0.3',
		'ziekenhuis:0.4',
		'hospital:0.4',
		'ziektewet:0.6'
	],
	disability: [
		'beperking*',
		'handicap*',
		'gehandicapt*',
		'disab*',
		'rolstoel*',
		'wheelchair*',
		'verstandelijk*',
		'lvb',
		'blind',
		'slechtziend',
		'doof',
		'deaf',
		'slechthorend',
		'syndroom van down',
		'down syndrome',
		'downsyndroom',
		'mindervalide',
		'invalide',
		'learning disab*'
	],
	'mental-health': [
		'*somber*',
		'depress*',
		'angst*',
		'bang:0.5',
		'anxi*',
		'paniek*',
		'panic*',
		'stress:0.6',
		'gestrest:0.6',
		'stressed:0.6',
		'burn out',
		'burnout',
		'burn-out',
		'overspannen',
		'psychisch*',
		'mental*',
		'ggz',
		'bipolair',
		'bipolar',
		'psychose',
		'psychosis',
		'ptss',
		'ptsd',
		'trauma*:0.7',
		'zelfmoord*',
		'suicid*',
		'neerslachtig',
		'piekeren:0.6',
		'pieker*:0.6',
		'eetstoornis',
		'verdrietig:0.4',
		'sad:0.4',
		'down:0.4',
		'slecht in mijn vel',
		'niet lekker in mijn vel',
		'in mijn hoofd:0.5',
		'therapie:0.5',
		'therapy:0.5',
		'psycholoog:0.7'
	],
	newcomers: [
		'nieuwkomer*',
		'newcomer*',
		'statushouder*',
		'vluchteling*',
		'refugee*',
		'asiel*',
		'asylum',
		'migrant*',
		'immigr*',
		'inburger*',
		'in nederland:0.5',
		'in the netherlands:0.5',
		'naar nederland',
		'to the netherlands',
		'moved here',
		'kom uit',
		'come from:0.6',
		'from syria',
		'uit syrie',
		'oekrain*',
		'ukrain*',
		'eritrea*',
		'syrie',
		'syria',
		'afghanistan',
		'expat*:0.7',
		'nieuw hier',
		'net in nederland',
		'new in the netherlands',
		'new here',
		'new in this country',
		'nieuw in dit land',
		'mijn land:0.6',
		'my country:0.6'
	],
	language: [
		'nederlands leren',
		'learn dutch',
		'learning dutch',
		'learn the language',
		'de taal leren',
		'dutch:0.6',
		'nederlands:0.5',
		'taal*',
		'language:0.7',
		'taalcafe',
		'taalmaatje',
		'spreken:0.3',
		'speak:0.3',
		'oefenen:0.4',
		'practi*:0.4',
		'lezen en schrijven',
		'laaggeletterd*',
		'reading and writing',
		'grammar',
		'grammatica'
	],
	addiction: [
		'verslav*',
		'verslaafd',
		'addict*',
		'alcohol*',
		'drank:0.8',
		'drinkt:0.6',
		'drinking:0.7',
		'drinks too much',
		'drinkt te veel',
		'drinkt teveel',
		'drugs',
		'gokken',
		'gokverslav*',
		'gambl*',
		'blowen',
		'wiet',
		'cocaine',
		'coke',
		'afkick*',
		'sober:0.5',
		'clean:0.3',
		'relapse*:0.6',
		'terugval:0.6'
	],
	divorce: [
		'scheiding',
		'gescheiden',
		'scheiden',
		'echtscheiding',
		'divorc*',
		'separat*',
		'mijn ex',
		'my ex',
		'ex partner',
		'expartner',
		'uit elkaar',
		'split up',
		'break up',
		'breakup',
		'co ouder*',
		'coouder*',
		'omgangsregeling',
		'custody',
		'verlaten:0.5',
		'left me:0.6'
	],
	'older-people': [
		'ouderen',
		'oudere',
		'bejaard*',
		'pensioen*',
		'gepensioneerd',
		'retired',
		'retirement',
		'elderly',
		'older people',
		'senior*',
		'aow',
		'op leeftijd',
		'rollator',
		'zelfstandig wonen:0.6',
		'ouder worden',
		'growing old*',
		'getting older',
		'oma:0.4',
		'opa:0.4',
		'tachtig',
		'zeventig',
		'80 jaar',
		'75 jaar',
		'70 jaar',
		'85 jaar',
		'years old:0.2'
	],
	'young-carers': ['jonge mantelzorg*', 'jongemantelzorg*', 'young carer*', 'young caregiver*']
};

type Term = {
	theme: string;
	weight: number;
	kind: 'word' | 'prefix' | 'infix' | 'phrase';
	text: string;
	/** For phrases: the last word may be a prefix. */
	openEnd?: boolean;
};

function compile(source: Record<string, string[]>): Term[] {
	const out: Term[] = [];
	for (const [theme, terms] of Object.entries(source)) {
		for (const raw of terms) {
			const [body, w] = raw.split(':');
			const weight = w ? Number(w) : 1;
			if (body.includes(' ')) {
				out.push({
					theme,
					weight,
					kind: 'phrase',
					text: body.replace(/\*$/, ''),
					openEnd: body.endsWith('*')
				});
			} else if (body.startsWith('*') && body.endsWith('*')) {
				out.push({ theme, weight, kind: 'infix', text: body.slice(1, -1) });
			} else if (body.endsWith('*')) {
				out.push({ theme, weight, kind: 'prefix', text: body.slice(0, -1) });
			} else {
				out.push({ theme, weight, kind: 'word', text: body });
			}
		}
	}
	return out;
}

const terms = compile(lexicon);

/** Words that look like a clue but are not ("schuldgevoel" is guilt, not debt). */
const falseFriends = new Set([
	'schuldgevoel',
	'schuldgevoelens',
	'onschuldig',
	'schuldig',
	'pleegt',
	'gepleegd',
	'plegen',
	'carerra',
	'careful',
	'taalfout',
	'braindead'
]);

/** Everyday words one letter away from a clue; never read as a typo of it. */
const noFuzz = new Set([
	'ouders',
	'ouder',
	'moeder',
	'vader',
	'werken',
	'werkt',
	'drinken',
	'denken',
	'school',
	'scholen',
	'zorgen',
	'kinderen',
	'children',
	'alleen',
	'started',
	'brother',
	'sister'
]);

/** Cues that a carer is young; with family caregiving they point at young carers. */
const youthCues =
	/\b(ik ben (1[2-9]|2[0-4])|i am (1[2-9]|2[0-4])|i m (1[2-9]|2[0-4])|(1[2-9]|2[0-4]) jaar|klas|klasgenoten|school|studie|student|stage|classmates|class|college|uni|tiener|teenager|jongere)\b/;
/** Cues about one's own child; with autism, ADHD or a disability they point at parenting. */
const childCues =
	/\b(zoon\w*|dochter\w*|kind\w*|pleeg(zoon|dochter|kind)\w*|son|daughter|child|children|kids?|jongen|meisje|boy|girl|puber)\b/;

/**
 * Clues a word list cannot express: Dutch separable verbs ("voed ... alleen op") and ages.
 * Each is a regular expression on the normalised text.
 */
const patterns: { theme: string; re: RegExp; weight: number; evidence: string }[] = [
	{
		theme: 'single-parents',
		re: /\bvoed\w* .*\balleen op\b/,
		weight: 1,
		evidence: 'voed … alleen op'
	},
	{
		theme: 'older-people',
		re: /\b(ik ben|van|i am|i m|aged?) (6[5-9]|[7-9]\d)\b/,
		weight: 1,
		evidence: 'age 65+'
	}
];

/**
 * Broad themes that usually come with a more specific one ("my son has autism" is first
 * about autism, then about parenting); they rank after the specific ones.
 */
const generic = new Set(['parenting', 'loneliness']);

export type RecognisedTheme = { slug: string; score: number; evidence: string[] };

/** How many edits a typo may have: one, or two for long words (9+ letters). Only words of 6+ letters are read as typos. */
function allowedEdits(length: number): number {
	return length >= 9 ? 2 : 1;
}

/**
 * The themes a text is about, strongest first, with the words that gave them away.
 * `max` caps how many are suggested (the question form allows five).
 */
export function recogniseThemes(text: string, max = 3): RecognisedTheme[] {
	const normal = normalise(text).slice(0, 20_000);
	if (!normal) return [];
	const words = normal.split(' ');
	const padded = ` ${normal} `;
	const scores = new Map<string, { score: number; evidence: Set<string>; first: number }>();
	const add = (theme: string, weight: number, evidence: string, position: number) => {
		const entry = scores.get(theme) ?? { score: 0, evidence: new Set(), first: position };
		// The same clue counts once: "schulden schulden schulden" is not three times as sure.
		if (entry.evidence.has(evidence)) return;
		entry.score += weight;
		entry.evidence.add(evidence);
		entry.first = Math.min(entry.first, position);
		scores.set(theme, entry);
	};

	for (const term of terms) {
		if (term.kind === 'phrase') {
			const needle = ` ${term.text}${term.openEnd ? '' : ' '}`;
			const at = padded.indexOf(needle);
			if (at >= 0) add(term.theme, term.weight, term.text, at);
		}
	}
	const seen = new Set<string>();
	words.forEach((word, index) => {
		// Each distinct word once: a 5,000-word text costs as much as its vocabulary.
		if (seen.has(word) || falseFriends.has(word)) return;
		seen.add(word);
		const position = padded.indexOf(` ${word} `);
		const fuzzy = word.length >= 6 && !noFuzz.has(word);
		for (const term of terms) {
			if (term.kind === 'phrase') continue;
			let hit = false;
			if (term.kind === 'word') {
				hit =
					word === term.text ||
					(fuzzy &&
						term.text.length >= 6 &&
						editDistance(word, term.text, allowedEdits(term.text.length)) <=
							allowedEdits(term.text.length));
			} else if (term.kind === 'prefix') {
				hit =
					word.startsWith(term.text) ||
					// A typo in the stem itself: "schlden" still starts like "schuld".
					(fuzzy &&
						term.text.length >= 6 &&
						word.length >= term.text.length &&
						editDistance(word.slice(0, term.text.length), term.text, 1) <= 1);
			} else {
				hit = word.includes(term.text);
			}
			if (hit) add(term.theme, term.weight, word, position + index / 1000);
		}
	});

	for (const p of patterns) if (p.re.test(normal)) add(p.theme, p.weight, p.evidence, 1e5);

	// Combinations that say more than their parts.
	const caregiving = scores.get('family-caregiving');
	if (caregiving && caregiving.score >= 1 && youthCues.test(normal)) {
		add('young-carers', 1, 'young carer', caregiving.first);
	}
	const childMatch = childCues.exec(normal);
	if (childMatch) {
		for (const condition of ['autism', 'adhd', 'disability', 'foster-care']) {
			const entry = scores.get(condition);
			if (entry && entry.score >= 1) add('parenting', 0.5, `${childMatch[0]} + ${condition}`, 1e6);
		}
	}

	return [...scores.entries()]
		.filter(([, e]) => e.score >= 1)
		.sort(
			([sa, a], [sb, b]) =>
				Number(generic.has(sa)) - Number(generic.has(sb)) || b.score - a.score || a.first - b.first
		)
		.slice(0, max)
		.map(([slug, e]) => ({
			slug,
			score: Math.round(e.score * 100) / 100,
			evidence: [...e.evidence]
		}));
}

/** Just the slugs, strongest first. */
export function themeSlugs(text: string, max = 3): string[] {
	return recogniseThemes(text, max).map((t) => t.slug);
}
