import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../helpers/port';
import { waitUntilAnswering } from '../helpers/production-server';

declare module 'vitest' {
	export interface ProvidedContext {
		baseURL: string;
	}
}

/** Starts the production build (`node build`) on the embedded default with a fresh demo town. */
export default async function setup(project: TestProject) {
	const buildDir = process.env.KRING_OUT ? `build-${process.env.KRING_OUT}` : 'build';
	if (!existsSync(`${buildDir}/index.js`))
		throw new Error('Run `npm run build` before the end-to-end tests.');
	const port = await freePort();
	// localhost, not 127.0.0.1: browsers keep secure cookies on http://localhost only.
	const baseURL = `http://localhost:${port}`;
	const dataDir = mkdtempSync(join(tmpdir(), 'kring-e2e-'));
	const server: ChildProcess = spawn('node', [buildDir], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			KRING_DATA_DIR: dataDir,
			KRING_DEMO: 'true',
			DATABASE_URL: '',
			NODE_ENV: 'production'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const log = await waitUntilAnswering(server, baseURL, 'the server');
	project.provide('baseURL', baseURL);
	return async () => {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		rmSync(dataDir, { recursive: true, force: true });
		if (process.env.E2E_SERVER_LOG) console.log(log());
	};
}
