import { describe, expect, it } from 'vitest';
import { situationConcepts, situationSpans } from './concepts';
import { normalise } from './text';
import { modelFeatures } from './theme-model';

describe('situations told instead of a theme', () => {
	it('reads one situation however it is phrased, in Dutch or English', () => {
		for (const text of [
			'Mam vroeg vanochtend drie keer of ik al ontbeten had.',
			'my mum keeps asking the same question 10x an hour',
			'Hij vertelt steeds hetzelfde verhaal over de haven.'
		]) {
			expect(situationConcepts(text)).toContain('@repeat');
		}
		for (const text of [
			'Ze is steeds de weg naar huis kwijt.',
			'got lost on the way home from the shop yesterday',
			'Mijn man loopt weg als ik even niet oplet.'
		]) {
			expect(situationConcepts(text)).toContain('@wanders');
		}
		for (const text of [
			'Het is de 18e en ik heb nog 40 euro voor de rest van de maand.',
			"I haven't opened my post in four months.",
			'Na de huur en de energie is er niets over.'
		]) {
			expect(situationConcepts(text)).toContain('@money-short');
		}
		expect(
			situationConcepts("Mijn zoon zet zijn auto's op een rij en kan niet tegen lawaai.")
		).toEqual(expect.arrayContaining(['@routine', '@senses']));
		expect(situationConcepts('Hij gilt bij de stofzuiger en de föhn.')).toContain('@senses');
		expect(situationConcepts('my son screams at the hand dryer')).toContain('@senses');
		expect(situationConcepts('als ik de stofzuiger aan doe schreeuwt hij')).toContain('@senses');
		expect(situationConcepts('He covers his ears at the hand dryers.')).toContain('@senses');
		expect(situationConcepts('Since his stroke my husband cannot find words.')).toContain('@head');
	});

	it('reads ages and whose they are, and no age in an amount, an hour, a count or a duration', () => {
		expect(situationConcepts('Ik ben 16 en zorg voor mijn moeder.')).toContain('@age:self:teen');
		expect(situationConcepts('Mijn vader (83) woont alleen.')).toContain('@age:other:old');
		expect(situationConcepts('Mijn oom van 84 ziet bijna niks meer.')).toContain('@age:other:old');
		expect(situationConcepts('my 8yo cannot sit still')).toContain('@age:any:child');
		for (const text of [
			'Ik heb nog 40 euro.',
			'Ik werk 28 uur bij de Action.',
			'Het is 21 uur en ik ben 3 keer gebeld.',
			'Sinds 2019 woon ik hier.',
			'Mijn man is 2 jaar geleden overleden.',
			'Ik woon 6 jaar hier en werk 10 jaar in de zorg.'
		]) {
			expect(situationConcepts(text).filter((c) => c.startsWith('@age'))).toEqual([]);
		}
	});

	it('finds nothing in an empty or an ordinary text', () => {
		expect(situationConcepts('')).toEqual([]);
		expect(situationConcepts('Hallo, ik woon in Ridderveld.')).toEqual([]);
	});

	it('reads no situation in an ordinary question about coffee, the food bank, the GP or school', () => {
		// Each of these fired a concept in round 9's list (drinken → using, voedselbank →
		// money, "the evenings" → nobody, appointments → caring, homework → restless).
		for (const text of [
			'Ik ga graag koffie drinken met de buren, is er een inloop in de wijk?',
			'We drinken elke week thee in het buurthuis, wie doet er mee?',
			'Ik wil vrijwilliger worden bij de voedselbank, wie kan ik bellen?',
			'Can I help out at the food bank on Saturdays?',
			'Waar vind ik een huisarts die nog nieuwe patiënten aanneemt?',
			'I forgot my password for the GP app and need to book appointments.',
			'Mijn dochter heeft veel huiswerk, is er huiswerkbegeleiding na school?',
			'My son is late for school again, is there a walking bus?',
			'The evenings at the community centre sound good, what time is the quiz?',
			'Ik zoek werk als kok, wie weet een leuke baan?',
			// Round 12: a household appliance or a lucky moment is no situation of the senses
			// or of the head.
			'Onze stofzuiger is kapot, weet iemand een goede?',
			'Can anyone lend me a vacuum cleaner this weekend?',
			'What a stroke of luck, we found a parking spot near the market.'
		]) {
			expect(situationConcepts(text).filter((c) => !c.startsWith('@age'))).toEqual([]);
		}
	});

	it('gives the resident’s own words as the evidence of a situation, never its name', () => {
		for (const text of [
			'Mam vroeg vanochtend drie keer of ik al ontbeten had.',
			'Het is de 18e en ik heb nog 40 euro voor de rest van de maand.',
			'Mijn vader (83) woont alleen.',
			'My son (5) lines up his toy cars for hours and screams when the vacuum cleaner is on.'
		]) {
			const spans = [...situationSpans(text)];
			expect(spans.length).toBeGreaterThan(0);
			for (const [concept, words] of spans) {
				expect(concept.startsWith('@')).toBe(true);
				expect(normalise(text)).toContain(words);
				expect(words).not.toContain('@');
			}
		}
		expect(situationSpans('Mijn vader (83) woont alleen.').get('@age:other:old')).toBe('vader 83');
	});

	it('are features of the theme model only when it reads them', () => {
		const text = 'Opa vraagt tien keer per dag hetzelfde.';
		expect([...modelFeatures(text, { concepts: true }).keys()]).toContain('@repeat');
		expect([...modelFeatures(text).keys()]).not.toContain('@repeat');
		// The feature's evidence is what the resident wrote.
		expect(modelFeatures(text, { concepts: true }).get('@repeat')).toBe(
			'tien keer per dag hetzelfde'
		);
	});
});
