/**
 * Plain-text helpers shared by theme recognition, suggestions and proposals. Pure
 * functions: no database, no locale state.
 */

/** Lower case, accents removed, everything that is not a letter or digit becomes a space. */
export function normalise(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/<[^>]*>/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Words of a normalised text, in order. */
export function tokens(text: string): string[] {
	const n = normalise(text);
	return n ? n.split(' ') : [];
}

/**
 * Dutch and English words that say nothing about a need. Used for frequent words in
 * proposals and for the full-text query, so "ik", "mijn", "the" never carry a match.
 */
export const stopwords = new Set(
	(
		'de het een en of maar dat die dit deze is ben bent zijn was waren wordt worden word ik jij je jou ' +
		'jouw u uw hij zij ze we wij ons onze mijn m mn me mij hem haar hun hen er hier daar niet geen wel ' +
		'ook nog al als dan toen om op in aan van voor met bij tot uit over naar door na te zo heel erg ' +
		'veel meer weinig wat wie waar hoe waarom wanneer omdat want dus nu nou even gewoon echt eigenlijk ' +
		'heb hebt heeft hebben had hadden kan kun kunt kunnen kon wil wilt willen wou zou zouden moet moeten ' +
		'mag mogen ga gaat gaan doe doet doen zit zitten sta staat kom komt komen krijg krijgt krijgen ' +
		'iets iemand niemand alles niks niets elke elk ieder alle andere anderen sinds sind tijd jaar jaren ' +
		'dag dagen week maand keer steeds vaak soms altijd nooit graag zoek zoeken hulp contact mensen ' +
		'praten delen hallo hoi hey beste groet groeten dank bedankt the a an and or but that this these ' +
		'those is am are was were be been being i you he she it we they me my mine our your his her their ' +
		'them us not no yes of in on at to for with from by about as into like so very much many more ' +
		'some any all other others what who where how why when because since just really also have has ' +
		'had do does did can could will would should may might must get got go going want looking look ' +
		'find help people talk share hi hello thanks thank please know dont im ive id its there here'
	).split(' ')
);

/** Content words: normalised, no stopwords, no digits-only, at least three letters. */
export function contentWords(text: string): string[] {
	return tokens(text).filter((w) => w.length >= 3 && !stopwords.has(w) && !/^\d+$/.test(w));
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours), stopping
 * early above `max`: used to forgive typos such as "autsime" or "schlden".
 */
export function editDistance(a: string, b: string, max = 2): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	// Three rolling rows (this one, the one before, the one before that) instead of a matrix.
	let older = new Array<number>(b.length + 1).fill(0);
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	let current = new Array<number>(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++) {
		current[0] = i;
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, older[j - 2] + 1);
			}
			current[j] = d;
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
		[older, previous, current] = [previous, current, older];
	}
	return previous[b.length];
}

/** Rough language guess for texts without a `lang`: counts typical Dutch and English words. */
export function guessLanguage(text: string): 'nl' | 'en' {
	const dutch = new Set([
		'de',
		'het',
		'een',
		'ik',
		'mijn',
		'en',
		'is',
		'niet',
		'van',
		'met',
		'ben'
	]);
	const english = new Set(['the', 'a', 'i', 'my', 'and', 'is', 'not', 'of', 'with', 'am', 'to']);
	let score = 0;
	for (const w of tokens(text)) {
		if (dutch.has(w)) score++;
		if (english.has(w)) score--;
	}
	return score < 0 ? 'en' : 'nl';
}
