import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * The security headers of every response, in one place (issue 10, point 16). Pages get
 * them from `hooks.server.ts`; server.js puts them on everything else it serves (static
 * files, `/_app` assets, the chat's `/socket.io`) through `secureHttpServer`. The pages'
 * Content-Security-Policy comes from SvelteKit (`kit.csp` in svelte.config.js), with a
 * nonce or hash for each inline script.
 */
export function securityHeaders(production: boolean): Record<string, string> {
	return {
		'X-Content-Type-Options': 'nosniff',
		// Other sites never learn which Kring page (which circle, which question) someone was on.
		'Referrer-Policy': 'same-origin',
		// Old browsers; newer ones follow the CSP's frame-ancestors 'none'.
		'X-Frame-Options': 'DENY',
		'Permissions-Policy':
			'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
		'Cross-Origin-Opener-Policy': 'same-origin',
		// Browsers ignore HSTS over http, and development runs on http: production only.
		...(production ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {})
	};
}

/** For responses that are not pages (socket.io, assets, static files): nothing may run or frame them. */
export const NON_PAGE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The service worker's own policy: a worker follows the CSP sent with its script, and it
 * must fetch pages and files of this origin (and nothing else) to keep Kring usable offline.
 */
export const SERVICE_WORKER_CSP = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Sets the security headers on every response of an http server before any other
 * listener (socket.io, adapter-node's handler) writes: call after attaching socket.io.
 * SvelteKit's own page headers (its CSP included) override these where both are set.
 */
export function secureHttpServer(server: Server, production: boolean): void {
	const headers = Object.entries(securityHeaders(production));
	server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
		for (const [name, value] of headers) res.setHeader(name, value);
		// Pages replace this with SvelteKit's own policy (nonces and hashes); everything
		// else (socket.io, assets, static files such as SVGs) may run nothing at all.
		const worker = req.url?.split('?')[0] === '/service-worker.js';
		res.setHeader('Content-Security-Policy', worker ? SERVICE_WORKER_CSP : NON_PAGE_CSP);
	});
}
