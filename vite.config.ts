import { paraglideVitePlugin } from '@inlang/paraglide-js';
import tailwindcss from '@tailwindcss/vite';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/** The chat's socket.io server on Vite's own http server in `vite dev` (server.js does production). */
function kringRealtime(): Plugin {
	return {
		name: 'kring-realtime',
		configureServer(server) {
			const http = server.httpServer;
			if (!http) return; // middleware mode (vitest): no http server to attach to
			http.once('listening', async () => {
				try {
					const mod = await server.ssrLoadModule('/src/lib/server/realtime/attach.ts');
					await mod.attachRealtime(http);
				} catch (e) {
					console.error('[kring] chat server did not start', e);
				}
			});
		}
	};
}

/**
 * Fewer, larger chunks for the browser: every request costs a phone a round trip, and Rollup
 * otherwise splits shared code into dozens of files under 1 kB. Rollup merges a small chunk
 * only where that keeps the order in which modules run. Not for the server build, whose
 * route modules must keep their own export names.
 */
function fewerBrowserChunks(): Plugin {
	let ssr = false;
	return {
		name: 'kring-fewer-browser-chunks',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		outputOptions(options) {
			return ssr ? null : { ...options, experimentalMinChunkSize: 20_000 };
		}
	};
}

export default defineConfig({
	plugins: [
		tailwindcss(),
		sveltekit(),
		kringRealtime(),
		fewerBrowserChunks(),
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		})
	],
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts'],
					// PGlite instances are heavy; a few forks keep memory and start-up sane.
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			},
			{
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/e2e/global-setup.ts'],
					fileParallelism: false,
					testTimeout: 90_000,
					hookTimeout: 120_000,
					expect: { requireAssertions: true }
				}
			}
		]
	}
});
