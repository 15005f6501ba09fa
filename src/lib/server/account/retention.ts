import { asService, type Database, type Sql } from '../db';

/**
 * How long Kring keeps things that are no longer in use (README: Retention). The one
 * place for these periods; the job in src/lib/server/jobs.ts applies them every run.
 */
export const RETENTION = {
	/** A closed question: removed this many days after its last change. */
	closedQuestionDays: 180,
	/** A closed help request to volunteers: removed this many days after its last change. */
	closedHelpRequestDays: 180,
	/** A join request that was approved, declined or withdrawn: removed after this many days. */
	settledJoinRequestDays: 90,
	/** A notification that was read: removed this many days after it was sent. */
	readNotificationDays: 30,
	/** Any notification, read or not: removed this many days after it was sent. */
	notificationDays: 90,
	/** A sign-in code (valid 10 minutes): removed this many hours after it expired. */
	signInCodeHours: 24,
	/** A session: removed as soon as it has expired (its length is KRING_SESSION_DAYS). */
	expiredSessionDays: 0,
	/** A browser remembered for sign-in: removed as soon as it has expired. */
	expiredKnownBrowserDays: 0
} as const;

export type RetentionCounts = {
	questions: number;
	helpRequests: number;
	joinRequests: number;
	notifications: number;
	signInCodes: number;
	sessions: number;
	knownBrowsers: number;
};

async function count(tx: Sql, text: string, params: unknown[]): Promise<number> {
	const rows = await tx.query(
		`with gone as (${text} returning 1) select count(*)::int as n from gone`,
		params
	);
	return Number((rows[0] as { n: number }).n);
}

/**
 * Removes what has outlived its period, counted from `now` (pass a fixed time in tests).
 * The service path: a system job, not a person.
 */
export function applyRetention(
	db: Database,
	now: Date = new Date(),
	periods: typeof RETENTION = RETENTION
): Promise<RetentionCounts> {
	const at = now.toISOString();
	const days = (n: number) => [at, n];
	return asService(db, async (tx) => {
		const questions = await count(
			tx,
			`delete from public.questions
			 where status = 'closed' and updated_at < $1::timestamptz - make_interval(days => $2)`,
			days(periods.closedQuestionDays)
		);
		const [help] = await tx.query<{ ok: boolean }>(
			`select to_regclass('public.help_requests') is not null as ok`
		);
		const helpRequests = help?.ok
			? await count(
					tx,
					`delete from public.help_requests
					 where status = 'closed' and updated_at < $1::timestamptz - make_interval(days => $2)`,
					days(periods.closedHelpRequestDays)
				)
			: 0;
		const joinRequests = await count(
			tx,
			`delete from public.join_requests
			 where status in ('approved', 'declined', 'withdrawn')
			   and coalesce(decided_at, created_at) < $1::timestamptz - make_interval(days => $2)`,
			days(periods.settledJoinRequestDays)
		);
		const notifications = await count(
			tx,
			`delete from public.notifications
			 where created_at < $1::timestamptz - make_interval(days => $2)
			    or (read_at is not null and created_at < $1::timestamptz - make_interval(days => $3))`,
			[at, periods.notificationDays, periods.readNotificationDays]
		);
		const signInCodes = await count(
			tx,
			`delete from kring_auth.one_time_codes
			 where expires_at < $1::timestamptz - make_interval(hours => $2)`,
			[at, periods.signInCodeHours]
		);
		const sessions = await count(
			tx,
			`delete from kring_auth.sessions
			 where expires_at <= $1::timestamptz - make_interval(days => $2)`,
			days(periods.expiredSessionDays)
		);
		const [known] = await tx.query<{ ok: boolean }>(
			`select to_regclass('kring_auth.known_devices') is not null as ok`
		);
		const knownBrowsers = known?.ok
			? await count(
					tx,
					`delete from kring_auth.known_devices
					 where expires_at <= $1::timestamptz - make_interval(days => $2)`,
					days(periods.expiredKnownBrowserDays)
				)
			: 0;
		return {
			questions,
			helpRequests,
			joinRequests,
			notifications,
			signInCodes,
			sessions,
			knownBrowsers
		};
	});
}
