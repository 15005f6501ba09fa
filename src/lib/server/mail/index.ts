import nodemailer from 'nodemailer';
import { deliver } from '../auth/mailbox';
import { config } from '../config';

export type Letter = { to: string; subject: string; text: string };

export interface Mailer {
	/** True when letters really leave the server (SMTP), false for the local mailbox. */
	readonly real: boolean;
	send(letter: Letter): Promise<void>;
}

/** SMTP through nodemailer when configured; otherwise the local demo mailbox and the log. */
export function createMailer(mail?: { url: string; from: string }): Mailer {
	if (!mail) {
		return {
			real: false,
			send: async ({ to, subject, text }) => deliver({ to, subject, body: text })
		};
	}
	const transport = nodemailer.createTransport(mail.url);
	return {
		real: true,
		send: async ({ to, subject, text }) => {
			await transport.sendMail({ from: mail.from, to, subject, text });
		}
	};
}

const store = globalThis as unknown as { __kringMailer?: Mailer };

export function getMailer(): Mailer {
	return (store.__kringMailer ??= createMailer(config().mail));
}
