import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { storable } from './storable';

export { storable };

/**
 * `z.string()` that refuses unstorable characters with a message in the reader's language.
 * Chain `.trim()`, `.min()`, `.max()` after it as on any string.
 */
export const safeString = (params?: Parameters<typeof z.string>[0]) =>
	z.string(params).refine(storable, { error: () => m.phone_error_characters() });

/** Whether `YYYY-MM-DD` names a day that exists (no 30 February, no month 13). */
export function realDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	// Date.UTC maps 0–99 to 1900–1999; the range check below rules those years out anyway.
	return (
		date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
	);
}

/** The years a date typed into Kring may have: no year 0, no 9999. */
export const firstYear = 2000;
export const lastYear = 2100;

/** A calendar date `YYYY-MM-DD` that exists, between `firstYear` and `lastYear`. */
export const isoDate = () =>
	z
		.string({ error: () => m.error_date() })
		.regex(/^\d{4}-\d{2}-\d{2}$/, { error: () => m.error_date() })
		.refine(realDate, { error: () => m.phone_error_date_impossible() })
		.refine((v) => Number(v.slice(0, 4)) >= firstYear && Number(v.slice(0, 4)) <= lastYear, {
			error: () => m.phone_error_date_range({ min: `${firstYear}`, max: `${lastYear}` })
		});

/**
 * An ISO date-time with offset (socket catch-up times and the like) within the same
 * years, so PostgreSQL never sees year 0001 or 9999.
 */
export const isoDateTime = () =>
	z.iso.datetime({ offset: true }).refine(
		(v) => {
			const t = Date.parse(v);
			return (
				Number.isFinite(t) && t >= Date.UTC(firstYear, 0, 1) && t < Date.UTC(lastYear + 1, 0, 1)
			);
		},
		{ error: () => m.phone_error_date_range({ min: `${firstYear}`, max: `${lastYear}` }) }
	);
