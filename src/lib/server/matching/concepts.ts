/**
 * Situations residents describe instead of naming a theme, as features the theme model
 * (theme-model.ts, `reads.concepts`) reads beside the words: "asks the same thing three
 * times", "got lost on the way home", "lines up his cars", "can't stand noise", "40 euro
 * left", "I am 16". Each concept is theme-neutral (it says what happens, not which theme it
 * is): the model learns from the labelled questions what each concept weighs for each theme,
 * and because one concept gathers many phrasings, Dutch and English, a phrasing one writer
 * used teaches the model about another writer's. Ages are read from numbers ("mijn vader
 * (83)", "ik ben 16", "my 8yo"), which the word features leave out.
 *
 * Pure functions over the normalised text (lower case, no accents or punctuation).
 */
import { normalise } from './text';

/**
 * A concept and the phrasings that tell it (regular expressions over the normalised text).
 * Only phrasings that tell the situation itself: a word residents also use in an ordinary
 * question (coffee "drinken", the food bank, "the evenings", an appointment with the GP,
 * homework, "forgot my password") is no concept. The model still reads that word as a word
 * and weighs it on its own; as a concept it would weigh like "drinkt elke avond een fles".
 */
const concepts: [string, RegExp][] = [
	// Memory and confusion: the same question again and again, forgetting, not recognising.
	[
		'repeat',
		/\b(steeds (hetzelfde|dezelfde vraag|hetzelfde verhaal)|telkens (weer )?(hetzelfde|dezelfde)|herhaalt (zich|steeds|alles|hetzelfde|dezelfde)|hetzelfde verhaal|dezelfde vraag|(twee|drie|vier|vijf|tien|\d+) keer (of|hetzelfde|dezelfde|achter elkaar|per uur)|(drie|vier|vijf|tien|\d+) ?(keer|x) (per|in een|op een) (uur|middag|ochtend|avond|dag) (hetzelfde|dezelfde|vragen|vraagt|gevraagd|gebeld|bellen|belt)|(three|four|five|ten|\d+) times (a|an|in an) (hour|day|morning|afternoon|evening)|keeps? (asking|saying|telling me|repeating)|same (question|story) (again|over|five|ten)|over and over|again and again)\b/
	],
	[
		'forgets',
		/\b(vergeet (steeds|alles|veel|dingen|afspraken|namen|te eten)|vergeetachtig\w*|geheugen(verlies|problemen|klachten)?|forgets (everything|things|names|to eat|where)|forgetful\w*|memory (loss|problems?|is going|gets worse))\b/
	],
	[
		'unrecognised',
		/\b(herkent (me|mij|ons|mijn) (niet|niet meer)|herkende (me|mij|ons) niet|(doesn t|didn t|does not|did not|no longer) recogni[sz]e (me|us|her|him|his|her|my)|noemt me (steeds )?(bij )?de naam van|calls me by (my|her|his) (mother|father|sister|brother)\w*)\b/
	],
	[
		'confused',
		/\b(in de war|verward\w*|weet niet (meer )?welke dag|doesn t know (what day|where she is|where he is)|confused about (where|what day|the day|the time)|disoriented)\b/
	],
	[
		'wanders',
		/\b(weg (naar huis )?kwijt|verdwaal\w*|verdwaald|loopt weg als|liep weg (van huis|uit huis)|dwaalt|(gets|got|getting) lost|(find|found|finds) (his|her) way (back|home)|weg (terug|naar huis) niet (meer )?(vinden|vond|vindt)|kon (de|zijn|haar) weg (naar huis )?niet|wander(s|ed|ing) (off|around at night|the streets))\b/
	],
	[
		'night',
		/\b(midden in de nacht|om (2|3|4) uur s nachts|(2|3|4) ?am|middle of the night|nachtelijk\w*)\b/
	],
	[
		'imagined',
		/\b(denkt dat er inbrekers|er is niemand|there s never anyone|nobody there|no one there|a man in the house|stemmen hoort|hears voices|voelt zich achtervolgd)\b/
	],
	// A child's senses, routines and restlessness.
	[
		'senses',
		/\b(kan (niet|slecht) tegen (geluid|lawaai|harde|drukte|stofzuiger|labels|kriebel)\w*|harde geluiden|overprikkel\w*|prikkelgevoelig\w*|(bang voor|gilt bij|huilt bij|krijst bij|schreeuwt bij|scared of|afraid of|screams at|screams when|cries at|hates) (de |het |the )?(stofzuiger|fohn|handdroger|hand dryer|vacuum( cleaner)?|hoover)|(stofzuiger|fohn|handdroger\w*|hand dryers?|vacuum( cleaner)?|hoover)( \w+){0,5} (schreeuw\w*|gil\w*|huil\w*|krijs\w*|paniek|scream\w*|cr(y|ies|ying)|panic\w*|meltdown)|(covers?|covering|houdt|hield) (his|her|their|zijn|haar) (ears|oren)|oren dicht|can t stand (noise|loud|the noise|labels|the (hand dryer|vacuum|hoover))|sensory|overstimulat\w*|labels in (his|her|zijn|haar))\b/
	],
	[
		'routine',
		/\b(op een rij|op rij (zetten|zet|leggen|legt)|in een rij|lines? (up|them up) (his|her|the|all)|same order|alles (moet )?hetzelfde|vaste volgorde|meltdowns?|driftbui\w*|ontploft (als|bij)|explodes (when|if|over))\b/
	],
	[
		'contact',
		/\b(oogcontact|eye contact|in zijn eigen wereld|in his own world|in her own world|speelt (altijd |steeds |het liefst )?alleen|plays (always )?alone|praat (nog )?niet|doesn t talk|does not talk|doesn t speak)\b/
	],
	[
		'restless',
		/\b(stil (zitten|zit)|stilzitten|niet stil|sit still|wiebel\w*|druk in de klas|kan zich (niet|slecht) concentreren|can t (concentrate|focus)|impulsi\w*|dromerig|daydream\w*|loses (his|her|my) (things|keys))\b/
	],
	// Money told without the word debt.
	[
		'money-short',
		/\b(nog (maar )?\d+ euro|(only|just) \d+ (euro|pounds?) (left|until)|rondkomen|rond te komen|ends meet|nothing left (after|at|by)|niets over (na|aan|op)|(er is|is er|blijft er|houd ik|hou ik|houden we) (niets|niks) (meer )?over|niks (meer )?over (na|aan|op)|rest van de maand|end of the month|eind van de maand|einde van de maand|can t afford (the|to|food|rent)|niet (meer )?(kan|kunnen) betalen|kan (de|het) (huur|rekening\w*|energie) niet betalen|achterstand\w*|arrears|aanmaning\w*|incasso\w*|deurwaarder\w*|bailiff\w*|(stapel|pile of) (post|brieven|letters|envelop\w*)|post (niet )?(open|opengemaakt|openmaken) (gemaakt|durf)|haven t opened (my|the) (post|letters|mail)|unopened (post|letters|mail)|ongeopend\w*|rood staan|overdrawn|klarna|achteraf betalen|buy now pay later)\b/
	],
	// Using and gambling told without the word addiction.
	[
		'using',
		/\b((drinkt|drink|drinks|drinking|dronk) (te veel|too much|elke avond|every (night|evening|day)|al (om|s ochtends)|in the morning|alleen nog|nog steeds)|(fles|flessen|bottles?|blikjes|cans) (wijn|wodka|vodka|drank|bier|beer|of (wine|vodka|beer))|dronken|drunk|blowen|blowt|joints|wiet|weed|cocaine|coke|gokt|gokken|gokapp\w*|casino\w*|betting|gambl\w*|scratch cards|krasloten|terugwinnen|win it back|nuchter|sober|terugval\w*|relaps\w*|afkick\w*|rehab|craving)\b/
	],
	// Low mood and anxiety told through the body and the day.
	[
		'low',
		/\b(somber\w*|huil (veel|vaak|elke|iedere|de hele)|huilt (veel|vaak|elke|iedere)|cry (a lot|every|all)|crying (a lot|every|all)|niets meer zin|nergens (meer )?zin in|geen zin meer|no energy|geen energie|uitgeput|exhausted|(kom|komt|kan) (mijn|zijn|haar|m n)? ?bed niet uit|stays in bed|lies in bed all|ligt (veel|vaak|hele dagen|dagen) (op|in) bed|waardeloos|worthless|hopeless|hopeloos)\b/
	],
	[
		'anxious',
		/\b(hart (gaat )?(te keer|tekeer|bonkt|racet)|hartkloppingen|heart (racing|races|pounding)|knot in (my|mijn) (stomach|maag)|knoop in (mijn|m n) maag|zenuwachtig|nerves|nervous|angstig|anxious|paniek\w*|panic\w*|piekeren|piekert|overthink\w*|kan niet (meer )?slapen|can t sleep|cannot sleep|lig (s nachts )?wakker|lie awake|lying awake|slaap slecht|sleep badly)\b/
	],
	// Being alone, told as empty evenings and nobody to talk to.
	[
		'nobody',
		/\b(niemand (om mee te praten|om te praten|die (me|mij) belt|belt (me|mij)|komt (langs|op bezoek)|vraagt hoe)|nobody (to talk|calls|visits|comes)|no one (to talk|calls|visits|comes)|no friends|geen vrienden|geen vriendengroep|hele dag alleen|all day alone|alone all day|(sit|sitting) at the window|lange (avonden|dagen|weekenden)|long (evenings|days|weekends)|weekends are long|weekenden zijn lang|stil in huis|so quiet in the house|someone to talk to|iemand om (mee )?te praten)\b/
	],
	// Parenting alone, told through the ex and the children.
	[
		'alone-parent',
		/\b(ik ben het allebei|vader en moeder tegelijk|mum and dad in one|mom and dad in one|both parents in one|in mijn eentje (met|voor) (de|twee|drie|mijn) (kinderen|kids|jongens|meiden)|on my own with (the|two|three|my) (kids|children)|mijn ex (betaalt|komt|zegt|heeft)|my ex (pays|doesn t|does not|never)|alimentatie|child support|om het weekend (bij|naar) (papa|mama|hun vader|hun moeder)|every other weekend|week om week|co ouderschap|omgangsregeling|left us|walked out on)\b/
	],
	// Caring tasks done for someone.
	[
		'care-tasks',
		/\b((hem|haar|mijn (man|vrouw|moeder|vader|moeder|zoon|dochter)) (wassen|douchen|aankleden|tillen|verschonen)|(was|douche|kleed|til) (hem|haar) (aan|elke|iedere|s ochtends)|pillen geven|medicijnen (geven|klaarzetten|klaar zetten)|eten geven aan|ik regel alles voor|ik doe alles voor (hem|haar|mijn)|(wash|washing|shower|showering|dress|dressing|lift|lifting) (him|her|my (mum|mom|dad|husband|wife|son|daughter))|(sort|give) (his|her) (medication|medicines|pills)|ik ben (zijn|haar) (planner|verpleegster|mantelzorger))\b/
	],
	// A new country, told through the journey, the papers and home far away.
	[
		'arrived',
		/\b(gevlucht|azc|ter apel|asielzoeker\w*|asielaanvraag|verblijfsvergunning|gezinshereniging|family reunification|visum|residence permit|refugees?|asylum|moved (here )?from (syria|ukraine|poland|turkey|morocco|india|somalia|eritrea|afghanistan|the philippines|philippines|bulgaria|romania)|(kom|kwam|komt|came|come) (hier )?(uit|from) (syrie|syria|oekraine|ukraine|polen|poland|turkije|turkey|marokko|morocco|india|somalie|somalia|eritrea|afghanistan|filipijnen|the philippines|bulgarije|bulgaria|roemenie|romania)|in mijn land|in my country|back home (in|my)|thuisland|hours ahead|diploma (telt|wordt niet erkend|niet erkend)|not recogni[sz]ed here|inburger\w*)\b/
	],
	[
		'speaking',
		/\b(mijn nederlands (is|gaat)|my dutch (is|isn t)|spreek (nog )?geen nederlands|speaks? no dutch|only speaks? (arabic|english|polish|turkish|tigrinya)|alleen arabisch|switch(es)? to english|schakelt over (op|naar) engels|taalcoach|taalmaatje|kan (niet|slecht) lezen( en schrijven)?|can barely read|cannot read|can t read|dyslex\w*|brieven (niet )?(lezen|begrijpen))\b/
	],
	// The body: pain and fatigue that stay; seeing, hearing, moving.
	[
		'body',
		/\b(altijd pijn|elke dag pijn|chronische? pijn|pain every day|constant pain|chronic pain|vermoeid\w*|fatigue|flare( up)?s?|opvlamming\w*|migraine|chemo\w*|uitbehandeld)\b/
	],
	[
		'senses-body',
		/\b(ziet (bijna )?(niks|niets)( meer)?|slechtziend\w*|blind|blinde|partially sighted|taststok|white cane|doof|doven|deaf|slechthorend\w*|rolstoel|wheelchair|rollator|scootmobiel|krukken|crutches|verlamd|paralys\w*|prothese|spierziekte)\b/
	],
	[
		'head',
		/\b(op (mijn|zijn|haar) hoofd gevallen|hoofd gestoten|head injury|hit (my|his|her) head|viel op (zijn|haar|mijn) hoofd|fell on (my|his|her) head|hersenletsel|hersenschudding|brain injury|beroerte|stroke(?! of (luck|genius))|herseninfarct|ander mens geworden|a different (person|man) since|concussion)\b/
	],
	// Work: the job, the boss, the contract, the search.
	[
		'job',
		/\b(mijn (baas|leidinggevende)|my (boss|manager)|ontslag|ontslagen|fired|laid off|sollicit\w*|vacatures?|(mijn|my) (cv|contract)|uitzendbureau|uwv|bedrijfsarts|re integratie|reintegrat\w*|ziek gemeld|ziekgemeld|sick leave|off work)\b/
	],
	// Loss: the funeral, the empty place.
	[
		'loss',
		/\b(begrafenis|crematie|funeral|cremation|overleden|overleed|passed away|died|sterfgeval|mis (haar|hem) (zo|elke|iedere|nog)|miss (her|him) (so|every|terribly)|lege (plek|stoel) (aan|in)|empty (chair|car seat) (at|in)|gecondoleerd|condolen\w*|jaar geleden vandaag|a year ago today|doodgeboren|stillborn|miskraam|miscarriage|lost our baby)\b/
	],
	// Splitting up, without the word divorce.
	[
		'split',
		/\b(uit elkaar (gegaan|gaan)|split up|broke up|separated|left me for|verliet me|heeft (mij|me) verlaten|wil bij (hem|haar) weg|leave (him|her) (for|and)|andere vrouw|andere man|another woman|another man|mediator|mediation|huis verkopen (na|omdat)|custody|voogdij)\b/
	],
	// Fostering without the word.
	[
		'not-own',
		/\b(echte ouders|real parents|real mum|real mom|biologische (ouders|moeder|vader)|biological (parents|mother|father)|birth (mother|parents)|gezinsvoogd|youth services|placement|plaatsing (bij ons)?|teruggeplaatst|went back to (his|her) mum|terug naar (zijn|haar) moeder)\b/
	]
];

/**
 * After a number, what makes it no age: an amount, an hour, a count ("40 euro", "28 uur",
 * "3 keer") or a duration ("2 jaar geleden", "6 jaar hier", "married 12 years").
 */
const notAge =
	'(?!\\s*(?:euro|eur|uur|keer|x|procent|minuten|weken|weeks|maanden|months|dagen|days|km|' +
	'meter|kilo|kg|hours|times|pond|pounds|am|pm|e)\\b)' +
	'(?!\\s*(?:jaar|years?|jr)?\\s*(?:geleden|ago|lang|long|hier|here|in nederland|in the netherlands|' +
	'getrouwd|married|samen|together|gewerkt|worked|werk|work|in alphen|in dienst)\\b)';
const age = (before: string, unit: string) =>
	new RegExp(`\\b${before}(\\d{1,3})${unit}\\b${notAge}`, 'g');

/** Ages: where a number is someone's age, which person it belongs to, and its bracket. */
const agePatterns: [string, RegExp][] = [
	// The writer's own age: "ik ben 16", "ik (22)", "I'm 35", "I am 71".
	[
		'self',
		age(
			'(?:ik ben|ik|i m|i am|im|ben)\\s+(?:pas\\s+|nu\\s+|net\\s+|bijna\\s+|al\\s+)?',
			'(?:\\s+(?:jaar|years?|jr))?'
		)
	],
	// Someone else's: "mijn vader (83)", "mijn oom van 84", "my 8yo", "dochter van 16", "zij is 80".
	[
		'other',
		age(
			'(?:van|is|aged|age|of|zoon|dochter|son|daughter|vader|moeder|dad|mum|mom|father|mother|opa|oma|man|vrouw|husband|wife|my|mijn|is nu|is now)\\s+',
			'(?:\\s*(?:jaar|years?|yo|jr|y o|jarige))?'
		)
	],
	// Any number marked as an age ("83 jaar oud", "8yo", "a 16 year old"; not "6 jaar": a duration too).
	['any', age('', '\\s*(?:jaar oud|jarige|jarig|years old|year old|yo|y o)')]
];

function bracket(age: number): string | null {
	if (age < 1 || age > 105) return null;
	if (age < 12) return 'child';
	if (age < 18) return 'teen';
	if (age < 26) return 'young';
	if (age < 65) return 'adult';
	if (age < 80) return 'senior';
	return 'old';
}

/**
 * The concepts a text tells (each once), as feature names ("@repeat", "@age:self:teen"),
 * each with the resident's own words that told it (the matched phrase of the normalised
 * text, "drie keer per uur hetzelfde", "ik ben 16"): the model shows those as its evidence,
 * never the concept's name.
 */
export function situationSpans(text: string): Map<string, string> {
	const n = normalise(text.slice(0, 20_000));
	const out = new Map<string, string>();
	if (!n) return out;
	for (const [name, re] of concepts) {
		const m = re.exec(n);
		if (m) out.set(`@${name}`, m[0].trim());
	}
	for (const [who, re] of agePatterns) {
		for (const m of n.matchAll(re)) {
			const b = bracket(Number(m[1]));
			// "ik ben 3 jaar" is rare; "3 keer" is no age: only ages marked by jaar/yo or a
			// person before them reach here, and an "any" number needs its unit.
			const key = `@age:${who}:${b}`;
			if (b && !out.has(key)) out.set(key, m[0].trim());
		}
	}
	return out;
}

/** The concepts a text tells, by name (see situationSpans). */
export function situationConcepts(text: string): string[] {
	return [...situationSpans(text).keys()];
}
