/**
 * Distress wording for the lighter outcome of the crisis check, "concern": a text that is heavy
 * or hopeless but not judged a crisis ("ik kan niet meer", "alles is me te veel", "niemand zou
 * het merken", no way out, worry about someone else's safety). The writer then sees one calm
 * line with 113 above the suggested circles; the circles stay, nobody is alerted and nothing
 * is stored. Each pattern reads the text as `prepareForCrisis` leaves it (lower case, accents
 * off, chat spelling written out, sentence breaks as " . ", false friends cut out).
 *
 * Kept narrow on purpose: tiredness ("doodmoe", "ik ben op"), burnout at work, grief and
 * "ik kan niet meer lopen" stay ordinary, because a line about 113 under every tired carer's
 * question would teach residents to overlook it.
 */

const end = '(?= \\.| en | maar | of |\\s*$)';

/** "te veel werk", "too much hassle", "too much for me to climb": an amount, not despair. */
const notDistress = String.raw`(werk|gedoe|papierwerk|geregel|rompslomp|geld|moeite|kosten|om te|voor (me|mij) om|work|hassle|trouble|paperwork|money|effort|noise|to do|for (me|us|one) to (do|climb|walk|carry|lift|drive|cook|clean|manage))\b`;

const patterns: { id: string; re: RegExp }[] = [
	// "ik kan niet meer." / "ik kan het niet meer aan" / "ik trek het niet meer"
	{
		id: 'nl_cannot_go_on',
		re: new RegExp(
			`\\bik (kan|kon) (het |dit )?(echt |gewoon |bijna |soms )?(gewoon )?niet meer${end}`
		)
	},
	{
		id: 'nl_cannot_cope',
		re: /\bik (kan|kon) (het|dit|alles|het leven) (echt |gewoon |bijna )?niet meer aan\b(?! \S+( \S+)? (vragen|geven|zeggen|vertellen|laten|doen)\b)|\bik trek (het|dit) (echt |gewoon )?niet meer\b|\bik hou (het|dit) (echt |gewoon )?niet (lang )?meer vol\b/
	},
	// "alles is (me) te veel" / "het wordt me allemaal te veel"
	{
		id: 'nl_too_much',
		re: new RegExp(
			String.raw`\b(alles|het leven) (is|wordt|werd|was) (me |mij )?(gewoon |echt |allemaal )?(te ?veel|zo zwaar)\b(?! ${notDistress})|\bhet (is|wordt|werd) (me |mij )?allemaal (gewoon |echt )?(te ?veel|zo zwaar)\b(?! ${notDistress})`
		)
	},
	// "niemand zou het merken / me missen"
	{
		id: 'nl_nobody_would_notice',
		re: /\bniemand (zou|zal|die) (het |me |mij )?(merken|missen|opvallen)\b|\bniemand zou (het )?(erg vinden|iets merken)\b/
	},
	// Hopeless: no point, no way out, no hope left.
	{
		id: 'nl_hopeless',
		re: /\b(het|alles|mijn leven|leven) (heeft|had) (allemaal )?(echt |gewoon )?geen zin meer\b(?! om )|\bwaarom (zou ik )?(nog )?doorgaan\b|\bik zie geen (uitweg|toekomst|licht|hoop|oplossing) meer\b|\bgeen (uitweg|hoop) meer\b|\bik zie (er )?geen (uitweg|licht aan het einde)\b|\buitzichtloos\b|\bik voel me (zo |heel |echt )?(hopeloos|waardeloos|wanhopig)\b(?! (op zoek|naar|om)\b)|\bik ben (zo |heel |echt )?wanhopig\b(?! (op zoek|naar|om)\b)/
	},
	// Exhaustion with no way out: tired of everything, of fighting, of living.
	{
		id: 'nl_tired_of_all',
		re: /\b(ik ben )?(zo |echt |gewoon )?moe van (alles|het leven|het vechten|vechten|mezelf)\b(?! (wat|dat|die|met|rond|om)\b)|\bik wil (gewoon )?dat (het|alles) (allemaal )?(ophoudt|stopt|voorbij is)\b(?! (met|als|zodra|voor)\b)/
	},
	// Worry about someone else that is not clear enough for a crisis.
	{
		id: 'nl_worry_other',
		re: /\bzorgen (om|over) (zijn|haar|hun) veiligheid\b|\bbang dat (hij|zij|ze) (iets doms|iets stoms|iets raars) (gaat )?doe|\bbang dat (hij|zij|ze) (het )?niet (meer )?(aankan|volhoudt|redt)\b|\b(hij|zij|ze) (ziet|zag) (het )?(geen uitweg|niets meer zitten)\b/
	},
	{
		id: 'en_cannot_go_on',
		re: new RegExp(
			`\\bi (cannot|can not|could not|cant) (do this|do it|take it|take this|cope|go on|keep going|handle (it|this|anything))( any ?more| much longer)?${end}|\\bi (cannot|cant) (do this |take it |cope )?any ?more${end}`
		)
	},
	{
		id: 'en_too_much',
		re: new RegExp(
			String.raw`\b(everything|it|life) (is|has become|feels|gets) (all )?(just )?(too much|unbearable)\b(?! ${notDistress})|\bits all (just )?too much\b(?! ${notDistress})`
		)
	},
	{
		id: 'en_nobody_would_notice',
		re: /\b(no one|nobody|noone) would (even )?(notice|miss me|care|notice if)\b/
	},
	{
		id: 'en_hopeless',
		re: /\bi (feel|am) (so |completely |totally |just )?(hopeless|worthless|desperate)\b(?! (at|with|for|to) )|\b(there is|theres|i see) no (way out|hope left|point any ?more|point in anything|future)\b|\bno way out\b|\bwhat is the point (of|in) (anything|it all|going on|living|trying)\b|\bnothing (matters|makes sense) any ?more\b/
	},
	{
		id: 'en_tired_of_all',
		re: /\b(so |just )?tired of (everything|fighting|life|living|it all|being alive)\b|\bi (just )?want (it|everything) (all )?to (stop|end|be over)\b/
	},
	{
		id: 'en_worry_other',
		re: /\bworried (about|for) (his|her|their) (safety|life)\b|\bafraid (that )?(he|she|they) (will|might|would|is going to|are going to) do something (stupid|drastic)\b|\b(he|she|they) (says|said|feels) (there is|theres) no (way out|point)\b/
	}
];

/** The id and words of the first distress pattern in a prepared text, else null. */
export function distressCue(prepared: string): string | null {
	for (const p of patterns) {
		const hit = p.re.exec(prepared);
		if (hit) return `${p.id}: ${hit[0].trim()}`;
	}
	return null;
}
