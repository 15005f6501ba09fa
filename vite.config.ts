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
 * One browser chunk for the framework (Svelte's runtime, SvelteKit's client, devalue, the
 * language runtime), which every page loads anyway: Rollup otherwise splits it over about a
 * dozen files, and on a phone each file costs a round trip (issue 13). Page code and
 * messages keep Rollup's own split, so no page loads code it does not use; so do Svelte's
 * optional parts (motion, transition, reactivity, store, legacy), which only the charts and a
 * few pages use. `src/lib/later.ts` (a few lines the layout and the chat share) goes with it,
 * or Rollup would give it a file of its own, one more request on every page. Not for the
 * server build.
 */
const framework =
	/\/node_modules\/(svelte\/src\/(internal\/|[a-z-]+\.js$)|@sveltejs\/kit\/src\/runtime\/|devalue\/|esm-env\/|clsx\/)|\/src\/lib\/(paraglide\/runtime\.js|later\.ts)$/;
function frameworkChunk(): Plugin {
	let ssr = false;
	return {
		name: 'kring-framework-chunk',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		outputOptions(options) {
			if (ssr) return null;
			return {
				...options,
				manualChunks: (id: string) => (framework.test(id) ? 'framework' : undefined)
			};
		},
		// V8's explicit compile hint (Chrome 136+; other browsers read a comment): compile every
		// function of a chunk with its module, rather than each one lazily when it is first
		// called, which put the compiling in the task that hydrates the page (issue 13, Total
		// Blocking Time). First the framework chunk only (round 6); since round 9 every chunk:
		// the pages' own code, the messages and socket.io-client were still compiled function by
		// function while the page hydrated and the socket said hello. Each module is compiled in
		// a task of its own, so the work is cut into pieces. Added after minifying, which would
		// drop it. No source maps are built, so no line numbers shift.
		generateBundle(_, bundle) {
			if (ssr) return;
			for (const chunk of Object.values(bundle))
				if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
		}
	};
}

/**
 * Paraglide's compiled messages pick plural forms with a new Intl.PluralRules on every call;
 * this sends them to src/lib/plural.ts, which needs no Intl for Dutch and English (why: there).
 * Fails the build when the generated code no longer has the line, so it cannot silently stop.
 */
function pluralWithoutIntl(): Plugin {
	const line = 'return new Intl.PluralRules(locale, options).select(Number(input))';
	return {
		name: 'kring-plural-without-intl',
		transform(code, id) {
			if (!id.endsWith('/src/lib/paraglide/registry.js')) return null;
			if (!code.includes(line)) this.error(`paraglide's registry.js no longer has: ${line}`);
			return `import { plural as pluralRule } from '$lib/plural';\n${code.replace(line, 'return pluralRule(locale, input, options)')}`;
		}
	};
}

export default defineConfig({
	build: {
		modulePreload: {
			// Keep only the stylesheets in Vite's preload lists for lazily loaded pages: the list
			// of every page's modules cost 1.6 kB (compressed) in the start script of every page
			// (issue 13), and SvelteKit already loads a page's code on hover or touch before
			// navigating, where the browser fetches its imports itself.
			resolveDependencies: (_file, dependencies) =>
				dependencies.filter((dependency) => dependency.endsWith('.css'))
		}
	},
	plugins: [
		tailwindcss(),
		sveltekit(),
		kringRealtime(),
		frameworkChunk(),
		pluralWithoutIntl(),
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
					globalSetup: ['tests/helpers/database-templates.ts'],
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
					// A guard against a hung test, not a speed target: with every page on a 4x
					// slower CPU (E2E_CPU_THROTTLE=4) on a busy machine, the longest tests took
					// 66-73 s, and one went past the 90 s this was.
					testTimeout: 180_000,
					hookTimeout: 120_000,
					// expect.poll gives up after 1 s by default: too short for a page to hydrate,
					// connect its socket or answer a form on a loaded machine (the chat's tests
					// failed so with E2E_CPU_THROTTLE=4). A poll ends as soon as its condition
					// holds: a passing test waits no longer than before.
					expect: { requireAssertions: true, poll: { timeout: 10_000 } }
				}
			}
		]
	}
});
