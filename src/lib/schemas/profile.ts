import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { safeString } from './text';
import { spokenLanguages } from './languages';

/** Editing your own profile. Messages are functions so they come out in the reader's language. */
export const profileSchema = z.object({
	display_name: safeString()
		.trim()
		.min(1, { error: () => m.error_name_required() })
		.max(80, { error: () => m.error_too_long({ max: 80 }) }),
	pseudonym: safeString()
		.trim()
		.max(80, { error: () => m.error_too_long({ max: 80 }) })
		.default(''),
	languages: z
		.array(z.enum(spokenLanguages, { error: () => m.error_language_unknown() }))
		.min(1, { error: () => m.error_language_required() })
		.default(['nl']),
	neighbourhood_id: z
		.union([z.uuid({ error: () => m.error_neighbourhood_unknown() }), z.literal('')])
		.default('')
});

export type ProfileInput = z.infer<typeof profileSchema>;
