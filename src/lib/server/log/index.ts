import { pino, type Logger } from 'pino';

/**
 * The app's structured log: one JSON object per line on stdout, for whatever collects the
 * logs of a municipality's deployment. What residents write (messages, questions, search
 * words) and email addresses never go in: requests are logged by route, not by URL, and
 * errors without the database's detail (which can quote the values of a row).
 */
export const log: Logger = pino({
	base: { service: 'kring' },
	level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
	timestamp: pino.stdTimeFunctions.isoTime,
	redact: { paths: ['email', '*.email', 'body', '*.body', 'text', '*.text'], censor: '[hidden]' },
	serializers: { err: safeError }
});

/** An error's kind, code and stack; never `detail`, `where` or parameters. */
export function safeError(error: unknown) {
	if (!(error instanceof Error)) return { message: 'non-error thrown', type: typeof error };
	const { code, routine } = error as Error & { code?: string; routine?: string };
	return {
		type: error.name,
		code,
		routine,
		message: scrub(error.message),
		stack: error.stack?.split('\n').slice(1).join('\n')
	};
}

/** Quoted values and email addresses in a message become "…": they can be what someone wrote. */
export function scrub(message: string) {
	return message
		.replace(/[^\s@"]+@[^\s@"]+\.[^\s@"]+/g, '…@…')
		.replace(/"[^"]*"/g, '"…"')
		.replace(/'[^']*'/g, "'…'");
}

/** One line per request: enough to follow a request and find the error id someone reports. */
export function requestLine(entry: {
	requestId: string;
	method: string;
	route: string | null;
	status: number;
	ms: number;
	errorId?: string;
}) {
	log.info({ ...entry, route: entry.route ?? '(no route)' }, 'request');
}
