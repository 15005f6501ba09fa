import { z } from 'zod';

/** Deleting your account: the confirmation word, typed by hand (checked in the action). */
export const deleteAccountSchema = z.object({
	confirm: z.string().trim().max(40).default('')
});

/** Whether what was typed is the confirmation word (any letter case, no extra spaces). */
export function confirmsDeletion(typed: string, word: string): boolean {
	return typed.trim().toLocaleUpperCase() === word.toLocaleUpperCase();
}
