import { describe, expect, it } from 'vitest';
import { nearCueHits } from './cues';
import { normalise } from './text';
import { recogniseByRules, recogniseThemes, spellOut, themeSlugs } from './themes';

const cuesOf = (text: string) => nearCueHits(normalise(text).split(' ')).map((h) => h.cue.evidence);

describe('situations told in words near each other (cues.ts)', () => {
	it('finds a cue wherever the words in between fall', () => {
		expect(cuesOf('Ik ken hier eigenlijk niemand')).toContain('niemand … kennen');
		expect(cuesOf('nobody here I can talk to')).toContain('niemand … kennen');
		expect(cuesOf('Opa herkent ons soms niet meer')).toContain('herkent … niet meer');
		// Too far apart: no cue.
		expect(cuesOf('Niemand had gedacht dat het zo lang zou duren voor ik het kende')).not.toContain(
			'niemand … kennen'
		);
	});

	it('reads "alleen maar" as "only", not as alone', () => {
		expect(cuesOf('Ze zit alleen maar op haar kamer')).not.toContain('alleen … thuis');
		expect(cuesOf('Ik zit de hele dag alleen thuis')).toContain('alleen … thuis');
		expect(spellOut('ze zit alleen nog maar op haar kamer')).toBe('ze zit slechts op haar kamer');
		// Someone else's friends, the writer's own forgetting: not the cue.
		expect(cuesOf('ze heeft geen vriendinnen')).not.toContain('geen vrienden');
		expect(cuesOf('ik heb geen vrienden hier')).toContain('geen vrienden');
		expect(cuesOf('ik vergeet alles')).not.toContain('vergeet alles');
		expect(cuesOf('opa vergeet alles')).toContain('vergeet alles');
	});

	it('recognises loneliness, dementia and kinship care told as a story', () => {
		// Without the cues none of these names the theme.
		expect(themeSlugs('Sinds de verhuizing ken ik hier eigenlijk niemand meer.')).toContain(
			'loneliness'
		);
		expect(themeSlugs('My wife drinks in secret and I have no friends here.')).toContain(
			'loneliness'
		);
		expect(themeSlugs('Mijn bomma woont bij ons en herkent ons soms niet meer.')).toContain(
			'dementia'
		);
		expect(themeSlugs('Mijn kleinzoon woont sinds de zomer bij mij.')).toContain('foster-care');
		expect(themeSlugs('Ik heb pijn in mijn rug, het gaat niet meer weg.')).toContain(
			'chronic-illness'
		);
	});
});

describe('more situations as cues', () => {
	it('reads a partner who left, children living with the writer, unopened post, a child who avoids eye contact', () => {
		expect(cuesOf('My partner left in the summer after nine years')).toContain('partner left');
		expect(cuesOf('his wife left')).not.toContain('partner left');
		expect(cuesOf('De kinderen wonen bij mij sinds de scheiding')).toContain(
			'de kinderen wonen bij mij'
		);
		expect(cuesOf('ik durf de post nog steeds niet open te maken')).toContain(
			'durf de post niet open'
		);
		expect(cuesOf('zij kijkt niet in ogen')).toContain('kijkt niet aan');
		expect(cuesOf('ik ken niemand die dit ook doet')).not.toContain('niemand … kennen');
	});

	it('reads "geen schulden meer" as a problem that was, "geen schulden" as none', () => {
		const score = (text: string) =>
			recogniseThemes(text, 5, 0.1).find((t) => t.slug === 'debt')?.score ?? 0;
		expect(score('Ik heb geen schulden meer.')).toBeGreaterThan(0.5);
		expect(score('Ik heb geen schulden.')).toBeLessThan(0.5);
	});

	it('names the theme from a story of such signs', () => {
		expect(
			themeSlugs('Ik heb geen schulden meer. Maar ik durf de post nog steeds niet open te maken.')
		).toContain('debt');
		expect(
			themeSlugs(
				'Hij kan zich niet concentreren, vergeet zijn boekentas en de medicatie werkt op school alleen tot de middag.'
			)
		).toContain('adhd');
	});
});

describe('whose need it is', () => {
	it('makes a young writer a young carer from their own age, even in chat ("ben 13")', () => {
		expect(
			themeSlugs(
				'mn broertje heeft autisme en mama is altijd met hem bezig. ik help veel mee. ben 13',
				4
			)
		).toContain('young-carers');
	});

	it('does not read a parent writing about their child at school as a young carer', () => {
		expect(
			themeSlugs(
				'Onze zoon is zeven en heeft autisme. Op school gaat het slecht, ik zorg voor alles.',
				5
			)
		).not.toContain('young-carers');
	});

	it('does not make a parent of a disabled child a carer, nor the writer a carer for their own injury', () => {
		expect(
			themeSlugs('Mijn zoon is 8 en zit in een rolstoel. Is er een groep voor ouders?', 5)
		).not.toContain('family-caregiving');
		const own = recogniseThemes(
			'Twee jaar geleden viel ik met mijn hoofd op de stoeprand: hersenletsel. Ik ben snel moe en word duizelig in drukke winkels. Op mijn werk snappen ze niet waarom ik nog steeds niet fulltime kan, en de bedrijfsarts zegt alleen rustig opbouwen. Thuis is het ook lastig: mijn vrouw zegt dat ik sneller boos word dan vroeger.',
			5
		).map((t) => t.slug);
		expect(own).toContain('brain-injury');
		expect(own).not.toContain('family-caregiving');
	});
});

describe('combinations and senses', () => {
	it('adds work to a burn-out told with colleagues or deadlines', () => {
		// Without the burn-out rule only mental health is named.
		expect(themeSlugs('Burnout sinds maart, ik voel me schuldig naar mijn collegas.')).toEqual(
			expect.arrayContaining(['mental-health', 'work'])
		);
	});

	it('reads where someone comes from as a newcomer, and "from" a plan as nothing', () => {
		expect(themeSlugs('I am from the Philippines and I look after my husband.', 4)).toContain(
			'newcomers'
		);
		expect(themeSlugs("I'm American and we're divorcing.", 4)).toContain('newcomers');
		expect(themeSlugs('Ik ben van plan om te gaan wandelen.')).not.toContain('newcomers');
	});

	it('does not read "lost my job" as a death, nor "my Dutch husband" as learning Dutch', () => {
		expect(themeSlugs('Lost my job in June, looking for work again.')).not.toContain('grief');
		expect(themeSlugs('Lost my mum in June.')).toContain('grief');
		expect(themeSlugs('I live here with my Dutch husband and we are divorcing.', 4)).not.toContain(
			'language'
		);
	});

	it('counts work named in passing for less ("fiets nodig voor werk")', () => {
		expect(
			themeSlugs('Waar kan ik mijn fiets laten maken? Ik heb hem nodig voor werk.')
		).not.toContain('work');
		expect(themeSlugs('Ik heb geen werk en zoek een baan.')).toContain('work');
	});

	it('does not read forgetting that ADHD or a brain injury explains as dementia', () => {
		expect(
			themeSlugs('Mijn vader heeft hersenletsel na een beroerte en vergeet alles.', 4)
		).not.toContain('dementia');
		expect(themeSlugs('Mijn moeder vergeet alles, ze herkent ons niet meer.')).toContain(
			'dementia'
		);
	});
});

describe('chat and story wording', () => {
	it('reads a relative named without "my" in chat ("husband has alzheimers", "opa vergeet alles")', () => {
		expect(themeSlugs('husband has alzheimers n im doing everything alone', 4)).toContain(
			'family-caregiving'
		);
		// The rule reads a bare relative at the start only; the learned model may still guess
		// a carer here ("the wife" is mostly one's own), as a guess, not a clue.
		expect(recogniseByRules('the wife has alzheimers', 4).map((t) => t.slug)).not.toContain(
			'family-caregiving'
		);
	});

	it('reads "sinds mijn vrouw dood is" as grief', () => {
		expect(themeSlugs('sinds mn vrouw dood is eet ik elke dag alleen', 4)).toContain('grief');
		expect(themeSlugs('mijn man is doodmoe van zijn werk', 4)).not.toContain('grief');
	});

	it('reads foster carers as foster care, not as family carers', () => {
		const slugs = themeSlugs(
			'We are foster carers and would like to meet other foster parents.',
			4
		);
		expect(slugs).toContain('foster-care');
		expect(slugs).not.toContain('family-caregiving');
	});

	it('keeps the order of an ordered cue ("partner left", not "left my husband")', () => {
		expect(cuesOf('my partner left after nine years')).toContain('partner left');
		expect(cuesOf('no time left my husband helps')).not.toContain('partner left');
		expect(cuesOf('my husband left for work')).not.toContain('partner left');
	});

	it('reads a fall on the head and crowds that make dizzy as a brain injury', () => {
		expect(
			themeSlugs(
				'Ik viel van mijn fiets en kwam met mijn hoofd op de stoeprand. In een drukke winkel word ik duizelig.'
			)
		).toContain('brain-injury');
	});
});

describe('whose work it is, clause by clause', () => {
	it('counts work in a clause about a relative for less ("Mijn man is weer aan het werk")', () => {
		const work = (text: string) =>
			recogniseThemes(text, 5, 0.1).find((t) => t.slug === 'work')?.score ?? 0;
		expect(work('Mijn man is weer aan het werk. Ik heb een miskraam gehad.')).toBeLessThan(1);
		// The writer's own work in the next clause still counts.
		expect(
			work('My husband found a job but I cannot find work here as an accountant.')
		).toBeGreaterThanOrEqual(1);
	});

	it('reads keys in the fridge as a sign of dementia', () => {
		expect(cuesOf('he puts his keys in the fridge')).toContain('sleutels in de koelkast');
	});
});

describe('everyday signs', () => {
	it('reads money that runs out and an empty fridge as debt', () => {
		expect(themeSlugs('Het geld is elke maand na twee weken op en de koelkast is leeg.')).toContain(
			'debt'
		);
		expect(cuesOf('op het geld letten')).not.toContain('het geld is op');
	});

	it('reads care tasks done for someone as caregiving', () => {
		expect(
			themeSlugs('Ik doe elke dag boodschappen en kook voor mijn buurvrouw. Het wordt me te veel.')
		).toContain('family-caregiving');
	});

	it('knows story signs: a care home, an extra chromosome, a whirlwind of a child', () => {
		expect(themeSlugs('Sinds mijn vrouw in het rusthuis zit, ben ik hier alleen.', 4)).toContain(
			'older-people'
		);
		expect(themeSlugs('Our daughter has an extra chromosome.', 4)).toContain('disability');
		expect(
			themeSlugs('Onze zoon is een echte wervelwind en kan geen minuut stilzitten.', 4)
		).toContain('adhd');
	});
});

describe('words with another sense', () => {
	it('does not read a boiler ("cv-ketel") as a CV, nor a concert as Concerta', () => {
		expect(themeSlugs('Onze cv-ketel lekt, wie kent een loodgieter?')).toEqual([]);
		expect(themeSlugs('Mijn cv is verouderd en ik zoek werk.')).toContain('work');
		expect(themeSlugs('Anyone selling tickets for the concert on Saturday?')).toEqual([]);
		// Words that name an object's own properties are words like any other.
		expect(themeSlugs('constructor __proto__ toString valueOf hasOwnProperty')).toEqual([]);
	});
});

describe('services name the need (Flanders and the Netherlands)', () => {
	it('reads VDAB, schuldbemiddeling and a rusthuis', () => {
		expect(themeSlugs('Ik sta al een jaar ingeschreven bij de VDAB.')).toContain('work');
		expect(themeSlugs('We zitten in schuldbemiddeling via het OCMW.')).toContain('debt');
		expect(themeSlugs('Mijn moeder woont sinds kort in een rusthuis.')).toContain('older-people');
	});
});

describe('work named as context or as the need', () => {
	it('puts the need before the writer having work (named as a second theme since train10q)', () => {
		// Since the model learned from train10q it leans to work here (0.38), which backs the
		// verb's half clue: work is named, but never before the single parent's question.
		expect(themeSlugs('Ik werk en sta er alleen voor met twee kinderen.', 4)[0]).toBe(
			'single-parents'
		);

		expect(themeSlugs('Ik heb geen werk.')).toContain('work');
		expect(themeSlugs('Ik wil werk als verpleegster.')).toContain('work');
	});
});

describe('care that is over', () => {
	it('does not count care tasks told of someone who died as care now', () => {
		const themes = recogniseThemes(
			'Drie jaar deed ik de boodschappen voor mijn moeder en waste ik haar. In september is ze overleden en nu mis ik haar zo.',
			3
		);
		expect(themes[0].slug).toBe('grief');
		const all = recogniseThemes(
			'Drie jaar deed ik de boodschappen voor mijn moeder en waste ik haar. In september is ze overleden en nu mis ik haar zo.',
			5,
			0.1
		);
		expect(all.find((t) => t.slug === 'family-caregiving')?.evidence ?? []).not.toContain(
			'boodschappen voor mijn buurvrouw'
		);
	});
});

describe('a situation’s evidence is the resident’s own words', () => {
	it('quotes what an English writer wrote, not the Dutch name of the clue', () => {
		const care = recogniseThemes(
			'My mother has dementia and I care for her every day, I am exhausted.',
			5,
			0.1
		).find((t) => t.slug === 'family-caregiving');
		expect(care?.evidence).toContain('care for her');
		expect(care?.evidence).not.toContain('zorgt voor hem');
	});

	it('quotes the words of a pattern, not its name', () => {
		const parenting = recogniseThemes('Onze zoon van 7 slaat op school', 5, 0.1).find(
			(t) => t.slug === 'parenting'
		);
		expect(parenting?.evidence).toContain('onze zoon');
		expect(parenting?.evidence).not.toContain('own child');
	});
});
