import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isoDate, safeString } from './text';

/** Planning a gathering, one-off or recurring. Date and time are local (Europe/Amsterdam). */
export const gatheringSchema = z.object({
	title: safeString()
		.trim()
		.min(3, { error: () => m.error_too_short({ min: 3 }) })
		.max(120, { error: () => m.error_too_long({ max: 120 }) }),
	/** The title in English (optional): English readers see it instead of the Dutch one. */
	title_en: z
		.string()
		.trim()
		.refine((v) => v === '' || v.length >= 3, { error: () => m.error_too_short({ min: 3 }) })
		.refine((v) => v.length <= 120, { error: () => m.error_too_long({ max: 120 }) })
		.default(''),
	description: safeString()
		.trim()
		.max(2000, { error: () => m.error_too_long({ max: 2000 }) })
		.default(''),
	date: isoDate(),
	time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => m.error_time() }),
	duration_minutes: z.coerce
		.number({ error: () => m.error_duration() })
		.int({ error: () => m.error_duration() })
		.min(15, { error: () => m.error_duration() })
		.max(720, { error: () => m.error_duration() })
		.default(90),
	recurrence: z.enum(['none', 'weekly', 'biweekly', 'monthly']).default('none'),
	count: z.coerce
		.number({ error: () => m.error_count() })
		.int({ error: () => m.error_count() })
		.min(1, { error: () => m.error_count() })
		.max(26, { error: () => m.error_count() })
		.default(1),
	location_name: safeString()
		.trim()
		.max(200, { error: () => m.error_too_long({ max: 200 }) })
		.default(''),
	address: safeString()
		.trim()
		.max(300, { error: () => m.error_too_long({ max: 300 }) })
		.default(''),
	room: safeString()
		.trim()
		.max(120, { error: () => m.error_too_long({ max: 120 }) })
		.default(''),
	online_url: safeString()
		.trim()
		.max(500, { error: () => m.error_too_long({ max: 500 }) })
		.refine((v) => v === '' || /^https:\/\/\S+$/.test(v), { error: () => m.error_online_url() })
		.default(''),
	capacity: safeString()
		.trim()
		.refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 500), {
			error: () => m.error_capacity()
		})
		.default('')
});
export type GatheringInput = z.infer<typeof gatheringSchema>;

export const rsvpSchema = z.object({ answer: z.enum(['yes', 'maybe', 'no']) });
