import type { Database } from './db';
import { sendDueReminders } from './gatherings';

const store = globalThis as unknown as { __kringJobs?: NodeJS.Timeout };

/** In-process schedule for small system jobs (one per process; reminders are sent once). */
export function startJobs(db: Database, everyMs = 5 * 60_000) {
	if (store.__kringJobs) return;
	const run = () =>
		sendDueReminders(db).catch((e) => console.error('[kring] reminder job failed', e));
	store.__kringJobs = setInterval(run, everyMs);
	store.__kringJobs.unref();
	void run();
}
