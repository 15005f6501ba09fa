// Runs a TypeScript module of Kring's server code in plain Node, through Vite's SSR module
// loader (so `$lib`, `import.meta.glob` and TypeScript work as in the app), then calls its
// main(). Used to start chat server processes that tests can kill: node chat-run.mjs <file>
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vite = await createServer({
	root,
	configFile: false,
	logLevel: 'error',
	appType: 'custom',
	server: { middlewareMode: true, hmr: false, ws: false, watch: null },
	resolve: { alias: { $lib: `${root}src/lib` } },
	optimizeDeps: { noDiscovery: true, include: [] }
});
const mod = await vite.ssrLoadModule(resolve(process.argv[2]));
await mod.main();
