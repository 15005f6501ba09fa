// The production server (server.js: socket.io, its own headers) on the embedded database with a
// fresh demo town, as the chat and PWA end-to-end tests and the page benchmarks start it.
import { spawn, type ChildProcess } from 'node:child_process';

/** Starts server.js and waits until it answers; `out` picks a build made with KRING_OUT. */
export async function startProductionServer(
	port: number,
	dataDir: string,
	out = process.env.KRING_OUT
): Promise<ChildProcess> {
	const baseURL = `http://localhost:${port}`;
	const server = spawn('node', ['server.js'], {
		env: {
			...process.env,
			...(out ? { KRING_OUT: out } : {}),
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			KRING_DATA_DIR: dataDir,
			KRING_DEMO: 'true',
			DATABASE_URL: '',
			REDIS_URL: '',
			NODE_ENV: 'production',
			LOG_LEVEL: 'warn'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	await waitUntilAnswering(server, baseURL, 'server.js');
	return server;
}

/**
 * Waits until a spawned server answers `baseURL`, collecting its output for the error. A loaded
 * machine needs long to build the demo town, so the deadline is two minutes.
 */
export async function waitUntilAnswering(server: ChildProcess, baseURL: string, name: string) {
	let log = '';
	server.stdout?.on('data', (d) => (log += d));
	server.stderr?.on('data', (d) => (log += d));
	const deadline = Date.now() + 120_000;
	for (;;) {
		if (server.exitCode !== null) throw new Error(`${name} exited:\n${log}`);
		try {
			// Each probe has its own timeout: one hung first request must not use up the deadline.
			if ((await fetch(baseURL, { signal: AbortSignal.timeout(5_000) })).ok) return () => log;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) throw new Error(`${name} did not start:\n${log}`);
		await new Promise((r) => setTimeout(r, 300));
	}
}

/** Signs in through the demo sign-in form and returns the session cookies as one header. */
export async function demoCookie(baseURL: string, account: string): Promise<string> {
	const res = await fetch(`${baseURL}/signin?/demo`, {
		method: 'POST',
		headers: {
			origin: baseURL,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ account }),
		redirect: 'manual'
	});
	const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (res.status !== 303 || cookies.length === 0)
		throw new Error(`demo sign-in as ${account} failed: ${res.status}`);
	return cookies.join('; ');
}
