import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const emailSchema = z.object({
	email: z
		.string()
		.trim()
		.toLowerCase()
		.max(254, { error: () => m.error_email_invalid() })
		.pipe(z.email({ error: () => m.error_email_invalid() }))
});

export const codeSchema = emailSchema.extend({
	code: z
		.string()
		.trim()
		.regex(/^\d{6}$/, { error: () => m.error_code_format() })
});

/** Control characters no name may hold (NUL cannot even be stored). */
// eslint-disable-next-line no-control-regex -- exactly these characters are refused
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

/** The name others see, chosen at the first sign-in (a real first name or a pseudonym). */
export const chosenNameSchema = z.object({
	name: z
		.string()
		.trim()
		.min(1, { error: () => m.security_name_required() })
		.max(80, { error: () => m.security_name_too_long() })
		.refine((v) => !controlCharacters.test(v), { error: () => m.security_name_characters() })
});
