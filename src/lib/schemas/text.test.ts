import { describe, expect, it } from 'vitest';
import { gatheringSchema } from './gathering';
import { historySchema } from './chat';
import { isoDate, realDate, safeString, storable } from './text';

describe('text Kring can store', () => {
	it('refuses NUL, other control characters and lone surrogates; keeps tabs, newlines and any script', () => {
		for (const bad of [
			'a\u0000b',
			'\u0001',
			'x\u001b[31m',
			'\u007f',
			'\u0085',
			'\ud800',
			'a\udfffb'
		])
			expect(storable(bad), JSON.stringify(bad)).toBe(false);
		for (const good of ['Hallo', 'regel 1\nregel 2\r\n\tklaar', 'مرحبا', '👋🏽', 'Zoë'])
			expect(storable(good), good).toBe(true);
		expect(safeString().trim().min(1).safeParse('\u0000').success).toBe(false);
		expect(safeString().trim().safeParse(' ok ').data).toBe('ok');
	});
});

describe('dates that exist', () => {
	it('no 30 February, no month 13, no year 0 or 9999', () => {
		expect(realDate('2028-02-29')).toBe(true);
		for (const d of ['2026-02-30', '2027-02-29', '2026-04-31', '2026-13-01', '2026-00-01'])
			expect(realDate(d), d).toBe(false);
		for (const d of ['0000-01-01', '0001-01-01', '9999-12-31', '2026-02-30', '2026-1-1'])
			expect(isoDate().safeParse(d).success, d).toBe(false);
		expect(isoDate().safeParse('2027-03-28').success).toBe(true);
	});
	it('a gathering on 30 February and a catch-up from year 1 are refused by the schemas', () => {
		const gathering = { title: 'Koffie', date: '2026-02-30', time: '19:30' };
		expect(gatheringSchema.safeParse(gathering).success).toBe(false);
		expect(gatheringSchema.safeParse({ ...gathering, date: '2027-03-01' }).success).toBe(true);
		const circleId = '6f1c7e2a-0d7e-4c8e-9d51-2f0c1b7a9e11';
		expect(
			historySchema.safeParse({ circleId, changedSince: '0001-01-01T00:00:00Z' }).success
		).toBe(false);
		expect(
			historySchema.safeParse({ circleId, changedSince: '2026-11-30T10:00:00+01:00' }).success
		).toBe(true);
	});
});
