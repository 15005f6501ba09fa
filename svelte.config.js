import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// KRING_OUT lets two builds run side by side (e.g. parallel test runs) without clashing.
const out = process.env.KRING_OUT ? `-${process.env.KRING_OUT}` : '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: `build${out}` }),
		outDir: `.svelte-kit${out}`,
		// The stylesheet (about 31 kB, 6 kB compressed) goes inline in every page, so the first
		// paint waits for no second request over a slow phone connection (issue 13: FCP ≤ 1.2 s).
		inlineStyleThreshold: 40 * 1024,
		// Content-Security-Policy for every page (issue 10, point 16): SvelteKit adds a nonce
		// or hash for its own inline scripts; nothing from other sites runs. The chat's
		// socket.io connects to this same origin ('self' covers ws: and wss: there). The
		// other security headers are set in src/lib/server/security/headers.ts.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte and app.html set a few style attributes; no scripts can hide there.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				// The service worker (src/service-worker.ts) and the web app manifest (issue 13.10).
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
