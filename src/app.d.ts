import type { AuthPort, SessionUser } from '$lib/server/auth';
import type { Database } from '$lib/server/db';

declare global {
	namespace App {
		interface Locals {
			db: Database;
			auth: AuthPort;
			user: SessionUser | null;
			/** For the log line and the x-request-id header (hooks.server.ts). */
			requestId: string;
			/** Set when handleError logged an unexpected error, so the request's line names it. */
			errorId?: string;
		}
		interface Error {
			message: string;
			errorId?: string;
			/** The status to show when it differs from the response's (bad input: 400/404). */
			status?: number;
		}
	}
}

export {};
