import { describe, expect, it } from 'vitest';
import {
	compoundPieces,
	documentTerms,
	hollowWords,
	meaningfulWords,
	questionTerms,
	splitCompound
} from './analyse';
import { buildBm25, idf, scoreBm25 } from './bm25';
import { fitConfidence, rankCircles, type CandidateCircle, type QuestionProfile } from './scoring';
import { recogniseByRules, recogniseThemes, themeSlugs } from './themes';

/** The rules' themes with their weaker hints (from half a clear clue), before the model. */
const hints = (text: string) => recogniseByRules(text, 3, 0.5).map((t) => t.slug);

describe('words as matching compares them', () => {
	it('splits Dutch compounds into known parts', () => {
		expect(splitCompound('pleegzoon')).toEqual(['pleeg', 'zoon']);
		expect(splitCompound('mantelzorgtaken')).toEqual(['mantelzorg', 'taken']);
		expect(compoundPieces('schuldhulpverlening')).toEqual(
			expect.arrayContaining(['schuldhulp', 'schuld'])
		);
		expect(splitCompound('autisme')).toEqual([]);
		expect(splitCompound('kat')).toEqual([]);
	});

	it('stems Dutch and English, so word forms meet', () => {
		const doc = new Set(documentTerms('Pleegouders onder elkaar, schulden en geldzorgen', 'nl'));
		expect(questionTerms('mijn pleegzoon').some((t) => doc.has(t))).toBe(true);
		expect(questionTerms('ik heb een schuld').some((t) => doc.has(t))).toBe(true);
		const en = new Set(documentTerms('Getting out of debt together', 'en'));
		expect(questionTerms('my debts').some((t) => en.has(t))).toBe(true);
	});

	it('leaves out stop words and hollow words', () => {
		expect(meaningfulWords('Het leven is zwaar met de schulden, same situation')).toEqual([
			'zwaar',
			'schulden'
		]);
		expect(hollowWords.has('leven')).toBe(true);
	});
});

describe('BM25', () => {
	it('ranks the document that shares the rare words first', () => {
		const index = buildBm25([
			['rouw', 'verlies', 'samen'],
			['schuld', 'post', 'samen'],
			['taal', 'samen']
		]);
		const scores = scoreBm25(index, ['schuld', 'samen']);
		expect(scores[1]).toBeGreaterThan(scores[0]);
		expect(scores[2]).toBeLessThan(scores[1]);
		expect(idf(index, 'samen')).toBeLessThan(idf(index, 'schuld'));
		expect(scoreBm25(index, ['onbekend'])).toEqual([0, 0, 0]);
	});
});

describe('theme recognition on real wording', () => {
	it('reads colloquial, indirect and misspelt questions', () => {
		expect(themeSlugs('mijn man vergeet alles en ik sta er alleen voor')).toEqual(
			expect.arrayContaining(['dementia', 'family-caregiving'])
		);
		expect(themeSlugs('de deurwaarder stond weer op de stoep')).toContain('debt');
		expect(themeSlugs('sinds mama er niet meer is kom ik mijn bed niet uit')).toContain('grief');
		expect(themeSlugs('mijn dogter heeft adhd en concetratie problemen')).toContain('adhd');
		expect(themeSlugs('Zit de hele dag in me uppie, niemand belt')).toContain('loneliness');
	});

	it('reads "er niet meer" as a loss only when someone is no longer there', () => {
		expect(themeSlugs('papa is er niet meer sinds ik 8 was')).toContain('grief');
		expect(themeSlugs('nu is ze er niet meer en weet ik niet wat ik moet')).toContain('grief');
		// A wish to die (the crisis check answers it) and everyday "er niet meer" are not grief.
		expect(themeSlugs('ik wil er niet meer zijn')).not.toContain('grief');
		expect(themeSlugs('ik kan er niet meer tegen, het lawaai van de buren')).not.toContain('grief');
	});

	it('reads a young carer who gives the age as in a chat or after a name', () => {
		expect(themeSlugs('hey, 19, looking after my mum with MS while at uni')).toContain(
			'young-carers'
		);
		expect(themeSlugs('ik ben Noor, 21. mijn vader drinkt en ik regel alles thuis')).toContain(
			'young-carers'
		);
		// A duration or an amount is no age; "ik ben al 20 jaar" is not a young writer (the
		// rules' reading: the model may still weigh the words).
		const rules = (text: string) => recogniseByRules(text).map((t) => t.slug);
		expect(rules('20 euro per week voor de boodschappen van mijn moeder')).not.toContain(
			'young-carers'
		);
		expect(rules('ik ben al 20 jaar mantelzorger voor mijn moeder met parkinson')).not.toContain(
			'young-carers'
		);
	});

	it('reads a neighbour named with an age of 65 or more as someone old', () => {
		expect(themeSlugs('Onze buurvrouw mevrouw de Wit (84) komt de deur niet meer uit')).toContain(
			'older-people'
		);
		expect(themeSlugs('my neighbour Mr Haddou 71 falls a lot and lives alone')).toContain(
			'older-people'
		);
		// A parent named with an age who forgets is a carer's question about dementia.
		expect(
			themeSlugs('mijn moeder (81) vergeet steeds of ze gegeten heeft en raakt de weg kwijt')
		).not.toContain('older-people');
	});

	it('reads English typed without apostrophes as with them', () => {
		expect(themeSlugs('we moved here in june and i dont know anybody yet')).toContain('loneliness');
	});

	it('reads not being oneself and weeks indoors as low mood', () => {
		expect(themeSlugs('sinds de verhuizing ben ik mezelf niet meer')).toContain('mental-health');
		expect(themeSlugs("haven't left the house in two weeks, no idea why")).toContain(
			'mental-health'
		);
		expect(themeSlugs('ik trakteer mezelf niet vaak, welke taart is lekker?')).not.toContain(
			'mental-health'
		);
	});

	it('reads an age of 65 or more first in a chat, or with "zelf" or "already", as someone old', () => {
		expect(themeSlugs('82, weduwe, zoek gezelschap op zondag')).toContain('older-people');
		expect(themeSlugs('mijn man is al 81 en ik ben zelf 77, het huis wordt te groot')).toContain(
			'older-people'
		);
		expect(themeSlugs('70 euro voor een fietsslot, waar koop ik dat goedkoper?')).not.toContain(
			'older-people'
		);
	});

	it('reads a parent left alone with the children as a single parent', () => {
		expect(themeSlugs('he moved out in spring and now it is just me and the kids')).toContain(
			'single-parents'
		);
	});

	it('reads gambling in the past tense, worry that does not stop and a partner who leaves in non-native English', () => {
		expect(themeSlugs('mijn broer heeft zijn hele spaargeld vergokt')).toContain('addiction');
		expect(themeSlugs('gisteren weer gegokt en nu is het geld op')).toContain('addiction');
		expect(themeSlugs('I can’t stop worrying about everything, day and night')).toContain(
			'mental-health'
		);
		expect(themeSlugs('my wife leave me last year and take the car')).toContain('divorce');
	});

	it('reads sobriety counted in time as addiction, a mother who did not know her child as dementia, and "door de put" as low mood', () => {
		expect(themeSlugs('na 9 maanden nuchter zijn verjaardagen nog steeds zwaar')).toContain(
			'addiction'
		);
		expect(themeSlugs('six weeks sober now and the weekends are the hardest')).toContain(
			'addiction'
		);
		expect(themeSlugs('ik ben heel nuchter over dit soort dingen')).not.toContain('addiction');
		expect(themeSlugs('ze zit helemaal door de put sinds de zomer')).toContain('mental-health');
		expect(
			themeSlugs('ik zorg voor mijn moeder en vandaag herkende ze me even niet, ze vergeet alles')
		).toContain('dementia');
		expect(themeSlugs('ik herkende mezelf even niet in de spiegel na de kapper')).not.toContain(
			'dementia'
		);
	});

	it('reads low mood told by what it took away (joy, interest, feeling), not a dislike', () => {
		expect(
			themeSlugs('sinds de zomer interesseren de dingen die ik leuk vond me niks meer')
		).toContain('mental-health');
		expect(themeSlugs('I can’t enjoy anything since the move, I just stay in')).toContain(
			'mental-health'
		);
		expect(themeSlugs('I go to work and come back and feel nothing at all, just flat')).toContain(
			'mental-health'
		);
		expect(themeSlugs('I don’t enjoy cooking, does anyone share easy recipes?')).not.toContain(
			'mental-health'
		);
		expect(themeSlugs('days pass and I talk to no one except the cashier')).toContain('loneliness');
	});

	it('reads a child who does the care at home as a young carer, not a child who is ill', () => {
		expect(
			themeSlugs(
				'Ik heb reuma en het gaat slechter. Mijn dochter van 13 doet de boodschappen en helpt me met aankleden.'
			)
		).toContain('young-carers');
		expect(
			themeSlugs('my son of 15 cooks every night since my husband’s stroke, he never sees friends')
		).toContain('young-carers');
		expect(
			themeSlugs('Mijn dochter van 9 heeft diabetes, ik doe de medicijnen en het koken.')
		).not.toContain('young-carers');
		expect(themeSlugs('17 here. my dad drinks and i do everything at home')).toContain(
			'young-carers'
		);
		// The child's age told with "is", and the care as helping a parent.
		expect(
			themeSlugs(
				'Mijn vrouw zit na een beroerte in een rolstoel. Onze dochter is 14, zij helpt mama met tillen.'
			)
		).toContain('young-carers');
		expect(
			themeSlugs('Onze dochter is 14 en is autistisch, ik doe de boodschappen met haar.')
		).not.toContain('young-carers');
	});

	it('reads a few months here or a place the lists do not know as new to Alphen, not a family or a town told twice', () => {
		expect(themeSlugs('ik woon hier pas vier maanden en ken nog niemand')).toContain('newcomers');
		expect(themeSlugs('ik kom uit Lier, ben een Vlaamse')).toContain('newcomers');
		expect(themeSlugs('we zijn uit elkaar sinds mei')).not.toContain('newcomers');
		expect(themeSlugs('ik woon hier al 30 jaar en zoek een wandelgroep')).not.toContain(
			'newcomers'
		);
		// Deaf, moved here from a town nearby: the need is the disability, named first.
		expect(
			themeSlugs(
				'I am deaf and moved here from Delft. I use sign language; are there deaf people who meet up?'
			)[0]
		).toBe('disability');
	});

	it('reads an ex who stopped paying alimony as a parent raising the children alone', () => {
		expect(
			themeSlugs('sinds de zomer betaalt mijn ex geen alimentatie, de meiden wonen bij mij')
		).toContain('single-parents');
		expect(themeSlugs('my ex has not paid child support since March, what can I do?')).toContain(
			'single-parents'
		);
	});

	it('reads a partner who lost a job as work, unless an addiction or dementia explains it', () => {
		expect(
			themeSlugs('mijn vrouw is sinds de zomer werkloos en komt niet meer van de bank')
		).toContain('work');
		expect(themeSlugs('my wife lost her job in May and I do not know how to help her')).toContain(
			'work'
		);
		// A job named in passing or kept is still no work question.
		expect(themeSlugs('mijn man werkt veel, ik zit thuis met de kleine')).not.toContain('work');
		// The lost job as a consequence of the drinking: the drinking is the question.
		expect(
			themeSlugs(
				'hij drinkt elke avond een fles wijn, hij is zijn baan al kwijt, ik weet het niet meer'
			)
		).not.toContain('work');
	});

	it('reads asking how to get a job as work, and a job one moved for as context', () => {
		expect(themeSlugs('got any advice for a job interview on monday? first in years')).toContain(
			'work'
		);
		expect(themeSlugs('wie heeft tips voor een sollicitatie, ik ben zo zenuwachtig')).toContain(
			'work'
		);
		expect(
			themeSlugs('I moved to Alphen for a job last spring and I still know nobody here')
		).not.toContain('work');
	});

	it('reads an accident that left a brain injury as the injury, and one without as a loss', () => {
		const injured = hints(
			'mijn zus is met de fiets verongelukt en heeft nu hersenletsel, ik ben 16'
		);
		expect(injured).toContain('brain-injury');
		expect(injured).not.toContain('grief');
		expect(themeSlugs('mijn zus is vorig jaar verongelukt, ik mis haar elke dag')).toContain(
			'grief'
		);
	});

	it('reads English "kind" as kind, not as a Dutch child', () => {
		expect(hints('I have MS and I am kind of lost these days. Kind regards, Tom')).not.toContain(
			'parenting'
		);
		expect(themeSlugs('mijn kind heeft autisme, wie herkent dit?')).toContain('parenting');
	});

	it('reads short everyday signs: days counted without a drink, another year, a day without them', () => {
		expect(hints('week 2 zonder gokken, het gaat')).toContain('addiction');
		expect(hints('day 5 and still no booze')).toContain('addiction');
		expect(hints('day 3 of the diet, no sugar')).not.toContain('addiction');
		expect(hints('mijn moeder denkt dat het 1962 is')).toContain('dementia');
		expect(hints('first birthday without mum, what do you do on such a day')).toContain('grief');
		expect(hints('my aunt lost her husband in May')).toContain('grief');
		expect(hints('wie kan helpen met kwijtschelding van de gemeentebelasting')).toContain('debt');
		expect(hints('alles voelt grijs de laatste tijd')).toContain('mental-health');
		expect(hints('is the walking group still on? new to Ridderveld')).toContain('newcomers');
		expect(hints('onze kleine van 3 praat nog niet en zet alles op een rij')).toContain('autism');
	});

	it('reads compounds for every theme in them', () => {
		expect(themeSlugs('Ik heb gokschulden van online casino')).toEqual(
			expect.arrayContaining(['debt', 'addiction'])
		);
		expect(themeSlugs('Wij hebben sinds kort een pleegzoon')).toContain('foster-care');
		// A kind of foster care the splitter does not know in front: the ending says it.
		expect(themeSlugs('hoe word je vakantiepleegouders?')).toContain('foster-care');
	});

	it('does not take a denied clue at its word', () => {
		// A group said not to be wanted, from a few words off: not even a hint.
		expect(
			hints('Diagnosed autistic at 29. Not looking for parent groups, just other autistic adults.')
		).not.toContain('parenting');
		expect(
			hints("dad is 90 and frail. I don't need a dementia group, just carers to talk to")
		).not.toContain('dementia');
		expect(
			themeSlugs('Ik ben niet gehandicapt, maar wel altijd moe door mijn reuma')
		).not.toContain('disability');
		expect(themeSlugs('Ik ben niet ziek, ik heb gewoon geen werk')).toEqual(['work']);
		// "geen werk", "geen vrienden": here the absence is the need.
		expect(themeSlugs('Ik heb geen vrienden hier')).toContain('loneliness');
	});

	it('hears a parent alone, a lost job, panic and gaming by their signs (round 21)', () => {
		// The only parent, told without the word; not "alleen" as "only", nor adult company.
		expect(
			hints('My neighbour lost her husband last year and now raises three kids alone.')
		).toContain('single-parents');
		expect(
			hints('Sinds hun vader naar Spanje vertrok, sta ik er voor school en sport voor.')
		).toContain('single-parents');
		expect(hints('how do you manage the holidays with no second income and two kids')).toContain(
			'single-parents'
		);
		expect(hints('Ik zie mijn kinderen alleen in het weekend sinds de scheiding.')).not.toContain(
			'single-parents'
		);
		expect(
			hints('Some days the only adult conversation I have is with the postman. I have a son of 3.')
		).not.toContain('single-parents');
		// A job lost or found by its signs.
		expect(hints('Since they let me go in March I sit at home.')).toContain('work');
		expect(hints('Na de reorganisatie ben ik thuis komen te zitten, wie herkent dat?')).toContain(
			'work'
		);
		// Ages as people type them (not a parent named with an age: that is a care question).
		expect(hints('im 81 and still want to go dancing, who joins')).toContain('older-people');
		expect(hints('Lukt het fietsen nog op mijn 86e? Ik wil er graag nog op uit.')).toContain(
			'older-people'
		);
		// Panic by its signs.
		expect(
			hints('In de bus ging mijn hart tekeer en ik moest eruit, iemand die dat kent?')
		).toContain('mental-health');

		// Gaming through the night, and a meeting of AA.
		expect(hints('onze dochter gamet elke nacht tot 3 uur, school belt steeds')).toContain(
			'addiction'
		);
		expect(hints('waar is een aa bijeenkomst in de buurt?')).toContain('addiction');
		expect(hints('ik ga groepen zoeken voor mijn zoon met het syndroom van Down')).not.toContain(
			'addiction'
		);
	});

	it('hears dementia and autism by the signs people tell (round 21)', () => {
		expect(hints('Mijn opa weet mijn naam niet meer, wel nog alle liedjes van vroeger.')).toContain(
			'dementia'
		);
		expect(hints('When the hoover goes on he puts his hands over his ears and screams.')).toContain(
			'autism'
		);
		expect(
			hints('Onze peuter fladdert met zijn handen en wil alles op een vaste manier.')
		).toContain('autism');
		expect(
			hints('She only eats white food and melts down when the route to school changes.')
		).toContain('autism');
	});

	it('hears a long illness by its daily signs (round 21)', () => {
		expect(hints('Mijn vader ligt thuis aan de zuurstof en ik help hem.')).toContain(
			'chronic-illness'
		);
		expect(hints('Ever since I finished my treatment I am tired and nobody gets it.')).toContain(
			'chronic-illness'
		);
	});

	it('hears a young carer by the tasks they do for their parents (round 21)', () => {
		expect(
			hints(
				'hi, I am 17. My dad hurt his back and my mum speaks no Dutch, so I translate everything for them.'
			)
		).toContain('young-carers');
		expect(
			hints('ik ben 21 en woon weer thuis om te helpen, mijn moeder kan veel niet meer')
		).toContain('young-carers');
	});

	it('hears foster care, a stillbirth, a disability and more told without their names (round 21)', () => {
		expect(hints('Our son was born still in May and nobody says his name anymore.')).toContain(
			'grief'
		);
		expect(
			hints('Sinds mijn 13e woon ik bij een ander gezin, niet bij mijn ouders. Wie nog meer?')
		).toContain('foster-care');
		expect(
			hints(
				'We opened our home to a boy of seven for every other weekend, to give his mum a breather.'
			)
		).toContain('foster-care');
		expect(
			hints('Mijn dochter is 19 maar in haar hoofd een jaar of acht, ze wil zo graag vriendinnen.')
		).toContain('disability');
		expect(
			hints('The pavements here are a nightmare on a mobility scooter, anyone else?')
		).toContain('disability');
		expect(
			hints('Ze hebben me geopereerd aan iets in mijn hoofd en nu is alles anders.')
		).toContain('brain-injury');
		expect(
			hints('Zij is na twintig jaar vertrokken voor haar collega en ik snap er niks van.')
		).toContain('divorce');
		expect(hints('Het spaargeld is op, hoe komen we de maand door?')).toContain('debt');
	});

	it('gives several themes, each with a confidence', () => {
		const found = recogniseThemes(
			'Sinds de scheiding kom ik niet rond en de rekeningen stapelen zich op'
		);
		expect(found.map((t) => t.slug)).toEqual(expect.arrayContaining(['debt', 'divorce']));
		for (const t of found) {
			expect(t.confidence).toBeGreaterThan(0.5);
			expect(t.confidence).toBeLessThanOrEqual(1);
		}
	});
});

const base: CandidateCircle = {
	id: 'x',
	slug: 'x',
	name: 'X',
	name_en: null,
	theme_slugs: ['debt'],
	format: 'in_person',
	capacity: null,
	member_count: 4,
	languages: ['nl'],
	meeting_weekdays: [],
	meeting_parts: [],
	meeting_note: '',
	meeting_note_en: '',
	neighbourhood_name: null,
	latitude: null,
	longitude: null,
	text_rank: 0,
	word_share: 0,
	matched_words: []
};
const profile = (over: Partial<QuestionProfile> = {}): QuestionProfile => ({
	themes: [],
	words: [],
	location: null,
	format: 'either',
	times: [],
	languages: [],
	...over
});

describe('never an empty or hollow answer', () => {
	it('still offers the circles closest in words when no theme was recognised', () => {
		const ranked = rankCircles(profile(), [
			{ ...base, id: 'a', slug: 'a', text_rank: 0.2, word_share: 1, matched_words: ['stoep'] },
			{ ...base, id: 'b', slug: 'b' }
		]);
		expect(ranked.map((s) => s.circle.slug)).toEqual(['a']);
		expect(ranked[0].reasons[0]).toEqual({ kind: 'words', words: ['stoep'] });
	});

	it('is surer of a shared, sure theme than of shared words', () => {
		const sure = fitConfidence(profile({ themes: ['debt'], confidences: { debt: 0.9 } }), base, 1);
		const words = fitConfidence(profile(), { ...base, text_rank: 0.3, word_share: 0.5 }, 0);
		expect(sure).toBeGreaterThan(words);
		expect(fitConfidence(profile(), base, 0)).toBe(0);
	});
});
