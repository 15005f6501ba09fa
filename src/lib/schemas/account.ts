import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** Deleting your account: the confirmation word, typed by hand (checked in the action). */
export const deleteAccountSchema = z.object({
	confirm: z.string().trim().max(40).default('')
});

/** Whether what was typed is the confirmation word (any letter case, no extra spaces). */
export function confirmsDeletion(typed: string, word: string): boolean {
	return typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
}

/** What a resident can open to a neighbourhood worker, and for how long (1–90 days). */
export const grantScopes = ['profile', 'questions', 'help_requests'] as const;

/** Opening data to a neighbourhood worker. */
export const grantSchema = z.object({
	worker_id: z.uuid({ error: () => m.account_grant_error_worker() }),
	scope: z
		.array(z.enum(grantScopes), { error: () => m.account_grant_error_scope() })
		.min(1, { error: () => m.account_grant_error_scope() })
		.default(['questions']),
	days: z.coerce
		.number({ error: () => m.account_grant_error_days() })
		.int({ error: () => m.account_grant_error_days() })
		.min(1, { error: () => m.account_grant_error_days() })
		.max(90, { error: () => m.account_grant_error_days() })
		.default(7)
});
