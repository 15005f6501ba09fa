import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { sequence } from '@sveltejs/kit/hooks';
import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { getAuth } from '$lib/server/auth';
import { config, logConfigWarnings } from '$lib/server/config';
import { getDatabase } from '$lib/server/db/app';
import { answerBadInput, badInputError } from '$lib/server/errors';
import { startJobs } from '$lib/server/jobs';
import { log, requestLine } from '$lib/server/log';
import { textFirst } from '$lib/server/performance/start';
import { startProposalsSchedule } from '$lib/server/matching/proposals';
import { exposeRealtime, realtimeConfig } from '$lib/server/realtime/attach';
import {
	secureHttpServer,
	securityHeaders as headersForResponses
} from '$lib/server/security/headers';

/** Fail fast on bad configuration, and open (migrate, seed) the database before the first request. */
export const init: ServerInit = async () => {
	logConfigWarnings(config());
	realtimeConfig();
	// Proposals for new circles run on an in-process schedule (README: Matching).
	startProposalsSchedule(await getDatabase(), config().proposalMinSize);
	// Gathering reminders go out from an in-process schedule too.
	startJobs(await getDatabase());
	// server.js attaches the chat's socket.io server through this (see README, Realtime chat).
	exposeRealtime();
	// `node build` on SIGTERM: adapter-node closes the http server, then this closes the
	// database, which also writes PGlite's files; PGlite's own timers would keep the process alive.
	process.once('sveltekit:shutdown', () => {
		void getDatabase()
			.then((db) => db.close())
			.catch((e) => log.error({ err: e }, 'closing the database failed'));
	});
	// ... and puts the same security headers as the pages on everything else it serves.
	(globalThis as unknown as { __kringSecureServer?: (s: Server) => void }).__kringSecureServer = (
		server
	) => secureHttpServer(server, config().env === 'production');
};

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		return resolve(event, {
			transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale)
		});
	});

const session: Handle = async ({ event, resolve }) => {
	event.locals.db = await getDatabase();
	event.locals.auth = getAuth(event.locals.db);
	event.locals.user = await event.locals.auth.currentUser({
		cookies: event.cookies,
		clientAddress: event.getClientAddress()
	});
	return resolve(event);
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// One list for pages here and for static files and socket.io in server.js; the pages'
	// Content-Security-Policy is SvelteKit's (kit.csp in svelte.config.js).
	for (const [name, value] of Object.entries(headersForResponses(config().env === 'production'))) {
		// Some responses (e.g. a fetch()'s passed through) have immutable headers.
		try {
			response.headers.set(name, value);
		} catch {
			return response;
		}
	}
	return response;
};

/** A request id for every request (in the response and the log line), and one log line after it. */
const requestLog: Handle = async ({ event, resolve }) => {
	const start = performance.now();
	event.locals.requestId = randomUUID();
	let status = 500;
	try {
		const response = await resolve(event);
		status = response.status;
		try {
			response.headers.set('x-request-id', event.locals.requestId);
		} catch {
			// immutable headers (a passed-through fetch): the log line still has the id
		}
		return response;
	} finally {
		requestLine({
			requestId: event.locals.requestId,
			method: event.request.method,
			route: event.route.id,
			status,
			ms: Math.round(performance.now() - start),
			errorId: event.locals.errorId
		});
	}
};

export const handle = sequence(
	requestLog,
	securityHeaders,
	answerBadInput,
	textFirst,
	i18n,
	session
);

/** One place for unexpected errors: log them with an id, show people only the id. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message };
	// A NUL, a uuid that is not there, a date out of range: 400/404, not a 500 (issue 10.15).
	const badInput = badInputError(error, event.locals);
	if (badInput) return badInput;
	const errorId = randomUUID();
	event.locals.errorId = errorId;
	log.error(
		{ err: error, errorId, requestId: event.locals.requestId, route: event.route.id },
		'error'
	);
	return { message: 'Internal error', errorId };
};
