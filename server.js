// Production entry: adapter-node's request handler and the chat's socket.io server on one
// http server. `npm run build && node server.js` (or `npm run serve`). `node build` still
// serves the pages, but without live chat (the chat pages then fall back to forms).
import { createServer } from 'node:http';
import compression from 'compression';

const dir =
	process.env.KRING_BUILD_DIR ??
	(process.env.KRING_OUT ? `build-${process.env.KRING_OUT}` : 'build');
// adapter-node refuses bodies over 512 kB by default; a neighbourhood map (GeoJSON) an admin
// imports may be up to 5 MB (the import's own limit gives the clear message).
process.env.BODY_SIZE_LIMIT ??= '6M';
// Importing the handler runs the app's `init` hook, which exposes attachRealtime.
const { handler } = await import(new URL(`./${dir}/handler.js`, import.meta.url).href);
const attach = globalThis.__kringAttachRealtime;
if (typeof attach !== 'function')
	throw new Error(`${dir}/handler.js did not expose the chat server`);

// Pages, JSON and static files go out compressed (brotli when the browser takes it, else gzip);
// files the build already compressed (.br/.gz) are sent as they are. socket.io is not wrapped.
const compress = compression();
const server = createServer((req, res) => compress(req, res, () => handler(req, res, () => {})));
const realtime = await attach(server);
// The security headers of the pages (hooks.server.ts) on static files and /socket.io too.
// After attach: socket.io takes over the 'request' listeners, this one goes before them.
const secure = globalThis.__kringSecureServer;
if (typeof secure !== 'function') throw new Error(`${dir}/handler.js did not expose the headers`);
secure(server);

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

let stopping = false;
function shutdown() {
	if (stopping) return;
	stopping = true;
	// No new connections; requests in flight finish (up to 10 s); chat sockets are closed and
	// reconnect to another node (or to this one after a restart) and catch up.
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	realtime.close().catch(() => {});
	setTimeout(() => {
		server.closeAllConnections();
		process.exit(0);
	}, 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
