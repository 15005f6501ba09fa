import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { requestWhen, vogText } from './labels';

afterEach(() => overwriteGetLocale(() => 'nl'));

describe('requestWhen', () => {
	it("names the weekly moments, the one day and the last day, in the reader's language", () => {
		expect(requestWhen({ time_slots: ['2-morning'], one_off_date: null, ends_on: null })).toBe(
			'dinsdagochtend'
		);
		expect(requestWhen({ time_slots: [], one_off_date: '2026-12-05', ends_on: null })).toBe(
			'alleen op zaterdag 5 december 2026'
		);
		overwriteGetLocale(() => 'en');
		expect(
			requestWhen({ time_slots: ['2-morning'], one_off_date: null, ends_on: '2027-01-31' })
		).toMatch(/^Tuesday morning · until Sunday,? 31 January 2027$/);
	});
});

describe('vogText', () => {
	it('says the date is the day the VOG was issued, not a date it expires', () => {
		expect(vogText({ vog_status: 'valid', vog_date: '2026-03-02', vog_valid: true })).toBe(
			'in orde, afgegeven op 2 maart 2026'
		);
		overwriteGetLocale(() => 'en');
		expect(vogText({ vog_status: 'valid', vog_date: '2026-03-02', vog_valid: true })).toBe(
			'valid, issued 2 March 2026'
		);
	});
	it('calls a VOG older than three years expired, and shows no date for a requested one', () => {
		expect(vogText({ vog_status: 'valid', vog_date: '2022-03-02', vog_valid: false })).toBe(
			'verlopen, afgegeven op 2 maart 2022'
		);
		expect(vogText({ vog_status: 'requested', vog_date: '2026-03-02', vog_valid: false })).toBe(
			'aangevraagd'
		);
		expect(vogText({ vog_status: 'none', vog_date: null, vog_valid: false })).toBe('geen');
	});
});
