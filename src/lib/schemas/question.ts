import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { safeString } from './text';
import { spokenLanguages } from './languages';

/** Matches the questions table: 10 to 2,000 characters after trimming. */
export const questionBodyMax = 2000;
export const questionBodyMin = 10;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

/**
 * The resident's own words. Shared by the ask form and POST /api/suggest so both say the
 * same thing about empty, too long or letter-less text. HTML is kept as typed (it is only
 * ever shown escaped); a text needs at least two letters in any script, so emoji alone or
 * punctuation alone get a clear message instead of an empty search.
 */
export const questionText = safeString({ error: () => m.question_error_body_required() })
	.trim()
	.min(1, { error: () => m.question_error_body_required() })
	.min(questionBodyMin, { error: () => m.question_error_body_short({ min: questionBodyMin }) })
	.max(questionBodyMax, { error: () => m.question_error_body_long({ max: questionBodyMax }) })
	.refine((t) => /\p{L}.*\p{L}/su.test(t), { error: () => m.question_error_body_letters() });

export const preferredTimes = ['morning', 'afternoon', 'evening', 'weekend'] as const;
export const questionFormats = ['either', 'in_person', 'online'] as const;

/** Asking or editing a question. */
export const questionSchema = z.object({
	body: questionText,
	theme_slugs: z
		.array(slug, { error: () => m.question_error_theme_unknown() })
		.max(5, { error: () => m.question_error_themes_max({ max: 5 }) })
		.default([]),
	neighbourhood_id: z
		.union([z.uuid({ error: () => m.question_error_neighbourhood_unknown() }), z.literal('')])
		.default(''),
	preferred_format: z.enum(questionFormats).default('either'),
	preferred_times: z.array(z.enum(preferredTimes)).default([]),
	languages: z
		.array(z.enum(spokenLanguages, { error: () => m.question_error_language_unknown() }))
		.min(1, { error: () => m.question_error_language_required() })
		.default(['nl']),
	visible_anonymously: z.boolean().default(false),
	consent_to_contact: z.boolean().default(false)
});

export type QuestionInput = z.infer<typeof questionSchema>;

/**
 * POST /api/suggest: the same text rule as the form (`questionSchema.shape.body`), an
 * optional language, and a neighbourhood by id or slug.
 */
export const suggestRequestSchema = z.object({
	text: questionSchema.shape.body,
	lang: z.enum(['nl', 'en']).optional(),
	neighbourhood: z
		.union([z.uuid(), slug.max(80)], { error: () => m.question_error_neighbourhood_unknown() })
		.optional()
});

export type SuggestRequest = z.infer<typeof suggestRequestSchema>;

export const circleFormats = ['in_person', 'online', 'both'] as const;
export const dayParts = ['morning', 'afternoon', 'evening'] as const;

/**
 * A worker starting a circle, from a proposal (prefilled) or from scratch. Lives here
 * because seeding is part of matching; the circles area owns editing circles later.
 */
export const seedCircleSchema = z.object({
	name: safeString()
		.trim()
		.min(3, { error: () => m.proposal_error_name() })
		.max(120, { error: () => m.question_error_too_long({ max: 120 }) }),
	description: safeString()
		.trim()
		.min(10, { error: () => m.proposal_error_description() })
		.max(4000, { error: () => m.question_error_too_long({ max: 4000 }) }),
	theme_slugs: z
		.array(slug)
		.min(1, { error: () => m.proposal_error_themes() })
		.max(5, { error: () => m.question_error_themes_max({ max: 5 }) }),
	neighbourhood_id: z.uuid({ error: () => m.question_error_neighbourhood_unknown() }),
	format: z.enum(circleFormats).default('in_person'),
	meeting_weekdays: z.array(z.coerce.number().int().min(1).max(7)).default([]),
	meeting_parts: z.array(z.enum(dayParts)).default([]),
	meeting_note: safeString()
		.trim()
		.max(300, { error: () => m.question_error_too_long({ max: 300 }) })
		.default(''),
	capacity: z.coerce
		.number({ error: () => m.proposal_error_capacity() })
		.int({ error: () => m.proposal_error_capacity() })
		.min(2, { error: () => m.proposal_error_capacity() })
		.max(500, { error: () => m.proposal_error_capacity() })
		.default(12),
	languages: z
		.array(z.enum(spokenLanguages, { error: () => m.question_error_language_unknown() }))
		.min(1, { error: () => m.question_error_language_required() })
		.default(['nl'])
});

export type SeedCircleInput = z.infer<typeof seedCircleSchema>;
