/**
 * Where to send someone after sign-in (or any other `redirectTo`): only a path on this
 * site, never an open redirect. The target is parsed with the WHATWG URL parser against
 * the request's own origin, exactly as a browser would resolve it (tabs, CR/LF and
 * backslashes included), and kept only when it lands on that origin.
 */
export function safeRedirect(
	target: string | null | undefined,
	origin: string | URL,
	fallback = '/'
): string {
	if (!target) return fallback;
	let base: URL;
	try {
		base = new URL(origin);
	} catch {
		return fallback;
	}
	let url: URL;
	try {
		url = new URL(target, base);
	} catch {
		return fallback;
	}
	if (url.origin !== base.origin) return fallback;
	const local = `${url.pathname}${url.search}${url.hash}`;
	// The path alone must resolve to the same place again: "//evil.example" as a path
	// would be read by a browser as another host.
	try {
		if (new URL(local, base).origin !== base.origin) return fallback;
	} catch {
		return fallback;
	}
	return local;
}
