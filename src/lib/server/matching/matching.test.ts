import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';
import { proposeGroups, type ClusterQuestion, type Place } from './cluster';
import {
	haversineKm,
	meetingTimes,
	rankCircles,
	audienceFit,
	scoreCircle,
	themePart,
	timePart,
	weights,
	type CandidateCircle,
	type QuestionProfile
} from './scoring';
import { contentWords, editDistance, normalise } from './text';
import { recogniseThemes, themeSlugs } from './themes';

describe('theme recognition', () => {
	it('finds the theme in Dutch and English, and says why', () => {
		const [first, second] = recogniseThemes('Mijn zoon van 9 heeft autisme en school loopt vast');
		expect(first.slug).toBe('autism');
		expect(first.evidence).toContain('autisme');
		expect(second.slug).toBe('parenting');
		expect(themeSlugs('My father passed away in the spring')).toEqual(['grief']);
	});
	it('forgives typos and colloquial words', () => {
		expect(themeSlugs('zoon heeft autsime')).toContain('autism');
		expect(themeSlugs('ik heb schlden')).toEqual(['debt']);
		expect(themeSlugs('we zijn blut en komen niet rond')).toEqual(['debt']);
	});
	it('does not read false friends', () => {
		expect(themeSlugs('ik heb een schuldgevoel naar mijn moeder')).not.toContain('debt');
		expect(themeSlugs('mijn vrouw is lief')).not.toContain('grief');
		expect(themeSlugs('andere ouders')).not.toContain('older-people');
	});
	it('handles empty text, other scripts, emoji and HTML', () => {
		expect(recogniseThemes('')).toEqual([]);
		expect(recogniseThemes('مرحبا 😀😀 привет')).toEqual([]);
		expect(themeSlugs('<b>schulden</b> <script>x</script>')).toEqual(['debt']);
	});
	it('is quick on a 5,000-word text', () => {
		const text = 'ik heb schulden en ben moe '.repeat(1000);
		const start = performance.now();
		expect(themeSlugs(text)).toContain('debt');
		expect(performance.now() - start).toBeLessThan(1000);
	});
	it('combines clues: a young carer, a parent of an autistic child', () => {
		expect(
			themeSlugs('Ik ben 17 en zorg voor mijn moeder, in mijn klas snapt niemand het')
		).toContain('young-carers');
	});
});

describe('text helpers', () => {
	it('normalises accents, case and markup', () => {
		expect(normalise('Café <i>Één</i>!')).toBe('cafe een');
		expect(contentWords('Ik heb een vraag over schulden')).toEqual(['vraag', 'schulden']);
		expect(editDistance('autisme', 'autsime')).toBe(1);
		expect(editDistance('schulden', 'schlden')).toBe(1);
	});
});

const circle = (over: Partial<CandidateCircle> = {}): CandidateCircle => ({
	id: 'c1',
	slug: 'c1',
	name: 'Kring',
	name_en: null,
	theme_slugs: ['debt'],
	format: 'in_person',
	capacity: 12,
	member_count: 4,
	languages: ['nl'],
	meeting_weekdays: [],
	meeting_parts: [],
	meeting_note: 'Elke maandagmiddag, 14.00 uur',
	meeting_note_en: '',
	neighbourhood_name: 'Centrum',
	latitude: 52.1294,
	longitude: 4.6574,
	text_rank: 0.1,
	word_share: 0.5,
	matched_words: ['schulden'],
	...over
});
const question = (over: Partial<QuestionProfile> = {}): QuestionProfile => ({
	themes: ['debt'],
	words: ['schulden'],
	location: { latitude: 52.1375, longitude: 4.6793 },
	format: 'either',
	times: ['afternoon'],
	languages: ['nl'],
	...over
});

describe('scoring', () => {
	it('keeps its weights in one place, adding up to 1', () => {
		const sum = Object.values(weights).reduce((a, b) => a + b, 0);
		expect(sum).toBeCloseTo(1, 10);
	});
	it('measures distance between neighbourhood centres', () => {
		const km = haversineKm(
			{ latitude: 52.1294, longitude: 4.6574 },
			{ latitude: 52.1375, longitude: 4.6793 }
		);
		expect(km).toBeGreaterThan(1.5);
		expect(km).toBeLessThan(1.9);
	});
	it('weighs the main theme most', () => {
		expect(themePart(['autism', 'parenting'], ['autism', 'parenting'])).toBe(1);
		// autism 1.5, parenting (broad) 0.5: the circle covers a quarter.
		expect(themePart(['autism', 'parenting'], ['adhd', 'parenting'])).toBeCloseTo(0.25);
		expect(themePart([], ['debt'])).toBe(0);
	});
	it('ranks a circle for the second and third need above one for the first alone', () => {
		const question = ['chronic-illness', 'young-carers', 'family-caregiving'];
		const forBoth = themePart(question, ['young-carers', 'family-caregiving']);
		const forFirst = themePart(question, ['chronic-illness']);
		expect(forBoth).toBeGreaterThan(forFirst);
		expect(forFirst).toBeGreaterThan(0.4);
	});
	it('counts a theme the judge found likely but did not name, less than a named one', () => {
		const chances = { debt: 0.9, addiction: 0.4, grief: 0.01 };
		const soft = themePart(['debt'], ['addiction'], { debt: 0.9 }, chances);
		expect(soft).toBeGreaterThan(0);
		expect(soft).toBeLessThan(themePart(['debt'], ['debt'], { debt: 0.9 }, chances));
		// Below the floor a theme does not count at all.
		expect(themePart(['debt'], ['grief'], { debt: 0.9 }, chances)).toBe(0);
		// Without named themes the text alone ranks.
		expect(themePart([], ['addiction'], {}, chances)).toBe(0);
	});
	it('offers a circle for a group (young carers, single parents) only to who may belong to it', () => {
		const carer = question({
			themes: ['dementia', 'family-caregiving'],
			times: [],
			chances: { 'young-carers': 0.05 }
		});
		// The young carers' drop-in is also online (near to all); the carers' café is 4.7 km away.
		const youngCarers = circle({
			id: 'y',
			slug: 'young',
			theme_slugs: ['young-carers', 'family-caregiving'],
			format: 'both'
		});
		const carers = circle({
			id: 'c',
			slug: 'carers',
			theme_slugs: ['family-caregiving'],
			latitude: 52.18,
			longitude: 4.6793
		});
		expect(rankCircles(carer, [youngCarers, carers]).map((s) => s.circle.slug)[0]).toBe('carers');
		expect(audienceFit(carer, youngCarers.theme_slugs)).toBeLessThan(1);
		// A young writer, named or likely, is offered the drop-in as before.
		const young = { ...carer, themes: ['young-carers', 'family-caregiving'] };
		expect(rankCircles(young, [youngCarers, carers])[0].circle.slug).toBe('young');
		expect(
			audienceFit({ themes: ['dementia'], chances: { 'young-carers': 0.4 } }, ['young-carers'])
		).toBe(1);
		expect(audienceFit(carer, ['family-caregiving', 'dementia'])).toBe(1);
		// A circle about caring and something else the question does not name (an addiction)
		// comes after the general carers' one in the same place.
		const lovedOnes = { ...carers, id: 'a', slug: 'addiction' };
		lovedOnes.theme_slugs = ['addiction', 'family-caregiving'];
		expect(rankCircles(carer, [lovedOnes, carers])[0].circle.slug).toBe('carers');
		// Half its themes shared: a fifth less of the theme part (0.6 + 0.4 x the share).
		expect(scoreCircle(carer, lovedOnes).parts.theme).toBeCloseTo(
			0.8 * scoreCircle(carer, carers).parts.theme,
			5
		);
	});
	it('reads meeting times from the note when the columns are empty', () => {
		expect(meetingTimes(circle())).toEqual({ weekdays: [1], parts: ['afternoon'] });
		expect(
			meetingTimes(circle({ meeting_note: 'Elke tweede dinsdag, 19.30 – 21.30 uur' }))
		).toEqual({ weekdays: [2], parts: ['evening'] });
		expect(timePart(['evening'], { weekdays: [1], parts: ['afternoon'] }).fits).toBe(false);
		expect(timePart(['weekend'], { weekdays: [6], parts: [] }).fits).toBe(true);
	});
	it('gives plain reasons', () => {
		const s = scoreCircle(question(), circle());
		expect(s.reasons).toEqual([
			{ kind: 'theme', themes: ['debt'] },
			{ kind: 'distance', km: 1.7, neighbourhood: 'Centrum' },
			{ kind: 'time', weekdays: [1], parts: ['afternoon'] },
			{ kind: 'seats', open: 8 }
		]);
		expect(scoreCircle(question(), circle({ capacity: 4 })).reasons).toContainEqual({
			kind: 'full'
		});
	});
	it('ranks the fitting circle first and drops what does not fit', () => {
		const near = circle({ id: 'a', slug: 'a' });
		const far = circle({ id: 'b', slug: 'b', latitude: 52.3, longitude: 4.9 });
		const other = circle({
			id: 'c',
			slug: 'c',
			theme_slugs: ['grief'],
			text_rank: 0,
			word_share: 0,
			matched_words: []
		});
		const ranked = rankCircles(question(), [other, far, near]);
		expect(ranked.map((s) => s.circle.slug)).toEqual(['a', 'b']);
	});
});

const places: Place[] = [
	{ id: 'n1', slug: 'centrum', latitude: 52.1294, longitude: 4.6574 },
	{ id: 'n2', slug: 'ridderveld', latitude: 52.1375, longitude: 4.6793 },
	{ id: 'n3', slug: 'far', latitude: 52.5, longitude: 5.2 }
];
const q = (id: string, over: Partial<ClusterQuestion> = {}): ClusterQuestion => ({
	id,
	themes: ['debt'],
	neighbourhoodId: 'n2',
	words: ['schulden', 'post'],
	times: ['evening'],
	format: 'either',
	languages: ['nl'],
	createdAt: new Date('2026-01-01'),
	...over
});
const nothingServed = () => false;

describe('clustering into proposals', () => {
	it('proposes a group when enough people share a need, with what they share', () => {
		const groups = proposeGroups(
			['a', 'b', 'c', 'd'].map((id) => q(id)),
			places,
			nothingServed
		);
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({
			key: 'debt:ridderveld',
			size: 4,
			themes: ['debt'],
			bestTimes: ['evening'],
			frequentWords: ['post', 'schulden']
		});
	});
	it('needs at least minSize people, counting nearby neighbourhoods', () => {
		expect(
			proposeGroups(
				['a', 'b', 'c'].map((id) => q(id)),
				places,
				nothingServed
			)
		).toEqual([]);
		const mixed = [
			q('a'),
			q('b'),
			q('c', { neighbourhoodId: 'n1' }),
			q('d', { neighbourhoodId: 'n1' })
		];
		expect(proposeGroups(mixed, places, nothingServed)[0].size).toBe(4);
		const far = [q('a'), q('b'), q('c'), q('d', { neighbourhoodId: 'n3' })];
		expect(proposeGroups(far, places, nothingServed)).toEqual([]);
		expect(proposeGroups(far.slice(0, 3), places, nothingServed, { minSize: 3 })).toHaveLength(1);
	});
	it('skips needs an existing circle already serves', () => {
		const served = (theme: string, n: string) => theme === 'debt' && n === 'n2';
		expect(
			proposeGroups(
				['a', 'b', 'c', 'd'].map((id) => q(id)),
				places,
				served
			)
		).toEqual([]);
	});
	it('puts each question in one proposal, and is deterministic', () => {
		const qs = ['a', 'b', 'c', 'd'].map((id) => q(id, { themes: ['debt', 'divorce'] }));
		const groups = proposeGroups(qs, places, nothingServed);
		expect(groups).toHaveLength(1);
		expect(proposeGroups([...qs].reverse(), places, nothingServed)).toEqual(groups);
	});
	it('never carries who: only ids of questions, themes, words and counts', () => {
		const [g] = proposeGroups(
			['a', 'b', 'c', 'd'].map((id) => q(id)),
			places,
			nothingServed
		);
		expect(Object.keys(g).sort()).toEqual(
			[
				'anchorId',
				'bestFormat',
				'bestTimes',
				'frequentWords',
				'key',
				'languages',
				'mainTheme',
				'neighbourhoodIds',
				'oldest',
				'questionIds',
				'size',
				'themes'
			].sort()
		);
	});
});

describe('configuration', () => {
	it('reads KRING_PROPOSAL_MIN_SIZE with a default of 4 and names a bad value', () => {
		expect(loadConfig({}).proposalMinSize).toBe(4);
		expect(loadConfig({ KRING_PROPOSAL_MIN_SIZE: '6' }).proposalMinSize).toBe(6);
		expect(() => loadConfig({ KRING_PROPOSAL_MIN_SIZE: '1' })).toThrow(/KRING_PROPOSAL_MIN_SIZE/);
	});
});
