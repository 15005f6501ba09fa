import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isoDate, safeString } from './text';
import { spokenLanguages } from './languages';

/** The skills taxonomy; slugs match public.volunteer_skills. */
export const skillSlugs = [
	'listening-ear',
	'circle-facilitation',
	'childcare',
	'transport',
	'paperwork-and-money',
	'language-practice',
	'digital-help',
	'meeting-room',
	'experience-expert'
] as const;
export type SkillSlug = (typeof skillSlugs)[number];

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export const dayParts = ['morning', 'afternoon', 'evening'] as const;
/** The weekly grid, '1-morning' … '7-evening'. */
export const weekSlots = weekdays.flatMap((d) => dayParts.map((p) => `${d}-${p}`));

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const slotList = z
	.array(z.string(), { error: () => m.volunteers_error_slots_required() })
	.refine((list) => list.every((s) => weekSlots.includes(s)), {
		error: () => m.volunteers_error_slots_grid()
	});
const slots = slotList.min(1, { error: () => m.volunteers_error_slots_required() });

const hours = z.coerce
	.number({ error: () => m.volunteers_error_hours() })
	.gt(0, { error: () => m.volunteers_error_hours() })
	.max(40, { error: () => m.volunteers_error_hours() })
	.refine((h) => Number.isInteger(h * 2), { error: () => m.volunteers_error_hours_half() });

const languages = z
	.array(z.enum(spokenLanguages, { error: () => m.volunteers_error_language() }))
	.min(1, { error: () => m.volunteers_error_language() })
	.default(['nl']);

/** A volunteer's own profile (the VOG is not in it: a worker records that). */
export const volunteerProfileSchema = z
	.object({
		intro: safeString()
			.trim()
			.max(1000, { error: () => m.volunteers_error_too_long({ max: 1000 }) })
			.default(''),
		skills: z
			.array(z.enum(skillSlugs, { error: () => m.volunteers_error_skill() }), {
				error: () => m.volunteers_error_skill()
			})
			.min(1, { error: () => m.volunteers_error_skill() }),
		experience_themes: z
			.array(slug)
			.max(5, { error: () => m.volunteers_error_themes_max({ max: 5 }) })
			.default([]),
		languages,
		neighbourhood_ids: z
			.array(z.uuid({ error: () => m.volunteers_error_neighbourhood() }))
			.max(40)
			.default([]),
		online: z.boolean().default(false),
		availability: slots,
		hours_per_week: hours,
		// the invitation "from helped to helper" this form answers, if any
		invitation: z.union([z.uuid(), z.literal('')]).default('')
	})
	.refine((p) => p.online || p.neighbourhood_ids.length > 0, {
		path: ['neighbourhood_ids'],
		error: () => m.volunteers_error_where()
	})
	.refine((p) => !p.skills.includes('experience-expert') || p.experience_themes.length > 0, {
		path: ['experience_themes'],
		error: () => m.volunteers_error_theme_required()
	});
export type VolunteerProfileInput = z.infer<typeof volunteerProfileSchema>;

const optionalDate = z.union([isoDate(), z.literal('')]).default('');

/** A help request from a resident, or from a host for their circle. */
export const helpRequestSchema = z
	.object({
		// A string with an empty default, not an enum: an enum would default to its first value
		// and a request without a skill would silently ask for a listening ear.
		skill_slug: z
			.string()
			.default('')
			.refine((s) => (skillSlugs as readonly string[]).includes(s), {
				error: () => m.volunteers_error_skill_required()
			}),
		theme_slug: z.union([slug, z.literal('')]).default(''),
		body: safeString()
			.trim()
			.max(1000, { error: () => m.volunteers_error_too_long({ max: 1000 }) })
			.default(''),
		circle_id: z.union([z.uuid(), z.literal('')]).default(''),
		neighbourhood_id: z
			.union([z.uuid({ error: () => m.volunteers_error_neighbourhood() }), z.literal('')])
			.default(''),
		online: z.boolean().default(false),
		// May be empty when the request is for one day only: that day says when.
		time_slots: slotList.default([]),
		one_off_date: optionalDate,
		ends_on: optionalDate,
		hours,
		urgency: z.enum(['low', 'normal', 'high']).default('normal'),
		involves_children: z.boolean().default(false),
		home_visit: z.boolean().default(false),
		languages
	})
	.refine((r) => r.time_slots.length > 0 || r.one_off_date !== '', {
		path: ['time_slots'],
		error: () => m.volunteers_error_when_required()
	})
	.refine((r) => r.online || r.neighbourhood_id !== '', {
		path: ['neighbourhood_id'],
		error: () => m.volunteers_error_where()
	})
	.refine((r) => r.skill_slug !== 'experience-expert' || r.theme_slug !== '', {
		path: ['theme_slug'],
		error: () => m.volunteers_error_theme_required()
	});
export type HelpRequestInput = z.infer<typeof helpRequestSchema>;

export const answerSchema = z.object({
	proposal: z.uuid(),
	reason: safeString()
		.trim()
		.max(500, { error: () => m.volunteers_error_too_long({ max: 500 }) })
		.default('')
});

export const closeSchema = z.object({
	reason: z.enum(['helped', 'no_longer_needed'], { error: () => m.volunteers_error_close_reason() })
});

export const messageSchema = z.object({
	body: safeString()
		.trim()
		.min(1, { error: () => m.volunteers_error_message_empty() })
		.max(2000, { error: () => m.volunteers_error_too_long({ max: 2000 }) })
});

export const vogSchema = z.object({
	volunteer: z.uuid(),
	status: z.enum(['none', 'requested', 'valid', 'expired']),
	date: optionalDate
});

export const workerDecisionSchema = z.object({
	proposal: z.uuid(),
	note: safeString()
		.trim()
		.max(500, { error: () => m.volunteers_error_too_long({ max: 500 }) })
		.default('')
});

export const workerProposeSchema = z.object({
	request: z.uuid(),
	volunteer: z.uuid({ error: () => m.volunteers_error_volunteer() }),
	note: safeString()
		.trim()
		.max(500, { error: () => m.volunteers_error_too_long({ max: 500 }) })
		.default('')
});

export const convertSchema = z.object({
	proposal: z.uuid(),
	title: safeString()
		.trim()
		.min(3, { error: () => m.volunteers_error_title() })
		.max(120, { error: () => m.volunteers_error_too_long({ max: 120 }) }),
	date: isoDate(),
	time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: () => m.volunteers_error_time() }),
	minutes: z.coerce
		.number()
		.int()
		.min(15, { error: () => m.volunteers_error_minutes() })
		.max(600, { error: () => m.volunteers_error_minutes() })
		.default(90),
	location: safeString()
		.trim()
		.max(200, { error: () => m.volunteers_error_too_long({ max: 200 }) })
		.default('')
});
