/**
 * The daily jobs, run from the in-process schedule (jobs.ts) once a day at 17:00
 * Amsterdam time: the notification digest and the invitations from helped to helper.
 * Both are idempotent, so a second process or a restart on the same day sends nothing twice.
 */
import { groupLabels } from '$lib/notification-groups';
import { m } from '$lib/paraglide/messages';
import type { Database } from '../db';
import type { Mailer } from '../mail';
import { inviteLongMembers } from '../volunteers/helpers';
import { sendDailyDigests, type DigestWords } from './settings';

const store = globalThis as unknown as { __kringDailyDone?: string };

/** Dutch: the letters go out in Kring's base language. */
export const digestWords: DigestWords = {
	subject: (n) => m.volunteers_digest_subject({ count: String(n) }, { locale: 'nl' }),
	intro: (n) => m.volunteers_digest_intro({ count: String(n) }, { locale: 'nl' }),
	group: (g) => groupLabels[g]({ locale: 'nl' }),
	settings: (link) => m.volunteers_digest_settings({ link }, { locale: 'nl' })
};

/** Amsterdam's date and hour now. */
function amsterdam(now: Date) {
	const parts = new Intl.DateTimeFormat('en-GB', {
		timeZone: 'Europe/Amsterdam',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		hourCycle: 'h23'
	}).formatToParts(now);
	const part = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
	return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: Number(part('hour')) };
}

export async function runDailyJobs(
	db: Database,
	mailer: Mailer | undefined,
	origin: string,
	now = new Date()
) {
	const { day, hour } = amsterdam(now);
	if (hour < 17 || store.__kringDailyDone === day) return null;
	store.__kringDailyDone = day;
	const invited = await inviteLongMembers(db);
	const digests = await sendDailyDigests(db, mailer, origin, digestWords);
	return { invited, digests };
}
