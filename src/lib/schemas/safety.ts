import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** A neighbourhood worker's or host's offer of contact to someone who may need help. */
export const crisisOfferSchema = z.object({
	note: z
		.string({ error: () => m.safety_alert_offer_error() })
		.trim()
		.min(1, { error: () => m.safety_alert_offer_error() })
		.max(500, { error: () => m.safety_alert_offer_error() })
		.refine((s) => !s.includes('\u0000'), { error: () => m.safety_alert_offer_error() })
});
