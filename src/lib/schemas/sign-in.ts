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
