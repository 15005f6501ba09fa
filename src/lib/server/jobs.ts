import { applyRetention } from './account';
import { sendAftercareCheckIns } from './aftercare';
import type { Database } from './db';
import { sendDueReminders } from './gatherings';
import { getMailer } from './mail';
import { runAssignment } from './volunteers/job';
import { runDailyJobs } from './notifications/daily';
import { log } from './log';
import { startPushDelivery, vapidKeys } from './push';

const store = globalThis as unknown as { __kringJobs?: NodeJS.Timeout };

/** In-process schedule for small system jobs (one per process; reminders are sent once). */
export function startJobs(db: Database, everyMs = 5 * 60_000) {
	if (store.__kringJobs) return;
	// Links in emails need the public address; ORIGIN is what adapter-node uses too.
	let runs = 0;
	const run = async () => {
		await sendDueReminders(db, '24 hours', getMailer(), process.env.ORIGIN ?? '').catch((e) =>
			log.error({ err: e }, 'reminder job failed')
		);
		// Volunteers: expire unanswered proposals, propose matches, find collective approaches.
		await runAssignment(db).catch((e) => log.error({ err: e }, 'volunteer assignment failed'));
		// Once a day: the notification digest and invitations from helped to helper.
		await runDailyJobs(db, getMailer(), process.env.ORIGIN ?? '').catch((e) =>
			log.error({ err: e }, 'daily jobs failed')
		);
		// Retention (README: Your data): remove what has outlived its period, about hourly.
		if (runs % 12 === 0) {
			await applyRetention(db)
				.then((removed) => log.info({ removed }, 'retention'))
				.catch((e) => log.error({ err: e }, 'retention job failed'));
		}
		// Aftercare: the one check-in three months after a question closed as helped.
		if (runs % 12 === 0) {
			await sendAftercareCheckIns(db)
				.then((sent) => sent && log.info({ sent }, 'aftercare check-ins'))
				.catch((e) => log.error({ err: e }, 'aftercare job failed'));
		}
		// PGlite has no autovacuum: refresh planner statistics about once an hour.
		if (db.kind === 'pglite' && runs % 12 === 0) {
			await db.exec('analyze').catch((e) => log.error({ err: e }, 'analyze failed'));
		}
		runs++;
	};
	// Push messages (issue 13.11): the VAPID keys are made at first start; queued pushes
	// go out every few seconds.
	void vapidKeys(db).catch((e) => log.error({ err: e }, 'VAPID keys could not be made'));
	startPushDelivery(db);
	store.__kringJobs = setInterval(run, everyMs);
	store.__kringJobs.unref();
	void run();
}
