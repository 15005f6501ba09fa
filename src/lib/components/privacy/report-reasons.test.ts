import { describe, expect, it } from 'vitest';
import { reportReasonWithDetails, reportReasons } from './report-reasons';

describe('a report reason', () => {
	it('is the chosen reason alone when nothing was added', () => {
		expect(reportReasonWithDetails(reportReasons()[0], '  ')).toBe(reportReasons()[0]);
		expect(reportReasonWithDetails('Iets anders', null)).toBe('Iets anders');
	});

	it('carries what the reporter added after the reason', () => {
		expect(reportReasonWithDetails('Iets anders', ' Telefoonnummer ')).toBe(
			'Iets anders: Telefoonnummer'
		);
	});

	it('is empty (and so refused by the schema) when no reason came with the form', () => {
		expect(reportReasonWithDetails(null, null)).toBe('');
	});
});
