/**
 * Recognises wording about suicide or self-harm, direct or indirect, in Dutch and English.
 * Pure functions, no I/O: the same check runs for a question, a chat message, a help request
 * and POST /api/suggest, and the matching evaluation imports it.
 *
 * Built for recall: missing someone in crisis is far worse than showing 113 to someone who
 * did not need it (nothing is hidden or blocked when it fires; the writer sees the help
 * lines first and a person is told). Known false friends are excluded explicitly
 * ("ik ga dood van het lachen", "doodmoe", "killing it at work", "de plant gaat dood").
 *
 * Decisions (see also tests/fixtures/crisis-phrasings.json, `decisions`):
 * - "dit werk maakt me kapot" / "this job is killing me": NOT crisis. Exhaustion and burnout
 *   wording without a wish to die or to hurt oneself; such a question goes on to matching
 *   (work, mental health circles). The /help link is on every page anyway.
 * - Someone bereaved by suicide ("mijn broer heeft zelfmoord gepleegd"): NOT crisis on its
 *   own; they ask for a grief circle, and withholding circles would fail them. Any wish of
 *   their own to die in the same text still fires.
 * - Third persons count ("mijn dochter zegt dat ze dood wil"): the writer needs 113 too.
 */

export type CrisisResult = { crisis: boolean; matched?: string };

/**
 * Lower case, accents off, the usual chat spellings written out, punctuation kept only as
 * sentence breaks (" . "), single spaces.
 */
export function normaliseForCrisis(text: string): string {
	let t = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[’`´‘]/g, "'")
		.replace(/\bm'n\b/g, 'mijn')
		.replace(/\bz'n\b/g, 'zijn')
		.replace(/(^|\s)'?t(?=\s|$)/g, '$1het')
		.replace(/(\p{L})'(\p{L})/gu, '$1$2')
		.replace(/[.!?;:\n\r]+/g, ' . ')
		.replace(/[^\p{L}\p{N}. ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	t = ` ${t} `;
	for (const [from, to] of spellings) t = t.replace(from, to);
	return t.replace(/\s+/g, ' ').trim();
}

/** Chat spellings and split words, as whole-word replacements. */
const spellings: [RegExp, string][] = [
	[/ nie /g, ' niet '],
	[/ k /g, ' ik '],
	[/ leve /g, ' leven '],
	[/ niemeer /g, ' niet meer '],
	[/ nt /g, ' niet '],
	[/ zitte /g, ' zitten '],
	[/ mn /g, ' mijn '],
	[/ zn /g, ' zijn '],
	[/ r een /g, ' er een '],
	[/ er 1 /g, ' er een '],
	[/ ff /g, ' even '],
	[/ zelf ?moo?rd?t? /g, ' zelfmoord '],
	[/ zelf ?doding /g, ' zelfdoding '],
	[/ self ?harm/g, ' selfharm'],
	[/ kms /g, ' kill myself '],
	[/ wanna /g, ' want to '],
	[/ gonna /g, ' going to '],
	[/ ( ?i ?)m /g, ' i am '],
	[/ ive /g, ' i have '],
	[/ dont /g, ' do not '],
	[/ don t /g, ' do not '],
	[/ cant /g, ' cannot '],
	[/ can t /g, ' cannot '],
	[/ can not /g, ' cannot '],
	[/ wont /g, ' will not '],
	[/ theres /g, ' there is '],
	[/ my self /g, ' myself '],
	[/ me zelf /g, ' mezelf '],
	[/ mijn zelf /g, ' mezelf '],
	[/ mij zelf /g, ' mijzelf '],
	[/ mijzelf /g, ' mezelf '],
	[/ mzelf /g, ' mezelf '],
	[/ einde /g, ' eind ']
];

/** Long key words, so a typo within one or two letters still counts. */
const fuzzyWords = [
	'zelfmoord',
	'zelfdoding',
	'suicidaal',
	'suicidale',
	'suicide',
	'suicidal',
	'zelfbeschadiging',
	'automutilatie',
	'overdosis',
	'overdose',
	'selfharm',
	'selfharming',
	'myself',
	'mezelf'
];

function editDistanceAtMost(a: string, b: string, max: number): boolean {
	if (Math.abs(a.length - b.length) > max) return false;
	let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const v = Math.min(
				prev[j] + 1,
				cur[j - 1] + 1,
				prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
			);
			cur.push(v);
			best = Math.min(best, v);
		}
		if (best > max) return false;
		prev = cur;
	}
	return prev[b.length] <= max;
}

/** Replaces near-misses of the key words by the key word ("zelfmoort", "suicde", "myslef"). */
function fixTypos(t: string): string {
	return t
		.split(' ')
		.map((w) => {
			if (w.length < 6 || fuzzyWords.includes(w)) return w;
			for (const k of fuzzyWords) {
				const max = k.length >= 9 ? 2 : 1;
				// Keep compounds such as "zelfmoordpreventie" whole: only similar lengths.
				if (editDistanceAtMost(w, k, max)) return k;
			}
			return w;
		})
		.join(' ');
}

type Rule = { id: string; re: RegExp };

const W = '(?:\\S+ )'; // one word and its space
const me = '(?:mezelf|me)';
const body = '(?:arm|armen|pols|polsen|been|benen|huid|buik|dijen|bovenbenen)';

/** Patterns over the normalised text; each has an id that says what it recognised. */
const rules: Rule[] = [
	// Dutch
	{ id: 'nl_zelfmoord', re: /\b(zelfmoord|zelfdoding|suicid\w*|zelfmoordgedachten)\b/ },
	{
		id: 'nl_niet_meer_zitten',
		re: new RegExp(`\\bzie (het|dat|alles) ${W}{0,3}niet meer zitten\\b`)
	},
	{ id: 'nl_niet_meer_zijn', re: new RegExp(`\\bwil(len|de)? ${W}{0,3}er niet meer zijn\\b`) },
	{
		id: 'nl_niet_meer_leven',
		re: new RegExp(
			`\\b(wil(len|de|t)?|kan|kun) ${W}{0,3}niet (meer|langer) (leven|verder leven|doorleven)\\b|\\bniet (meer|langer) (willen|te willen|wil|wilt|wilde) (leven|verder leven)\\b`
		)
	},
	{
		id: 'nl_dood_willen',
		re: new RegExp(
			`\\b(wil(len|t|de)?|zou) ${W}{0,2}(gewoon |echt |liever |graag )?dood( zijn| gaan)?\\b(?! van\\b)|\\bdood (wil|willen|wilt|wilde)\\b|\\bliever dood\\b|\\bwas ik (maar|toch) dood\\b|\\bwou dat ik dood\\b`
		)
	},
	{
		id: 'nl_eind_eraan',
		re: /\b(er|het|mijn leven) (een )?eind (aan )?(maken|maak|te maken|gemaakt)\b|\been eind aan (mijn|het|m) leven\b|\ber (een )?eind aan (maken|te maken|maak)\b|\ber tussenuit (stappen|knijpen)\b/
	},
	{
		id: 'nl_mezelf_iets_aandoen',
		re: new RegExp(
			`\\b${me} (iets|wat|wat ergs|iets ergs) ${W}{0,2}(aan|aandoe|aandoen)\\b|\\b${me} aan ?(te )?(gaan )?doen\\b`
		)
	},
	{
		id: 'nl_zelfbeschadiging',
		re: new RegExp(
			`\\b(zelfbeschadiging|automutilatie)\\b|\\b${me} ${W}{0,2}(pijn doen|pijn te doen|snijden|snij|krassen|kras|branden|beschadigen|slaan)\\b|\\b(doe|deed|doen) ${me} ${W}{0,1}pijn\\b|\\b(snij|snijd|sneed|kras|krast|kraste)t? ${me}\\b|\\b(snij|snijd|snijdt|kras|krast|krassen|snijden) ${W}{0,2}in (mijn|haar|zijn|de) ${W}?${body}\\b|\\b(krab|krabt|krabben|krabde|snij|snijd|snijdt|kras|krast|krassen) (mijn|haar|zijn) ${body} (open|kapot|stuk)\\b|\\b(weer|opnieuw|ben|is|was|begonnen met|gestopt met) (gaan |aan het )?(snijden|krassen)\\b`
		)
	},
	{
		id: 'nl_pillen',
		re: new RegExp(
			`\\b(pillen|medicijnen|tabletten|slaappillen) ${W}{0,2}(sparen|spaar|gespaard|opsparen|verzamelen|verzamel|verzameld|innemen in een keer|allemaal innemen)\\b|\\b(spaar|gespaard|sparen|verzamel|verzamelen|verzameld) ${W}{0,3}(pillen|medicijnen|tabletten|slaappillen)\\b|\\b(overdosis|overdose)\\b|\\balle ${W}{0,1}(pillen|tabletten) ${W}{0,2}(innemen|slikken|nemen)\\b`
		)
	},
	{
		id: 'nl_springen_ophangen',
		re: new RegExp(
			`\\bvoor (de|een) (trein|metro|vrachtwagen) ${W}{0,2}(springen|spring|te springen|lopen|gooien)\\b|\\bvan (de|een|het) (brug|flat|dak|balkon) ${W}{0,2}(af )?(springen|spring|te springen)\\b|\\b${me} ${W}{0,1}(ophangen|op te hangen|verhangen|te verhangen|verdrinken)\\b`
		)
	},
	{
		id: 'nl_zinloos',
		re: new RegExp(
			`\\bbeter af zonder mij\\b|\\bgeen (reden|zin) ${W}{0,1}(meer )?(om )?(nog )?(te |door te )?(leven|doorleven)\\b|\\b(leven|bestaan) (heeft|is) ${W}{0,3}(geen zin|zinloos|niets waard)\\b|\\bgeen zin meer in (het|mijn|dit) leven\\b|\\bgeen uitweg meer\\b|\\b(enige|laatste) uitweg\\b`
		)
	},
	{
		id: 'nl_leven_beeindigen',
		re: new RegExp(
			`\\b${me} ${W}{0,1}van kant (maken|te maken|gemaakt)\\b|\\b(mijn|het|m) leven ${W}{0,2}(beeindigen|beeindig|te beeindigen|nemen|te nemen)\\b|\\b(een )?punt ${W}{0,1}(achter|na) (mijn leven|het leven|alles)\\b|\\ber een punt achter (zetten|te zetten|zet) ${W}{0,1}(achter )?alles\\b|\\blevensmoe\\b|\\bafscheidsbrie(f|ven)\\b`
		)
	},
	{
		id: 'nl_gesneden',
		re: new RegExp(`\\b${me} (weer |opnieuw |expres |express )?(gesneden|gekrast|beschadigd)\\b`)
	},
	{
		id: 'nl_er_niet_meer_zijn',
		re: /\b(als|dat) ik er niet (meer )?(ben|was|zou zijn)\b|\bik er beter niet (kan|kon) zijn\b|\bnooit geboren (was|ben)\b|\bweg uit (dit|het|mijn) leven\b|\bdood als (uitweg|oplossing)\b|\bwil mijn leven niet meer\b/
	},
	{
		id: 'nl_niet_wakker',
		re: /\b(nooit meer|niet meer) wakker (te )?(worden|word|wordt)\b/
	},
	{
		id: 'nl_verdwijnen',
		re: new RegExp(
			`\\b(wil|wilde|wou|zou willen) ${W}{0,2}(gewoon |echt |voorgoed |voor altijd )?verdwijnen\\b(?! (van|uit) (social|sociale|internet|facebook|instagram|whatsapp|de groep|de app))(?! ${W}{0,2}(op|naar) vakantie)`
		)
	},
	{
		id: 'nl_wil_niet_meer',
		// "ik wil niet meer" / "ik kan niet meer" as a whole sentence, and both together
		re: /\bik wil (echt |gewoon )?niet meer \. ik kan (echt |gewoon )?niet meer\b|\bik (wil|kan) (echt |gewoon )?niet meer (\.|en) ik (wil|kan) (echt |gewoon )?niet meer\b/
	},
	// English
	{
		id: 'en_kill_myself',
		re: /\b(kill|killing|killed|kil|kll) myself\b|\b(end|ending|take|taking) (it all|my (own )?life|my life|things for good)\b/
	},
	{ id: 'en_suicide', re: /\b(suicide|suicidal|selfharm|selfharming|selfharmed)\b/ },
	{
		id: 'en_hurt_myself',
		re: /\b(cut|cutting|hurt|hurting|harm|harming|burn|burning) myself\b/
	},
	{
		id: 'en_want_to_die',
		re: /\b(want|wanted|wish|wishing|going) to (just )?(die|be dead)\b|\bi wish i (was|were) dead\b|\bbetter off dead\b/
	},
	{
		id: 'en_not_alive',
		re: /\b(do not|no longer|not) want to (be alive|live|exist|wake up)\b|\b(not|never) (to )?wake up\b|\b(no|zero) (reason|point) (in |to )?(living|live|going on)\b|\bnothing (left )?to live for\b|\bnot worth living\b|\bcannot go on( anymore| any more| any longer)\b|\bcannot do this anymore\b|\bnot want to be here (anymore|any more|any longer)\b|\b(goodbye|suicide|farewell) (letter|note)s?\b/
	},
	{
		id: 'en_better_off',
		re: /\b(be|are|is) better off without me\b|\b(better|happier)( off)? (if|when) i (was|were|am) (gone|dead|not here)\b|\bnever been born\b/
	},
	{
		id: 'en_end_it',
		re: /\b(going to|will|want to|wanting to) end it (tonight|today|now|soon|for good)\b|\bpoint (in |of )?(living|going on|being alive)\b|\bstop existing\b|\b(keep|kept|started|been|am) cutting( again)?\s*(\.|$)/
	},
	{
		id: 'en_disappear',
		re: /\b(want|wanted|wish) to (just )?disappear\b(?! (from|off) (social|the internet|facebook|instagram|twitter|online|the group))(?! for a (while|bit|week|day))/
	},
	{
		id: 'en_pills',
		re: /\b(saving|save|saved|stockpiling|hoarding|collecting) (up )?(my |all my |the )?(pills|meds|tablets|medication)\b|\btake (them )?all (my |the )?(pills|meds|tablets)?\s?at once\b|\b(pills|meds|tablets) to take (them )?all at once\b/
	},
	{
		id: 'en_jump_hang',
		re: /\b(jump|jumping) (off|from) (a|the) (bridge|roof|building)\b|\b(jump|step) in front of (a|the) (train|bus|car)\b|\bhang myself\b/
	}
];

/** Texts that look like crisis wording and are not, removed before the rules run. */
const falseFriends: RegExp[] = [
	/\bdood (van het|van|vd) (lachen|schrik|verveling|honger|dorst|kou)\b/g,
	/\bzelfmoordpreventie\w*\b/g,
	/\b(113|zelfmoordlijn|zelfmoord ?preventie)\b/g,
	/\bsuicide prevention\b/g,
	// Bereaved: someone else died by suicide ("mijn broer heeft zelfmoord gepleegd").
	/\b(heeft|hebben|had|is) ${W}{0,3}(door )?zelfmoord (gepleegd|overleden|om het leven gekomen)\b/g,
	/\b(na|door) (de|zijn|haar|hun) zelfmoord\b/g,
	/\b(died|lost \S+( \S+)?) (by|to) suicide\b/g,
	/\b(took|taken) (his|her|their) (own )?life\b/g
].map((r) => new RegExp(r.source.replaceAll('${W}', W), r.flags));

/**
 * Whether `text` speaks of suicide or self-harm. `matched` names the rule that fired and the
 * words it fired on (for tests and the evaluation; never log it with the text).
 */
export function detectCrisis(text: string): CrisisResult {
	if (!text) return { crisis: false };
	let t = fixTypos(normaliseForCrisis(text.slice(0, 20_000)));
	for (const f of falseFriends) t = t.replace(f, ' ');
	t = ` ${t.replace(/\s+/g, ' ').trim()} `;
	for (const rule of rules) {
		const hit = rule.re.exec(t);
		if (hit) return { crisis: true, matched: `${rule.id}: ${hit[0].trim()}` };
	}
	return { crisis: false };
}
