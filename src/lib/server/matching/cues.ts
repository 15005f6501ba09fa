/**
 * Situations told in words that need not stand side by side: a few word families that occur
 * within a short span of each other. "ik ken hier eigenlijk niemand", "nobody here I can talk
 * to" and "niemand om mee te praten" are one cue (someone + knowing/talking), not three
 * phrases; "opa herkent ons soms niet meer" is recognising + not, wherever "soms" falls.
 * Written from how people describe these situations, per theme, with weights below 1 for a
 * hint. Pure functions on normalised words.
 */

export type NearCue = {
	theme: string;
	/** Word families (regular-expression alternatives for a whole word), all within `within` words. */
	families: string[];
	within: number;
	weight: number;
	/** Words that, right after the first family's word, give it another sense ("alleen maar" is "only"). */
	unless?: string;
	/** Words that, right before the first family's word, make it someone else's or the writer's own. */
	unlessAfter?: string;
	/** The other families must follow the first ("partner left", not "left my partner"). */
	ordered?: boolean;
	/** Words that, right after the last family's word, give the cue another sense ("left for work"). */
	unlessLast?: string;
	/** The clue's name inside the rules ("niemand … kennen"); shown are the resident's words. */
	evidence: string;
};

const someone = 'niemand|nobody|noone';
const social =
	'ken|kennen|kent|praten|praat|talk|spreek|spreken|speak|zie|see|bellen|belt|call|calls|visits|langs';
const alone = 'alleen|alone|lonely|eenzaam';
const aloneWhere =
	'thuis|home|huis|house|flat|kamer|room|dag|dagen|day|days|avond|avonden|evening|evenings|nacht|nights|tv|zit|zitten|sit|sits|sitting|rest|resting|weekend|weekends|zondag|zondagen|sunday|sundays|eten|eat|eating|dinner';

export const nearCues: NearCue[] = [
	// Reading and writing: barely able to, or letters not understood.
	{
		theme: 'language',
		families: [
			'nauwelijks|amper|barely|hardly|slecht|moeilijk|moeite|struggle|struggles|cannot|cant',
			'lezen|lees|read|reading|schrijven|schrijf|write|writing|spellen|spelling'
		],
		within: 2,
		weight: 0.8,
		evidence: 'kan nauwelijks lezen'
	},
	{
		theme: 'language',
		families: [
			'brief|brieven|letters|formulier|formulieren|forms',
			'snap|begrijp|understand|lezen|read',
			'niet|nie|not|dont|geen|nothing|niks'
		],
		within: 5,
		weight: 0.4,
		evidence: 'brieven … snap niet'
	},
	// Low mood told, not named: "feeling really low", "voel me zo leeg", "dark months".
	{
		theme: 'mental-health',
		families: [
			'voel|voelde|voelt|feel|feeling|felt|feels',
			'low|down|flat|leeg|somber|neerslachtig|hopeless|uitgeblust|numb|verdoofd'
		],
		within: 3,
		weight: 0.8,
		ordered: true,
		evidence: 'voel me leeg'
	},
	{
		theme: 'mental-health',
		families: ['out|uit', 'bed'],
		within: 2,
		weight: 0.5,
		ordered: true,
		evidence: 'uit bed komen'
	},
	{
		theme: 'mental-health',
		families: ['dark|donkere|grey|grijze', 'months|maanden|winter|days|dagen'],
		within: 1,
		weight: 0.5,
		ordered: true,
		evidence: 'donkere maanden'
	},
	// A partner who says they want to leave ("heeft mijn man gezegd dat hij weg wil").
	{
		theme: 'divorce',
		families: [
			'man|vrouw|partner|husband|wife|vriend|vriendin|boyfriend|girlfriend',
			'weg|leave|scheiden|divorce|elkaar|out'
		],
		within: 6,
		weight: 0.6,
		ordered: true,
		unlessAfter: 'his|her|zijn|haar',
		unlessLast: 'gaan|te|to|for|voor|naar|van|from|of',
		evidence: 'partner wil weg'
	},
	// Loneliness: nobody to know or talk to, no friends, alone at home or all day, a quiet house,
	// missing the chats, feeling a stranger.
	{
		theme: 'loneliness',
		families: [someone, social],
		within: 4,
		// "niemand die dit ook doet" is no peers, not no company.
		unless: 'die|who|that|anders|else',
		weight: 0.8,
		evidence: 'niemand … kennen'
	},
	{
		theme: 'loneliness',
		families: [
			'geen|no|weinig|few|zonder|without',
			'vrienden|vriendinnen|friends|kennissen|aanspraak|gezelschap|company|sociale|social'
		],
		within: 2,
		weight: 0.8,
		// "ze heeft geen vriendinnen", "he has no friends": a child's or someone else's.
		unlessAfter: 'heeft|has',
		evidence: 'geen vrienden'
	},
	{
		theme: 'loneliness',
		families: [alone, aloneWhere],
		within: 3,
		weight: 0.6,
		unless: 'maar|nog|met|voor|de|het|een|als|omdat|door|op|with',
		evidence: 'alleen … thuis'
	},
	{
		theme: 'loneliness',
		families: [
			'stil|stille|quiet|leeg|lege|empty|silent',
			'huis|house|flat|home|avond|avonden|evening|evenings|nights|weekend|weekends|weekenden'
		],
		within: 3,
		weight: 0.6,
		evidence: 'stil huis'
	},
	{
		theme: 'loneliness',
		families: [
			'mis|miss|missing|mist',
			'babbels?|babbeltjes?|praatjes?|collegas?|colleagues|gezelschap|company|contact|vrienden|friends|aanspraak|mensen|people|familie|family'
		],
		within: 4,
		weight: 0.7,
		evidence: 'mis … gezelschap'
	},
	{
		theme: 'loneliness',
		families: [
			'voel|feel|feels|voelt',
			'vreemde|vreemdeling|stranger|outsider|buitenstaander|invisible|onzichtbaar'
		],
		within: 8,
		weight: 0.8,
		evidence: 'voel me een vreemde'
	},
	{
		theme: 'loneliness',
		families: [
			'leer|leren|maak|maken|make|find|vinden',
			'mensen|people|ppl|vrienden|friends|aanspraak|kennissen'
		],
		within: 3,
		weight: 0.3,
		evidence: 'mensen leren kennen'
	},
	{
		// "de avonden zijn zo lang", "the days are very long": empty time, mostly alone.
		theme: 'loneliness',
		families: [
			'avonden|dagen|weekenden|zondagen|evenings|days|weekends|sundays',
			'lang|lange|long|eindeloos|endless|stil|quiet|leeg|empty'
		],
		within: 4,
		weight: 0.6,
		ordered: true,
		evidence: 'lange avonden'
	},
	{
		// "zie weinig mensen", "barely leaves the flat", "komt nauwelijks buiten".
		theme: 'loneliness',
		families: [
			'weinig|nauwelijks|amper|zelden|barely|hardly|rarely|seldom',
			'mensen|people|iemand|anyone|buiten|out|leaves|leave|deur|flat|huis|house'
		],
		within: 3,
		weight: 0.6,
		evidence: 'ziet weinig mensen'
	},
	// Interest gone ("de dingen die ik leuk vond interesseren me niks meer"): low mood.
	{
		theme: 'mental-health',
		families: ['interesseert|interesseren|boeit|boeien', 'niks|niets|nothing', 'meer'],
		within: 10,
		weight: 1,
		ordered: true,
		evidence: 'interesseert me niks meer'
	},
	// Sobriety counted in time ("9 maanden nuchter", "six weeks sober"): recovering from an addiction.
	{
		theme: 'addiction',
		families: [
			'dagen|weken|maanden|jaar|jaren|days|weeks|months|years',
			'nuchter|clean|sober|drugsvrij|alcoholvrij'
		],
		within: 2,
		weight: 1,
		ordered: true,
		// "drie dagen clean van suiker": a diet.
		unlessLast: 'van|from|of|off',
		evidence: 'maanden nuchter'
	},
	// Dementia: not recognising family, forgetting everything, not knowing the way home.
	{
		// "vraagt ze heel beleefd wie ik ben", "she asked me who I was".
		theme: 'dementia',
		families: ['vraagt|vroeg|asks|asked|asking', 'wie|who', 'ik|i|ben|was|am'],
		within: 6,
		weight: 0.8,
		ordered: true,
		evidence: 'vraagt wie ik ben'
	},
	{
		theme: 'dementia',
		families: [
			'herkent|herkende|herkennen|recognise|recognises|recognize|recognizes',
			'niet|not|no|nie|meer|longer|anymore'
		],
		// "herkende ze me even niet": the person and a softener between.
		within: 4,
		weight: 0.8,
		unless: 'mezelf|mijzelf|myself|zichzelf',
		evidence: 'herkent … niet meer'
	},
	{
		theme: 'dementia',
		families: [
			'vergeet|vergat|vergeten|forgets|forgot|forgetting',
			'alles|everything|namen|names|afspraken|appointments|wie|who'
		],
		within: 2,
		// Forgetting is also ADHD's and brain injury's: a hint, and someone else's ("ik vergeet" is not).
		weight: 0.4,
		unlessAfter: 'ik|i',
		evidence: 'vergeet alles'
	},
	{
		theme: 'dementia',
		families: ['weet|wist|weten|vindt|vond', 'weg', 'niet|nie|meer|kwijt'],
		within: 6,
		weight: 0.5,
		evidence: 'weet de weg niet'
	},
	{
		theme: 'dementia',
		families: ['lost|lose|loses|losing|find|finds', 'way', 'home|back'],
		within: 3,
		weight: 0.5,
		evidence: 'loses the way home'
	},
	// Raising a grandchild, nephew or niece who lives with you: kinship foster care; a girl or
	// boy who came to live with a family: a hint of foster care.
	{
		theme: 'foster-care',
		families: [
			'woont|wonen|woonde|lives|living|staying|opvoeden|raising|raise',
			'kleinzoon|kleindochter|kleinkind|kleinkinderen|grandson|granddaughter|grandchild|grandchildren|neefje|nichtje|nephew|niece',
			'bij|with|opvoeden|raising|raise'
		],
		within: 5,
		weight: 1,
		evidence: 'kleinkind woont bij ons'
	},
	{
		theme: 'foster-care',
		families: ['woont|wonen|woonde|lives|living|staying', 'meisje|jongen|girl|boy', 'bij|with'],
		within: 7,
		weight: 0.6,
		evidence: 'een meisje woont bij ons'
	},
	{
		theme: 'foster-care',
		families: [
			'echte|real|eigen|own|biologische|birth',
			'ouders|moeder|vader|parents|mum|mom|mother|dad|father|kind|child'
		],
		within: 1,
		weight: 0.4,
		evidence: 'echte ouders'
	},
	// Work that can no longer be done.
	{
		theme: 'work',
		families: [
			'werken|work|working|werk|job|baan',
			'meer|longer|anymore|kwijt|lost|ontslagen|fired|laid|geen|no|zonder|without'
		],
		within: 2,
		weight: 0.6,
		evidence: 'niet meer werken'
	},
	{
		theme: 'work',
		families: [
			'find|finding|vinden|vind|zoek|zoeken|looking|search|searching|wil|want|need|nodig',
			'work|job|werk|baan|jobs'
		],
		within: 3,
		weight: 0.6,
		evidence: 'werk vinden'
	},
	{
		theme: 'work',
		families: [
			'work|working|werken|werk|job|baan',
			'stop|stopped|stoppen|gestopt|quit|opgeven|opgegeven'
		],
		within: 6,
		weight: 0.5,
		evidence: 'moest stoppen met werken'
	},
	// Long-lasting illness or pain.
	{
		theme: 'chronic-illness',
		families: [
			'pijn|pain|aching|ache|ontstoken|inflamed|ontsteking',
			'rug|back|nek|neck|gewrichten|joints|buik|darmen|bowel|bowels|knie|knieen|knees|heup|hip|schouder|shoulder|spieren|muscles'
		],
		within: 3,
		weight: 0.6,
		evidence: 'pijn in mijn rug'
	},
	{
		theme: 'chronic-illness',
		families: ['gaat|goes|go|going', 'nooit|never|niet|not|won', 'weg|away'],
		within: 3,
		weight: 0.5,
		evidence: 'gaat niet meer weg'
	},
	{
		theme: 'chronic-illness',
		families: [
			'nooit|never|niet|not',
			'overgaat|overgaan|weggaat|weggaan|verdwijnt|verdwijnen|geneest|heals'
		],
		within: 3,
		weight: 0.5,
		evidence: 'gaat nooit meer over'
	},
	{
		theme: 'chronic-illness',
		families: ['goede|good', 'slechte|bad', 'dagen|weken|days|weeks'],
		within: 4,
		weight: 0.5,
		evidence: 'goede en slechte dagen'
	},
	// Loneliness: hardly ever out of the house, sitting inside.
	{
		theme: 'loneliness',
		families: [
			'komt|kom|komen|gaat|ga|gaan|get|gets|go|goes',
			'nooit|zelden|never|rarely|hardly|bijna',
			'buiten|out|outside'
		],
		within: 3,
		weight: 0.6,
		evidence: 'komt nooit buiten'
	},
	{
		theme: 'loneliness',
		families: ['zit|zitten|sit|sits|stay|stays', 'binnen|inside|indoors'],
		within: 3,
		weight: 0.5,
		evidence: 'zit veel binnen'
	},
	// A partner who left: a break-up.
	{
		theme: 'divorce',
		families: [
			'partner|husband|wife|man|vrouw|vriend|vriendin|boyfriend|girlfriend|ex',
			'left|verliet|vertrok|vertrokken|weggegaan|walked|moved|verhuisde'
		],
		within: 2,
		weight: 1,
		unlessAfter: 'his|her|zijn|haar',
		ordered: true,
		// "left for work", "left the house early" are not a break-up.
		unlessLast: 'for|to|the|at|early|home|work|naar|voor|om|vanochtend',
		evidence: 'partner left'
	},
	// The children live with the writer after a break-up: a single parent.
	{
		theme: 'single-parents',
		families: [
			'kinderen|kids|children|kindjes|kinders|zoon|dochter|son|daughter',
			'wonen|woont|blijven|blijft|staying|stay|stays|live|lives|living',
			'mij|me'
		],
		within: 4,
		weight: 1,
		evidence: 'de kinderen wonen bij mij'
	},
	// Autism in a child's behaviour: no eye contact, sounds unbearable, every change upsets.
	{
		theme: 'autism',
		families: [
			'kijkt|kijken|look|looks|looking|maakt|makes',
			'ogen|aan|eyes|oogcontact|contact',
			'niet|not|never|geen|no|nooit'
		],
		within: 3,
		weight: 0.5,
		evidence: 'kijkt niet aan'
	},
	{
		theme: 'autism',
		families: [
			'geluid|geluiden|noise|noises|sound|sounds|lawaai|drukte|tl|lampen|labels',
			'verdragen|kan|can|hate|hates|overweldigd|overwhelmed|handle|stand|toeren|gek|zonder'
		],
		within: 3,
		weight: 0.4,
		evidence: 'kan geen geluid verdragen'
	},
	{
		theme: 'autism',
		families: [
			'verandering|veranderingen|change|changes|routine|routines|planning|invaller|anders|different',
			'uitbarsting|paniek|meltdown|meltdowns|boos|huilt|overstuur|slag|upset|flips|toeren|instort|stort'
		],
		within: 6,
		weight: 0.5,
		evidence: 'elke verandering een uitbarsting'
	},
	// ADHD in a child's day: cannot concentrate, loses things, medication for school.
	{
		theme: 'adhd',
		families: [
			'concentreren|concentrate|focus|focussen|opletten|stilzitten',
			'niet|not|cannot|moeite|trouble|t|geen|no'
		],
		within: 3,
		// Also burn-out's and depression's: a hint.
		weight: 0.4,
		evidence: 'kan zich niet concentreren'
	},
	{
		theme: 'adhd',
		families: [
			'vergeet|verliest|loses|forgets|kwijt|lost',
			'boekentas|schooltas|jas|jacket|jas|coat|spullen|huiswerk|homework|gymtas'
		],
		within: 3,
		weight: 0.5,
		evidence: 'vergeet zijn boekentas'
	},
	{
		theme: 'adhd',
		families: [
			'medication|medicatie|medicijnen|pillen|methylfenidaat',
			'school|klas|juf|meester|teacher|class|huiswerk|homework'
		],
		within: 12,
		weight: 0.5,
		evidence: 'medicatie voor school'
	},
	// Debt: post not opened, savings or a salary gone.
	{
		theme: 'debt',
		families: [
			'post|brieven|enveloppen|envelopes|mail|letters|brievenbus',
			'open|openen|openmaken|openmaak|opening|durf|dare|afraid|bang'
		],
		within: 4,
		weight: 0.6,
		evidence: 'durf de post niet open'
	},
	{
		theme: 'debt',
		families: [
			'spaargeld|savings|salaris|salary|loon|wages|spaarrekening|geld|money',
			'leeg|emptied|gone|kwijt|spends|spent|vergokt|gambled|verspeeld|opgemaakt'
		],
		within: 4,
		weight: 0.6,
		evidence: 'spaargeld kwijt'
	},
	// Language: letters and forms one cannot read or understand.
	{
		theme: 'language',
		families: [
			'brief|brieven|letter|letters|formulier|formulieren|forms|post',
			'snap|begrijp|begreep|understand|lezen|read|reading|vertalen|translate|uitleggen'
		],
		within: 4,
		weight: 0.5,
		evidence: 'snap de brief niet'
	},
	{
		theme: 'language',
		families: [
			'nederlands|dutch|taal',
			'praten|spreken|oefenen|practise|practice|speak|speaking|talk'
		],
		within: 3,
		weight: 0.6,
		evidence: 'Nederlands praten'
	},
	// Raising children by oneself ("in mijn eentje", "by myself") told around the children.
	{
		theme: 'single-parents',
		families: ['eentje|myself|uppie', 'kinderen|kids|children|kindjes|zoon|dochter|son|daughter'],
		within: 12,
		weight: 0.6,
		evidence: 'in mijn eentje met de kinderen'
	},
	// A child who plays alone, a child who hides it at school and collapses at home: autism.
	{
		theme: 'autism',
		families: ['speelt|spelen|plays|playing', 'alleen|alone|apart'],
		within: 3,
		weight: 0.4,
		evidence: 'speelt altijd alleen'
	},
	// Brain injury: a fall on the head; noise and crowds that make dizzy or tired.
	{
		theme: 'brain-injury',
		families: ['viel|gevallen|val|fell|fall|hit|klap|stootte|bumped|smak', 'hoofd|head'],
		within: 10,
		weight: 0.6,
		evidence: 'op mijn hoofd gevallen'
	},
	{
		theme: 'brain-injury',
		families: [
			'druk|drukke|drukte|lawaai|noise|noisy|busy|crowded|prikkels',
			'duizelig|dizzy|overprikkeld|hoofdpijn|headache|headaches|overwhelmed|uitgeput'
		],
		within: 5,
		weight: 0.4,
		evidence: 'duizelig in drukte'
	},
	// Dementia: accusing others of stealing.
	{
		theme: 'dementia',
		families: [
			'accused|accuses|accusing|beschuldigt|beschuldigde|denkt',
			'stealing|stelen|steelt|gestolen|stole|steal'
		],
		within: 6,
		weight: 0.6,
		evidence: 'beschuldigt ons van stelen'
	},
	// Caring tasks done for someone ("boodschappen voor mijn buurvrouw", "wie zorgt er voor hem").
	{
		theme: 'family-caregiving',
		families: [
			'boodschappen|kook|koken|wassen|was|cook|cooking|shopping|laundry|aankleden|douchen|pillen|medicijnen|administratie',
			'voor|for',
			'mijn|my|haar|hem|her|him'
		],
		within: 6,
		weight: 0.6,
		evidence: 'boodschappen voor mijn buurvrouw'
	},
	{
		theme: 'family-caregiving',
		families: [
			'zorgt|zorgen|zorg|cares|caring|care|look|looks|looking',
			'voor|for|after',
			'hem|haar|him|her|them|hen'
		],
		within: 3,
		ordered: true,
		weight: 0.5,
		evidence: 'zorgt voor hem'
	},
	// Money that runs out before the month does, an empty fridge.
	{
		theme: 'debt',
		families: [
			'geld|money|salaris|loon|uitkering|salary|wages|benefits|budget',
			'op|runs|ran|gone|leeg|empty|out'
		],
		within: 7,
		ordered: true,
		weight: 0.6,
		evidence: 'het geld is op'
	},
	{
		theme: 'debt',
		families: ['fridge|koelkast|cupboards|kastjes', 'empty|leeg|bare'],
		within: 3,
		weight: 0.5,
		evidence: 'de koelkast is leeg'
	},
	// A child who holds it together at school and collapses at home.
	{
		theme: 'autism',
		families: [
			'thuis|home',
			'stort|instort|ingestort|collapses|collapse|meltdown|meltdowns|explodes|ontploft'
		],
		within: 3,
		weight: 0.4,
		evidence: 'thuis stort ze in'
	},
	// A young person shut in their room all day.
	{
		theme: 'mental-health',
		families: ['kamer|room|bed', 'all|hele|whole|nooit|never|uit'],
		within: 4,
		weight: 0.3,
		evidence: 'de hele dag op zijn kamer'
	},
	// Dementia: things put in odd places, family called by the wrong name.
	{
		theme: 'dementia',
		families: [
			'keys|sleutels|sleutel|bril|glasses|wallet|portemonnee|phone|telefoon|schoenen|shoes',
			'fridge|koelkast|freezer|vriezer|oven|vuilnisbak|bin'
		],
		within: 4,
		weight: 0.6,
		evidence: 'sleutels in de koelkast'
	},
	{
		theme: 'dementia',
		families: ['calls|noemt|noemde|called', 'name|naam', 'my|mijn|wrong|verkeerde|andere'],
		within: 4,
		weight: 0.5,
		evidence: 'noemt mij bij een andere naam'
	},
	// A young person withdrawing: no school any more, the curtains closed.
	{
		theme: 'mental-health',
		families: ['curtains|gordijnen', 'closed|dicht|drawn'],
		within: 3,
		weight: 0.5,
		evidence: 'gordijnen dicht'
	},
	{
		theme: 'mental-health',
		families: [
			'cried|huilde|huil|huilen|crying|cry',
			'uur|uren|hours|hour|dagen|days|elke|every|nonstop'
		],
		within: 4,
		weight: 0.4,
		evidence: 'huil elke dag'
	}
];

type Compiled = {
	cue: NearCue;
	families: RegExp[];
	unless: RegExp | null;
	unlessAfter: RegExp | null;
	unlessLast: RegExp | null;
};
const compiled: Compiled[] = nearCues.map((cue) => ({
	cue,
	families: cue.families.map((f) => new RegExp(`^(?:${f})$`)),
	unless: cue.unless ? new RegExp(`^(?:${cue.unless})$`) : null,
	unlessAfter: cue.unlessAfter ? new RegExp(`^(?:${cue.unlessAfter})$`) : null,
	unlessLast: cue.unlessLast ? new RegExp(`^(?:${cue.unlessLast})$`) : null
}));

/** Which cue families each word belongs to, remembered (a letter's words recur). */
const memberships = new Map<string, [number, number][]>();
function familiesOf(word: string): [number, number][] {
	let known = memberships.get(word);
	if (known) return known;
	known = [];
	compiled.forEach((c, i) =>
		c.families.forEach((re, j) => {
			if (re.test(word)) known!.push([i, j]);
		})
	);
	if (memberships.size > 50_000) memberships.clear();
	memberships.set(word, known);
	return known;
}

/** The index of the first position in an ordered list that is at least `value`. */
function firstAtLeast(list: number[], value: number): number {
	let low = 0;
	let high = list.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (list[mid] < value) low = mid + 1;
		else high = mid;
	}
	return low;
}

/**
 * The cues a text's words show: each cue whose families all occur within its span, with the
 * index of the word where it starts. Words are normalised (see text.ts).
 */
export function nearCueHits(
	words: string[]
): { cue: NearCue; index: number; first: number; last: number }[] {
	// Positions of each family of each cue.
	const positions = compiled.map((c) => c.families.map(() => [] as number[]));
	words.forEach((word, index) => {
		for (const [i, j] of familiesOf(word)) positions[i][j].push(index);
	});
	const out: { cue: NearCue; index: number; first: number; last: number }[] = [];
	compiled.forEach((c, i) => {
		const [first, ...rest] = positions[i];
		for (const at of first) {
			if (c.unless?.test(words[at + 1] ?? '')) continue;
			if (c.unlessAfter?.test(words[at - 1] ?? '')) continue;
			const lo = c.cue.ordered ? at + 1 : at - c.cue.within;
			const hi = at + c.cue.within;
			// The positions of each other family within reach (lists are in order: a binary
			// search, so a long text of repeated words stays fast).
			const inReach = (list: number[]) => {
				const found: number[] = [];
				for (let k = firstAtLeast(list, lo); k < list.length && list[k] <= hi; k++) {
					if (list[k] !== at) found.push(list[k]);
					if (found.length > 1) break;
				}
				return found;
			};
			const near = rest.every((list) => inReach(list).length > 0);
			const last = inReach(rest[rest.length - 1] ?? []);
			if (near && c.unlessLast && last.every((p) => c.unlessLast!.test(words[p + 1] ?? ''))) {
				continue;
			}
			if (near) {
				// Where the resident's own words for it start and end (what is shown, not the label).
				const found = [at, ...rest.map((list) => inReach(list)[0])];
				out.push({ cue: c.cue, index: at, first: Math.min(...found), last: Math.max(...found) });
				break;
			}
		}
	});
	return out;
}
