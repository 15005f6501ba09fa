/** The local dev mailbox: where the embedded sign-in "sends" its codes when no mail is set up. */
export type MailboxLetter = { to: string; subject: string; body: string; sentAt: Date };

const letters: MailboxLetter[] = [];

export function deliver(letter: Omit<MailboxLetter, 'sentAt'>) {
	letters.unshift({ ...letter, sentAt: new Date() });
	letters.length = Math.min(letters.length, 50);
	console.info(`[kring mailbox] to ${letter.to}: ${letter.subject} — ${letter.body}`);
}

export function readMailbox(): readonly MailboxLetter[] {
	return letters;
}
