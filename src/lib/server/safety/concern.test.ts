import { describe, expect, it } from 'vitest';
import { distressCue } from './concern';
import { assessText, detectCrisis, prepareForCrisis } from './crisis';

describe('assessText: crisis, concern or none', () => {
	it('gives crisis where detectCrisis fires, with the same reason', () => {
		for (const text of [
			'Ik wil niet meer leven.',
			'Ik zie het niet meer zitten.',
			'I have no reason to live anymore.'
		]) {
			const crisis = detectCrisis(text);
			expect(crisis.crisis).toBe(true);
			expect(assessText(text)).toEqual({ level: 'crisis', matched: crisis.matched });
		}
	});

	// Each distress pattern with an ordinary twin it must not match. (The model's lower
	// threshold is coarser: it may still give a twin concern, which is only a calm line.)
	const pairs: [concern: string, none: string][] = [
		[
			'Ik kan niet meer. Mijn moeder heeft dementie en ik doe alles alleen.',
			'Ik kan niet meer lopen sinds mijn val. Mijn moeder helpt me met boodschappen.'
		],
		[
			'Het wordt me allemaal te veel sinds de scheiding, met de kinderen en het werk.',
			'Het wordt me allemaal te duur sinds de scheiding, met de kinderen en het werk.'
		],
		[
			'Ik kan het niet meer aan, al die brieven van de deurwaarder.',
			'Ik kan het niet meer aan mijn buurvrouw vragen, ze is verhuisd.'
		],
		[
			'Nobody would even notice if I stayed inside all week.',
			'Nobody would mind if I brought my dog to the walking group, right?'
		],
		[
			'Everything is too much lately and I feel hopeless.',
			"I'm hopeless at cooking, does anyone want to learn together?"
		],
		[
			'Ik ben zo moe van alles, het houdt nooit op.',
			'Ik ben zo moe na het werk, wie wil er op zaterdag wandelen?'
		],
		[
			'I am worried about her safety, she sounds so low lately.',
			'I am worried about her school, she gets bullied lately.'
		],
		[
			'Het heeft allemaal geen zin meer, elke dag is hetzelfde.',
			'Het heeft geen zin meer om te solliciteren, niemand neemt me aan.'
		],
		// Everyday idioms: desperately looking for a home, too much work, tired of the council.
		[
			'Ik ben zo wanhopig sinds de scheiding, alles loopt mis.',
			'Ik ben echt wanhopig op zoek naar een woning voor mij en de kinderen.'
		],
		[
			'Alles is me te veel. Ik lig de hele dag in bed.',
			'Het is allemaal te veel werk in de tuin, wie kan een middag helpen?'
		],
		[
			'It is all too much lately, with the kids and the bills.',
			'It is too much for me to do the stairs with the shopping, can someone help?'
		],
		[
			'Everything feels too much and I am so tired of fighting.',
			'Everything is too much hassle with the council since the move.'
		],
		[
			'Ik ben moe van alles en van mezelf.',
			'Ik ben moe van alles wat de gemeente van me vraagt, wie helpt met de formulieren?'
		],
		[
			'Ik wil gewoon dat het stopt, elke avond ruzie thuis.',
			'Ik wil dat het stopt met regenen, dan kunnen we buiten koffie drinken.'
		]
	];
	for (const [concern, none] of pairs) {
		it(`concern: "${concern}"; not a distress pattern: "${none}"`, () => {
			expect(assessText(concern).level).toBe('concern');
			expect(distressCue(prepareForCrisis(concern))).not.toBeNull();
			expect(distressCue(prepareForCrisis(none))).toBeNull();
			expect(assessText(none).level).not.toBe('crisis');
		});
	}

	it('gives lonely and hopeless wording concern at most, never the crisis alarm', () => {
		for (const text of [
			'Nobody would notice if I stayed home all month, that is how alone I am.',
			'Niemand zou het merken als ik een week niet buiten kwam.',
			'No one would even notice if I skipped the meeting, nobody ever asks.',
			'I feel so hopeless lately, everything is too much with work and the kids.',
			'Ik voel me zo hopeloos de laatste tijd, alles is me te veel.'
		])
			expect(assessText(text).level, text).not.toBe('crisis');
	});

	it('leaves grief, burnout, tiredness and a bike repair alone', () => {
		for (const text of [
			'Mijn vader is vorige maand overleden en ik mis hem elke dag. Is er een rouwgroep?',
			'Ik zit thuis met een burn-out van mijn werk. Wie herkent dit en wil praten?',
			'Ik ben doodmoe na een lange dag, maar ik wil wel een keer mee naar de koffieochtend.',
			'Mijn fiets heeft een lekke band, wie kan helpen met repareren?',
			'This job is killing me, I need a new one. Anyone with tips for a career coach?',
			'My brother died by suicide last year. Is there a group for people who lost someone?',
			''
		])
			expect(assessText(text)).toEqual({ level: 'none' });
	});

	it('names why: a distress pattern or the model', () => {
		expect(assessText('Ik kan niet meer.').matched).toMatch(/^(nl_cannot_go_on|model \d)/);
		expect(distressCue(prepareForCrisis('Niemand zou me missen.'))).toMatch(
			/^nl_nobody_would_notice/
		);
	});

	it('reads a long text in parts, and finds the heavy words in any of them', () => {
		const long = `${'We zoeken nog mensen voor de moestuin op zaterdag. '.repeat(60)}Ik kan niet meer.`;
		expect(long.length).toBeGreaterThan(2_000);
		expect(assessText(long).level).toBe('concern');
		expect(assessText(long.replace('Ik kan niet meer.', 'Tot dan!')).level).toBe('none');
	});
});
