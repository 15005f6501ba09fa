import { describe, expect, it } from 'vitest';
import { meetingTimes, reasonText, type ReasonView } from './reasons';

// Found on a 375 px phone: a suggested circle said 'komt samen: dinsdag, avond' (and 'meets:
// Tuesday, evening'), two items where people say one time.
describe('when a suggested circle meets', () => {
	const label = (slug: string) => slug;

	it('one day and one part of the day are one time, in Dutch and English', () => {
		const time: ReasonView = { kind: 'time', weekdays: [2], parts: ['evening'] };
		expect(reasonText(time, label, 'nl')).toBe('komt samen: dinsdagavond');
		expect(reasonText(time, label, 'en')).toBe('meets: Tuesday evening');
	});

	it('two days at the same part of the day are joined with "en" / "and"', () => {
		expect(meetingTimes([2, 4], ['morning'], 'nl')).toBe('dinsdagochtend en donderdagochtend');
		expect(meetingTimes([2, 4], ['morning'], 'en')).toBe('Tuesday morning and Thursday morning');
	});

	it('only days, only parts, or many of both stay short lists', () => {
		expect(meetingTimes([1, 3, 5], [], 'nl')).toBe('maandag, woensdag en vrijdag');
		expect(meetingTimes([], ['afternoon'], 'en')).toBe('afternoon');
		expect(meetingTimes([1, 3], ['morning', 'evening'], 'nl')).toBe(
			'maandag en woensdag, ochtend en avond'
		);
	});

	it('the weekend is named on its own', () => {
		expect(meetingTimes([6], ['morning', 'weekend'], 'nl')).toBe('zaterdagochtend en weekend');
	});
});
