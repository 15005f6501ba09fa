import type { Database } from './db';
import { sendDueReminders } from './gatherings';
import { getMailer } from './mail';
import { runAssignment } from './volunteers/job';

const store = globalThis as unknown as { __kringJobs?: NodeJS.Timeout };

/** In-process schedule for small system jobs (one per process; reminders are sent once). */
export function startJobs(db: Database, everyMs = 5 * 60_000) {
	if (store.__kringJobs) return;
	// Links in emails need the public address; ORIGIN is what adapter-node uses too.
	let runs = 0;
	const run = async () => {
		await sendDueReminders(db, '24 hours', getMailer(), process.env.ORIGIN ?? '').catch((e) =>
			console.error('[kring] reminder job failed', e)
		);
		// Volunteers: expire unanswered proposals, propose matches, find collective approaches.
		await runAssignment(db).catch((e) => console.error('[kring] volunteer assignment failed', e));
		// PGlite has no autovacuum: refresh planner statistics about once an hour.
		if (db.kind === 'pglite' && ++runs % 12 === 0) {
			await db.exec('analyze').catch((e) => console.error('[kring] analyze failed', e));
		}
	};
	store.__kringJobs = setInterval(run, everyMs);
	store.__kringJobs.unref();
	void run();
}
