import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { safeString } from './text';

const person = () => z.uuid({ error: () => m.chat_error_invalid() });
const reason = () =>
	safeString({ error: () => m.chat_error_reason_required() })
		.trim()
		.min(1, { error: () => m.chat_error_reason_required() })
		.max(500, { error: () => m.chat_error_reason_required() });

/** Banning a person from a circle (point 22): who, and why (they are told the reason). */
export const banSchema = z.object({ personId: person(), reason: reason() });

/** Reporting a profile or a circle (point 24): what, and why. */
export const subjectReportSchema = z.object({
	kind: z.enum(['profile', 'circle'], { error: () => m.chat_error_invalid() }),
	subjectId: person(),
	reason: reason()
});

/** A worker closes a report of a person or circle, with what was done (the reporter reads it). */
export const closeSubjectReportSchema = z.object({
	report_id: person(),
	outcome: z.enum(['resolved', 'dismissed'], { error: () => m.chat_error_invalid() }),
	note: safeString({ error: () => m.chat_error_invalid() })
		.trim()
		.max(1000, { error: () => m.chat_error_invalid() })
		.default('')
});
