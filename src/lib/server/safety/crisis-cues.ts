/**
 * The second layer of the crisis detector: cues combined within a sentence (or two
 * neighbouring ones), for wording that no fixed phrase in crisis.ts foresaw.
 *
 * A cue on its own is ordinary language ("dood", "wil", "voor altijd", "een last",
 * "geen zin"); suicidal wording combines a cue of dying, ending or disappearing (a *core*)
 * with a wish or intent, finality, feeling a burden, hopelessness or a method. Combinations,
 * not words, carry the signal, so "ik ga dood van het lachen" (core, nothing else) and
 * "ik wil een nieuw leven" (wish, no core) stay quiet, while "soms wil ik gewoon dat ik dood
 * ben" fires. Each combination has an id, so a result says why it fired.
 *
 * Works on the output of normaliseForCrisis (lower case, no accents, " . " between
 * sentences and, here, clauses), after the false friends are taken out.
 */

type Kind =
	| 'core'
	| 'leave'
	| 'want'
	| 'final'
	| 'burden'
	| 'hopeless'
	| 'method'
	| 'relief'
	| 'self'
	| 'strong'
	| 'goodbye';

const W = '(?:\\S+ )'; // one word and its space
const re = (source: string) => new RegExp(source.replaceAll('${W}', W));

/**
 * After "verdwijnen" / "disappear": not a way out when it is from a group, an app or a place,
 * for a while, on holiday, or "even" (just for a moment). Shared with the rule in crisis.ts.
 */
export const notAWayOut =
	String.raw`(?<!\b(even|eventjes|ff|effe) \S+)(?! ${W}?(uit|van|naar|from|off|for|to|of|op|in|into) (?!(de |die |deze |dat |het |mijn |the |this |that |my |a |een )?(wereld|aarde|aardbodem|world|earth|planet|leven|life|good|ever|altijd|eeuwig|map|face|thin)\b)\S+)(?! ${W}{0,3}(vakantie|while|bit|week|weekje|weekend|dagje|holiday|trip|tijdje|moment|book|boek|film|movie|game|serie|series|story|verhaal)\b)(?! ${W}{0,3}(dekentje|deken|dekens|dekbed|plaid|blanket|blankets|covers|duvet|quilt|netflix|thee|tea)\b(?![^.]*\b(voorgoed|voor altijd|eeuwig|forever|for good|nooit meer|never)\b))`.replaceAll(
		'${W}',
		W
	);

/** Every cue: its kind and a pattern over one sentence (padded with spaces). */
const cues: { kind: Kind; re: RegExp }[] = [
	// Dying, being dead, not living, not waking up, ending one's life, disappearing.
	{
		kind: 'core',
		re: re(
			String.raw`(?<!\b(niet|not|never|nooit|geen) )\b(dood|doodgaan|doodga|sterven|sterf)\b(?! (van|aan|door|op) )|\bdood ${W}?(te )?(gaan|zijn|was|ben|maken)\b`
		)
	},
	{
		kind: 'core',
		re: re(
			String.raw`\b(niet|nie|not) (meer |langer |anymore |more )?(te |to )?(leven|leef|live|living|bestaan|besta|exist|be alive)\b(?! (in|op|bij|naast|onder|on|at|near) (een|de|het|dit|deze|mijn|dat|die|a|the|this|that|my) (huis|buurt|stad|wijk|dorp|flat|land|straat|woning|appartement|kamer|plek|gezin|familie|house|neighbourhood|neighborhood|city|town|area|street|country|flat|apartment|place|home|village|room)\b| samen| with (my|the|him|her|them)| together| alone| bij (mijn|m|de|hem|haar))|\b(leven|life) ${W}{0,1}(niet meer|anymore)\b|\b(leven|life) (is |feels )?(niet|not) (meer )?(de moeite|worth)\b`
		)
	},
	{
		kind: 'core',
		re: re(
			String.raw`\b(er|hier|here|there) ${W}{0,2}(niet|not) (meer|langer|anymore)( bij)? (zijn|wezen|ben|be)\b|\bnergens ${W}{0,1}(meer )?(te )?(zijn|wezen)\b|\bniet meer (op aarde|op deze wereld|in leven)\b|\b(er|hier) ${W}{0,2}niet (meer|langer)( bij)?(?= \.| $)|\b(mijn|het|m|my) (leven|life) is (klaar|op|over|voorbij|afgelopen|done)\b|\bnot (be |being )?(here|around|alive) (anymore|any more|any longer)\b|\bnot want to (come up|come back|go on|carry on|keep going|continue|do this|be here) (anymore|any more|any longer)\b|\bik er ${W}{0,2}niet (was|ben|zou zijn)\b`
		)
	},
	{
		kind: 'core',
		re: re(
			String.raw`\b(mijn|het|m|my) leven ${W}{0,1}(stoppen|beeindigen|eindigen|nemen|stopzetten|te beeindigen|te nemen)\b|\b(stoppen|ophouden|kappen|stop|kap|hou|houd) ${W}{0,5}met (het |mijn |dit )?(leven|ademen)\b(?! (als|in|op|bij|hier|daar|zo|zoals)\b)|\buit het leven\b|\b(het|dit) leven uit\b|\b(weg|vertrekken) (van|uit) (deze|de|dit) (wereld|aarde|leven)\b|\b(end|take|ending|taking) (my|it|this)( own)? life\b|\bend (it|everything|things)\b(?! (with|between))`
		)
	},
	{
		kind: 'core',
		re: re(
			String.raw`\b(niet|nooit|not|never) (meer |again |ever )?(wakker|wake up|waking up|get up|opstaan)\b(?! (early|late|before|at|so|too|vroeg|om|voor|op tijd)\b)|\b(te )?springen\s*$|\bjump\s*$|\b(ways|way|manieren|manier) (to go|om te gaan|to die|to end it|om dood te gaan|om te sterven)\b|\beeuwige (rust|slaap)\b|\b(inslapen|heengaan)\b|\b(sleep|slapen) ${W}{0,3}(very long time|long long time|heel heel lang|voor heel lang)\b|\b(voor altijd|voorgoed|eeuwig|forever) ${W}?(gaan )?(slapen|inslapen|sleep|rusten|rust|rest)\b|\b(slapen|inslapen|sleep|rusten|rust|rest) ${W}?(voor altijd|voorgoed|forever|for good)\b|\bgeen plek (voor mij |voor me )?(meer )?(op|in) (deze|de) wereld\b|\bno place for me (in|on) (this|the) (world|earth)\b|\b(to|i|just|and|will|gonna|would|could|should|rather|then|can|may|might) (die|be dead|dead)\b(?! (of|from|laughing))|\b(was|were|am|be) dead\b|\b(if|when) i (died|was dead|were dead|was gone|were gone|killed myself)\b|\bkill (myself|me)\b`
		)
	},
	{
		kind: 'core',
		re: re(
			String.raw`\b(verdwijnen|verdwijn|verdwijnt|verdween|disappear|disappeared|disappearing|vanish|vanished)\b` +
				notAWayOut
		)
	},
	// "ik wil niet meer" as a whole clause: a signal on its own.
	{
		kind: 'strong',
		re: /^ (ik |k )?(wil|wou) (echt |gewoon |ook |nu )?niet meer( verder)? $/
	},
	// Leaving, stopping: a core only with finality or a burden.
	{
		kind: 'leave',
		re: re(
			String.raw`\b(weg|eruit|gone)\b(?! ${W}?(uit|naar|van|bij|from|to|of) (?!deze wereld|de wereld|dit leven|het leven|the world|this world)\S+)|\b(alles|het|het allemaal|it|it all|everything) (gewoon |even |allemaal |eindelijk |just )?(stopt|ophoudt|ophoud|voorbij is|over is|to end|to stop|be over)\b(?! (met|te|with|raining)\b)|\bstoppen met alles\b|\bmet alles stoppen\b|\b(ertussenuit|tussenuit)\b|\b(het|alles|it|it all) (mag|moet|kan|may|can) ${W}?(ophouden|stoppen|voorbij zijn|over zijn|end|stop)\b|\bweg\b.*\bvan (alles|mezelf|iedereen)\b|\b(het|alles) (voor altijd |voorgoed |eindelijk )?(stil|donker|zwart) (wordt|worden|is)\b|\b(opgeven|give up)( \.|$| voorgoed| for good)|\b(want|wil) (it|het) (all |allemaal )?over\b|\ber ${W}?(een )?punt (achter|na|aan) (zetten|zet|te zetten)\b|\b(het|alles|it|it all) (be)?eindigen\b|\b(end|finish|stop) (it|it all)\b|\b(want|wil|wil er) out\b|\b(er vanaf|eraf|ervan af|er van af)\b(?! (van|met)\b)`
		)
	},
	// Relief: dying as a relief is a wish ("doodgaan lijkt me een opluchting").
	{
		kind: 'relief',
		re: /\b(opluchting|opgelucht|verlossing|bevrijding|uitkomst|relief|relieved|release|blessing)\b/
	},
	// The writer (a relief must be the writer's own, not "voor mijn vader was het een verlossing").
	{ kind: 'self', re: /\b(ik|me|mij|mezelf|i|myself)\b/ },
	// Wish or intent.
	{
		kind: 'want',
		re: re(
			String.raw`\b(wil|wilt|wou|wilde|willen|wens|hoop|liefst|liever|verlang|verlangen|overweeg)\b|\bzin om\b|\b(van )?plan\b|\b(denk|dacht|denken) ${W}{0,2}(erover|eraan|aan)\b|\b(denk|dacht|denken|overweeg) ${W}{0,1}er ${W}{0,2}(over|aan)\b|\b(droom|dromen|droomde|fantaseer|fantaseren|hoef|hoeft|dream|dreaming|dreamt|fantasize|fantasise|fantasizing|fantasising)\b|\bready to\b|\b(think|thinking|plan|planning|decide|decided) to\b|\b(want|wanted|wants|wish|wished|wishes|wishing|hoping|hope|rather|planning|plan|considering|ready)\b|\bgoing to\b|\b(thinking|think|thought) (about|of)\b|\bfeel like\b|\bzou ${W}{0,2}(liever|willen)\b`
		)
	},
	// Finality.
	{
		kind: 'final',
		re: /\b(voorgoed|voor altijd|voor eeuwig|eeuwig|eeuwige|nooit meer|definitief|permanent|forever|for good|never again|for ever|permanently)\b/
	},
	// Feeling a burden, others better off.
	{
		kind: 'burden',
		re: re(
			String.raw`\b(een|tot|zon|zo n|zo een) last\b|\bblok aan (het|hun|zijn|haar) been\b|\bbeter ${W}{0,2}(als|zonder|wanneer|dat)\b|\bniemand geeft (om|iets om) (mij|me)\b|\b(hebben|heeft|zijn|is) (jullie|ze|zij|iedereen|hij|mijn \S+) ${W}{0,2}(rust|geen last (meer )?van (me|mij)|geen zorgen (meer )?om (me|mij)|van (me|mij) af)\b|\b(blij|blijer|gelukkig|gelukkiger|opgelucht|happy|happier|relieved|glad) ${W}{0,2}(zijn |be )?(als|if|wanneer|when) (ik|i)\b|\b(overbodig|nutteloos|useless|unwanted)\b|\b(heeft|hebben|needs|need) (me|mij) (niet meer|no longer|not) nodig\b|\bnobody needs me\b|\bniemand heeft (me|mij) nodig\b|\bhet beste\b.*\bvoor iedereen\b|\bbest for everyone\b|\bniemand heeft (iets|wat) aan (me|mij)\b|\bwie (zou |zal )?(me|mij) (missen|mist|merkt)\b|\bwie (mist|merkt|zou missen) (me|mij)\b|\bwho would (miss|notice|care)\b|\b(merkt|mist|merken|missen) niemand (het|me|mij)\b|\bnobody cares (about me|if i)\b|\bbeter af\b|\b(gelukkiger|blijer|beter af|beter) zonder (mij|me)\b|\bzonder (mij|me) ${W}{0,4}(beter|gelukkiger|blijer)\b|\bniemand (zou|zal|gaat) ${W}{0,2}(missen|merken)\b|\b(a )?burden\b|\bbetter off\b|\bhappier (without|if)\b|\b(nobody|no one|noone) (would|will) (even |really )?(miss|notice|care)\b`
		)
	},
	// Hopelessness, being at the end of one's strength.
	{
		kind: 'hopeless',
		re: re(
			String.raw`\bgeen (zin|uitweg|toekomst|hoop|perspectief|kracht|reden)\b|\b(zinloos|hopeloos|uitzichtloos|hopeless|pointless|meaningless|worthless|waardeloos)\b|\bkan ${W}{0,2}niet meer\b|\btrek ${W}{0,2}niet meer\b|\bhou ${W}{0,2}niet (meer )?vol\b|\b(alles|het|leven|life) is ${W}{0,1}te (veel|zwaar)\b|\b(life|living) is too (hard|much|heavy)\b|\bno (point|future|hope|way out|reason)\b|\bcannot (do this|take (it|this)|go on|cope|bear)\b|\btoo (much|hard)\b|\bsick (and tired )?of\b|\bhate myself\b|\bhaat mezelf\b|\bik ben op\b|\bklaar met alles\b|\b(ben|am) ${W}?(er )?klaar mee\b|\bdone with (everything|it all)\b|\bnothing left (for me|to live for)\b|\bi have nothing left( \S+)?\s*$|\b(cannot|do not|can not) see (a|any) future\b|\bhate my life\b|\bniets meer (over )?voor (mij|me)\b|\b(leven|life) (is )?(no good|niets waard|een hel|hell|a living hell|shit|kut|zinloos|worthless)\b|\b(donkere|zwarte) gedachten\b|\bdark thoughts\b`
		)
	},
	// A method or the means (places such as a bridge or the track count in crisis.ts, with a
	// verb of jumping or lying down; here they would fire on ordinary news of a death).
	{
		kind: 'method',
		re: re(
			String.raw`\b(overdosis|touw|strop|scheermes\w*|pijnloos|overdose|rope|noose|razor|painless)\b|\b(van|from) (een |a |grote |great )?(hoogte|height)\b|\b(pillen|tabletten|medicijnen|pills|tablets|meds) ${W}{0,2}(geslikt|ingenomen|genomen|swallowed|took|taken)\b|\b(geslikt|slikken|slik|took|swallowed|swallow) ${W}{0,2}(pillen|tabletten|pills|tablets)\b|\b(hoeveel|how many|how much|genoeg|enough|alle|al mijn|all my|handvol|handful) ${W}{0,2}(pillen|tabletten|medicijnen|slaappillen|paracetamol|pijnstillers|pills|tablets|meds|painkillers)\b`
		)
	},
	// Saying goodbye, giving things away.
	{
		kind: 'goodbye',
		re: /\b(afscheid|weggegeven|weggeven|weg gegeven|vaarwel|goodbye|farewell|gave away|giving away|given away|made (my )?peace|in het reine)\b|\bniet meer nodig\b|\bwon t need\b/
	}
];

/**
 * Which combination fires, in order of strength; the first that holds gives the id. A wish
 * counts only with a core or a leaving in its own clause: `wantcore`, `wantleave`.
 */
type Seen = Kind | 'wantcore' | 'wantleave';
const combinations: [string, (k: Set<Seen>) => boolean][] = [
	['strong', (k) => k.has('strong')],
	['core+want', (k) => k.has('wantcore')],
	['leave+want+hopeless', (k) => k.has('wantleave') && k.has('hopeless')],
	['core+method', (k) => k.has('core') && k.has('method')],
	['core+relief+self', (k) => k.has('core') && k.has('relief') && k.has('self')],
	['core+final', (k) => k.has('core') && k.has('final')],
	['core+burden', (k) => k.has('core') && k.has('burden')],
	['core+hopeless', (k) => k.has('core') && k.has('hopeless')],
	['core+goodbye', (k) => k.has('core') && k.has('goodbye')],
	['core+leave', (k) => k.has('core') && k.has('leave')],
	['leave+final', (k) => k.has('leave') && k.has('final')],
	['leave+burden', (k) => k.has('leave') && k.has('burden')]
];

/**
 * Spans that look like a cue and are not one: fear of dying (illness), a negated wish
 * ("ik wil niet dood"), hyperbole, leaving a group or a place.
 */
const notCues: RegExp[] = [
	// Round 21 (train24c): someone else dead in a Dutch subordinate clause ("een rouwgroep voor als
	// je vader dood is"): grief, not the writer's own death.
	/\b(je|jouw|mijn|zijn|haar|onze|ons|hun|de|het) (?!(leven|lijf|lichaam|ziel|hoofd)\b)\S+ (al |nu |net |pas |echt )?(dood|overleden|gestorven) (is|was|zijn|waren)\b/,
	// A pet put to sleep ("morgen laten we onze hond Bobby inslapen"): not with the writer in
	// the clause ("ik laat de hond inslapen en daarna mezelf").
	/\b((laten|laat|liet|lieten) (\S+ ){0,3}(hond|honden|hondje|kat|katten|katje|poes|poezen|poesje|konijn|cavia|hamster|paard|pony|huisdier|parkiet|kanarie|fret|\w+hond)( \S+)? (in )?inslapen|(hond|honden|hondje|kat|katten|katje|poes|poezen|poesje|konijn|cavia|hamster|paard|pony|huisdier|parkiet|kanarie|fret|\w+hond)( \S+)? (laten|laat) inslapen)\b(?<!\b(ik ook|mezelf|me|mij|samen)\b.*)(?!.*\b(ik ook|mezelf|me|mij|samen)\b)/,
	// Someone else who is gone ("hij is gewoon weg, voorgoed" about a father who died): grief.
	/\b(hij|zij|ze|he|she|papa|mama|pa|ma|dad|mum|mom) (is|was|'s) (nu |gewoon |echt |now |just |really )?(weg|gone)\b/g,
	re(
		String.raw`\b(bang|angst|afraid|scared|fear|vrees|schrik) ${W}{0,4}(dood|doodgaan|doodga|sterven|sterf|die|dying|death)\b( ${W}{0,1}(gaan|te gaan))?`
	),
	re(
		String.raw`\b(wil|wilt|want|wants|wanted) ${W}{0,1}(niet|helemaal niet|not) (to )?(dood|sterven|doodgaan|die)\b`
	),
	re(String.raw`\b(do not|did not|never) (want|wanted|wish|wished) to (die|be dead)\b`),
	// Someone else dying or dead ("mijn vader ligt te sterven", "de dood van mijn moeder").
	re(
		String.raw`\b(hij|zij|ze|het|die|dat|mijn \S+|de \S+|zijn \S+|haar \S+|onze \S+|ons \S+) (is|was|gaat|ging|zal|zou|werd|lag|ligt|gaan|moest|moet|mocht) ${W}{0,2}(te )?(dood|doodgegaan|overleden|gestorven|sterven|doodgaan)\b`
	),
	/\bde dood van (mijn|zijn|haar|hun|onze|de|het) \S+/,
	// Tired, not a wish: "I could sleep forever after that party".
	/\bcould (\S+ )?sleep (forever|for (a week|days|ever))\b/,
	// Someone else's death as a time ("na haar dood", "since his death").
	/\b(na|sinds|since|after|voor|before) (haar|zijn|hun|his|her|their|de|the) (dood|death)\b/,
	/\b(he|she|it|they|my \S+|the \S+|his \S+|her \S+) (is|was|are|were) (really |finally |now |truly |echt )?(dying|dead)\b/,
	// Round 19 (train22b): the same with the verb first ("nu is hij echt dood en voel ik opluchting").
	/\b(is|was|ligt|lag) (hij|zij|ze|mijn \S+|papa|mama|pa|ma|vader|moeder|opa|oma) (\S+ ){0,2}(dood|overleden|gestorven)\b/,
	/\b(dying|dood) (to|for|van het lachen)\b/,
	/\bdead (tired|beat|serious|end|battery|phone|line)\b/,
	/\b(die|dye) (my|her|his|your) hair\b/
];

const afterthought = /^(met|uit|van|voor|in|naar|zonder|with|from|of|for|to|without)\b/;

/**
 * Splits at clause breaks (the caller makes commas breaks too). A wish belongs to its own
 * clause ("de dokter zegt dat ik dood kan gaan, ik wil stoppen" is two); the other cues may
 * sit in the next clause (cueCrisis looks at neighbouring pairs too).
 */
function clausesOf(t: string): string[] {
	const clauses: string[] = [];
	for (const c of t.split(' . ')) {
		const clause = c.replace(/^\.|\.$/g, '').trim();
		if (!clause) continue;
		// An afterthought belongs to the clause before: "ik wil stoppen, met alles, met leven".
		if (clauses.length && (clause.split(' ').length <= 2 || afterthought.test(clause)))
			clauses[clauses.length - 1] += ` ${clause}`;
		else clauses.push(clause);
	}
	return clauses.map((s) => ` ${s} `);
}

/** The kinds of cue in one clause, with the words each fired on. */
function cuesIn(clause: string): { kinds: Set<Seen>; words: Map<Seen, string> } {
	let w = clause;
	for (const n of notCues) w = w.replace(n, ' ');
	const kinds = new Set<Seen>();
	const words = new Map<Seen, string>();
	for (const cue of cues) {
		const hit = cue.re.exec(w);
		if (hit && !kinds.has(cue.kind)) {
			kinds.add(cue.kind);
			words.set(cue.kind, hit[0].trim());
		}
	}
	if (kinds.has('want') && kinds.has('core')) kinds.add('wantcore');
	if (kinds.has('want') && kinds.has('leave')) kinds.add('wantleave');
	return { kinds, words };
}

/**
 * The id and words of the first combination of cues found in `t` (normalised text), or
 * null. Example: "core+want: wil | dood".
 */
export function cueCrisis(t: string): string | null {
	const found = clausesOf(t).map(cuesIn);
	// Each clause alone, then each clause with the next one.
	const windows = [
		...found,
		...found.slice(1).map((next, i) => ({
			kinds: new Set([...found[i].kinds, ...next.kinds]),
			words: new Map([...next.words, ...found[i].words])
		}))
	];
	// Hopelessness colours a whole short text: "I have nothing left. … I'm ready to be gone".
	const hopeless = found.length <= 8 && found.some((f) => f.kinds.has('hopeless'));
	for (const { kinds, words } of windows) {
		if (hopeless && kinds.has('wantleave') && !kinds.has('hopeless')) {
			kinds.add('hopeless');
			words.set(
				'hopeless',
				found.find((f) => f.kinds.has('hopeless'))?.words.get('hopeless') ?? ''
			);
		}
		for (const [id, holds] of combinations) {
			if (!holds(kinds)) continue;
			const parts = id.split('+') as Kind[];
			return `cue_${id.replaceAll('+', '_')}: ${parts.map((p) => words.get(p)).join(' | ')}`;
		}
	}
	return null;
}
