/**
 * Words as matching compares them: Dutch and English Snowball stems (@orama/stemmers, plain
 * JavaScript, nothing downloaded), Dutch compounds split into their parts
 * ("schuldhulpverlening" -> schuld, hulp, verlening), stop words out. Used for the circles'
 * texts and the question alike, so "overleden" meets "overlijden" and "pleegzoon" meets
 * "pleegouders". Pure functions.
 */
import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer as englishStemmer } from '@orama/stemmers/english';
import { normalise, stopwords } from './text';

/**
 * Words that are not stop words in grammar but say nothing about what someone needs, so a
 * match on them is hollow ("past bij: leven"). Never a reason, never a search term.
 */
export const hollowWords = new Set(
	(
		'leven life live living lives mens persoon person dingen ding thing things manier way ' +
		'gewoon normal beetje bit goed good slecht bad groot big klein small nieuw new oud old ' +
		'lang long kort short vaak often eerste first andere other elkaar each samen together ' +
		'welkom welcome kring circle groep group wij ons we us jullie your zijn alle every ' +
		'maken make doen gaan komen krijgen zeggen vinden denken weten snappen understand ' +
		'meer more minder less thuis home huis house dag day avond evening ochtend morning ' +
		'middag afternoon week maand month jaar year uur hour tijd time keer moment ' +
		'wat waar welke iedereen everyone anyone someone iemand mensen people vraag question ' +
		'hulp help helpen delen share praten talk luisteren listen graag like love ' +
		'zoek zoeken looking find vinden weet know echt really heel very zo so ' +
		'same zelfde hetzelfde situation situatie meet ontmoeten husband wife care would could ' +
		'feel voel voelt other anders moeilijk hard difficult lot veel ' +
		'wijk buurt neighbourhood area stad city town dorp village straat street ' +
		// Prepositions and fillers the stop list leaves in ("naast mijn baan" is not about
		// the circle for those who stand "naast iemand met een verslaving").
		'naast tegen zonder tussen onder boven achter binnen buiten tijdens vanaf via per ' +
		'weer toch best beside besides next without between under behind during'
	).split(' ')
);

const cache = new Map<string, string>();
function memo(key: string, f: () => string): string {
	let v = cache.get(key);
	if (v === undefined) {
		v = f();
		if (cache.size > 50_000) cache.clear();
		cache.set(key, v);
	}
	return v;
}

export function stemDutch(word: string): string {
	return memo(`n:${word}`, () => dutchStemmer(word));
}
export function stemEnglish(word: string): string {
	return memo(`e:${word}`, () => englishStemmer(word));
}

/**
 * Dutch words and word parts compounds are built from: the lexicon's themes and everyday
 * care words. Compound parts are looked up here (and in the circles' own words).
 */
export const compoundParts = new Set(
	(
		'schuld schulden hulp verlening pleeg zoon dochter kind kinderen ouder ouders mantel zorg ' +
		'zorgen taken taak geld rouw verwerking verlies werk werken loos loosheid zoek zoekend ' +
		'taal les maatje school thuis dag besteding huis arts partner broer zus moeder vader ' +
		'gezin gezins voogd familie netwerk crisis plaatsing alcohol drank drugs gok gokken ' +
		'verslaving probleem problemen spel spelen hersen letsel infarct bloeding schudding ' +
		'tumor schade ziekte ziek ziekenhuis pijn rug hart long kanker angst paniek aanval ' +
		'aanvallen stoornis depressie burn out stress slaap eet eten lees lezen schrijf schrijven ' +
		'reken rekenen brief brieven post rekening rekeningen huur achterstand beslag loon ' +
		'energie toeslag toeslagen belasting uitkering bijstand sollicitatie gesprek baan ' +
		'vrijwilliger vrijwilligers eenzaam eenzaamheid vriend vrienden vriendin buur buren ' +
		'buurt wijk oud ouderen senioren pensioen rolstoel beperking handicap gehoor zicht ' +
		'doof blind scheiding echt ex omgang regeling co ouderschap alleen staand staande ' +
		'nieuw komer komers vlucht vluchteling inburgering status houder jong jonge jongeren ' +
		'tiener tieners puber pubers baby peuter kleuter opvoeding opvoed opvoeden dementie ' +
		'mantelzorg geheugen verpleeg verzorg verzorging respijt thuiszorg mantelzorger zelf hulpverlening ' +
		'schuldhulp geldzorgen zorg zorgtaken overlijden dood begrafenis crematie ' +
		// Words circles are named with ("Mantelzorgcafé", "Taaltafel", "Koffieochtend").
		'cafe tafel ochtend inloop kring groep'
	).split(' ')
);

function isPart(part: string, extra?: Set<string>): boolean {
	return part.length >= 2 && (compoundParts.has(part) || (extra?.has(part) ?? false));
}

/**
 * Splits a Dutch compound into known parts, allowing the linking -s- and -en-/-e-
 * ("werkloosheidsuitkering" -> werkloosheid, uitkering). Returns [] when the word is not
 * a compound of known parts. At most three parts.
 */
export function splitCompound(word: string, extra?: Set<string>, depth = 0): string[] {
	if (word.length < 6 || depth > 2) return [];
	for (let i = word.length - 2; i >= 2; i--) {
		const head = word.slice(0, i);
		let rest = word.slice(i);
		let headOk = isPart(head, extra) && head.length >= 3;
		if (!headOk && head.endsWith('s') && isPart(head.slice(0, -1), extra) && head.length > 3) {
			headOk = true;
		}
		if (!headOk) continue;
		const cleanHead = isPart(head, extra) ? head : head.slice(0, -1);
		if (isPart(rest, extra) && rest.length >= 3) return [cleanHead, rest];
		if (rest.startsWith('s') && isPart(rest.slice(1), extra) && rest.length > 3) {
			return [cleanHead, rest.slice(1)];
		}
		const deeper = splitCompound(rest, extra, depth + 1);
		if (deeper.length) return [cleanHead, ...deeper];
		if (isPart(rest.replace(/^(en|e)/, ''), extra) && rest.replace(/^(en|e)/, '').length >= 3) {
			return [cleanHead, rest.replace(/^(en|e)/, '')];
		}
		rest = rest.replace(/^s/, '');
		const deeper2 = splitCompound(rest, extra, depth + 1);
		if (deeper2.length) return [cleanHead, ...deeper2];
	}
	return [];
}

/** A compound's parts, and the parts of those parts ("schuldhulpverlening" -> schuldhulp, schuld, hulp, verlening). */
const piecesCache = new Map<string, string[]>();

export function compoundPieces(word: string, extra?: Set<string>): string[] {
	// Without extra parts the answer depends on the word only: remembered (a letter's words
	// recur across questions, and splitting tries every cut).
	if (!extra) {
		const known = piecesCache.get(word);
		if (known) return known;
		if (piecesCache.size > 50_000) piecesCache.clear();
		const found = compoundPiecesOf(word);
		piecesCache.set(word, found);
		return found;
	}
	return compoundPiecesOf(word, extra);
}

function compoundPiecesOf(word: string, extra?: Set<string>): string[] {
	const parts = splitCompound(word, extra);
	const out = [...parts];
	for (const p of parts) out.push(...splitCompound(p, extra));
	return out.filter((p) => p.length >= 3 && !hollowWords.has(p) && !stopwords.has(p));
}

/** Content words of a text (normalised, no stop or hollow words, 3+ letters). */
export function meaningfulWords(text: string): string[] {
	return normalise(text)
		.split(' ')
		.filter((w) => w.length >= 3 && !stopwords.has(w) && !hollowWords.has(w) && !/^\d+$/.test(w));
}

/**
 * Terms of a question: for each meaningful word its Dutch and English stems (a question may
 * be in either, or both), plus the stems of its compound parts.
 */
export function questionTerms(text: string, extra?: Set<string>): string[] {
	const out: string[] = [];
	for (const w of meaningfulWords(text).slice(0, 2_000)) out.push(...wordTerms(w, extra));
	return out;
}

/** The terms of one meaningful word of a question (see questionTerms). */
export function wordTerms(w: string, extra?: Set<string>): string[] {
	const out = [stemDutch(w)];
	const en = stemEnglish(w);
	if (en !== out[0]) out.push(en);
	for (const part of compoundPieces(w, extra)) out.push(stemDutch(part));
	const base = agentBase(w);
	if (base && !out.includes(stemDutch(base))) out.push(stemDutch(base));
	return out;
}

/**
 * The activity a Dutch agent noun is named after, when it is a known word part:
 * "mantelzorger(s)" -> mantelzorg, "gokker" -> gok, "vrijwilligers" stays (no known base).
 * So a carer meets the "Mantelzorgcafé" as well as the circles named for carers.
 */
export function agentBase(word: string): string | null {
	const m = /^(.{3,})ers?$/.exec(word);
	if (!m) return null;
	// A doubled consonant belongs to the suffix: "gokker" -> gok.
	const base = /([^aeiou])\1$/.test(m[1]) ? m[1].slice(0, -1) : m[1];
	return base.length >= 3 && base !== word && compoundParts.has(base) && !hollowWords.has(base)
		? base
		: null;
}

/** Terms of a text in one known language (a circle's Dutch or English description). */
export function documentTerms(text: string, lang: 'nl' | 'en', extra?: Set<string>): string[] {
	const out: string[] = [];
	for (const w of meaningfulWords(text)) {
		out.push(lang === 'nl' ? stemDutch(w) : stemEnglish(w));
		if (lang === 'nl') {
			for (const part of compoundPieces(w, extra)) out.push(stemDutch(part));
		}
	}
	return out;
}
