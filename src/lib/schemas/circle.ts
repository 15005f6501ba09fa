import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { safeString } from './text';

const text = (min: number, max: number) =>
	safeString()
		.trim()
		.min(min, { error: () => (min <= 1 ? m.error_required() : m.error_too_short({ min })) })
		.max(max, { error: () => m.error_too_long({ max }) });

const optionalText = (max: number) =>
	safeString()
		.trim()
		.max(max, { error: () => m.error_too_long({ max }) })
		.default('');

/** Starting or editing a circle. */
export const circleSchema = z.object({
	name: text(3, 120),
	description: text(10, 4000),
	name_en: optionalText(120),
	description_en: optionalText(4000),
	meeting_note_en: optionalText(300),
	house_rules_en: optionalText(4000),
	house_rules: optionalText(4000),
	meeting_note: optionalText(300),
	location_name: optionalText(200),
	theme_slugs: z
		.array(z.string().regex(/^[a-z0-9-]+$/))
		.min(1, { error: () => m.error_theme_required() })
		.max(5, { error: () => m.error_themes_max() })
		.default([]),
	neighbourhood_id: z.union([z.uuid(), z.literal('')]).default(''),
	format: z.enum(['in_person', 'online', 'both']).default('in_person'),
	visibility: z.enum(['public', 'private']).default('public'),
	join_policy: z.enum(['open', 'approval']).default('open'),
	/** Empty for no limit; kept as text so the form gives back exactly what was typed. */
	capacity: z
		.string()
		.trim()
		.refine((v) => v === '' || (/^\d+$/.test(v) && Number(v) >= 2 && Number(v) <= 500), {
			error: () => m.error_capacity()
		})
		.default(''),
	meeting_weekdays: z.array(z.coerce.number().int().min(1).max(7)).default([]),
	meeting_parts: z.array(z.enum(['morning', 'afternoon', 'evening'])).default([]),
	languages: z
		.array(z.string().regex(/^[a-z]{2,3}$/))
		.min(1, { error: () => m.error_language_required() })
		.default(['nl']),
	publish: z.boolean().default(false)
});
export type CircleInput = z.infer<typeof circleSchema>;

/** A short message with a join request, or a host's reason for a decision or removal. */
export const noteSchema = z.object({
	message: optionalText(1000)
});
