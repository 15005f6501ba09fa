import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { hideSchema } from './chat';
import { banSchema } from './privacy';

/** The queue of reported messages: which report a form is about, and a host's reason to hide. */
const reportId = z.uuid({ error: () => m.chat_error_invalid() });
/** Close without hiding: `resolved` once the message is gone anyway, else `dismissed`. */
export const closeReportSchema = z.object({
	report_id: reportId,
	outcome: z.enum(['resolved', 'dismissed'], { error: () => m.chat_error_invalid() })
});
export const hideReportedSchema = z.object({
	report_id: reportId,
	reason: hideSchema.shape.reason
});

/** Keeping the writer of a reported message out of the circle: the report says who, not the form. */
export const banReportedSchema = z.object({
	report_id: reportId,
	reason: banSchema.shape.reason
});
