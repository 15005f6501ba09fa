import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { safeString } from './text';
import { helpsOptions, missingOptions } from './voice-options';

export { helpsOptions, missingOptions };

/** The short survey: at least one tick, nothing typed (so nobody can be recognised by it). */
export const voiceAnswerSchema = z
	.object({
		helps_with: z.array(z.enum(helpsOptions, { error: () => m.community_voice_error() })),
		missing: z.array(z.enum(missingOptions, { error: () => m.community_voice_error() }))
	})
	.refine((v) => v.helps_with.length + v.missing.length > 0, {
		error: () => m.community_voice_error_empty(),
		path: ['helps_with']
	});
export type VoiceAnswer = z.infer<typeof voiceAnswerSchema>;

/** A resident's story for the municipality. */
export const storySchema = z.object({
	title: safeString()
		.trim()
		.min(3, { error: () => m.community_story_error_title() })
		.max(120, { error: () => m.community_error_too_long({ max: 120 }) }),
	body: safeString()
		.trim()
		.min(20, { error: () => m.community_story_error_body() })
		.max(5000, { error: () => m.community_error_too_long({ max: 5000 }) }),
	theme_slugs: z
		.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))
		.max(3, { error: () => m.community_error_themes({ max: 3 }) }),
	neighbourhood_id: z
		.union([z.uuid(), z.literal('')])
		.transform((v) => v || null)
		.default(''),
	named: z.boolean()
});
export type StoryInput = z.infer<typeof storySchema>;
