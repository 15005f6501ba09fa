import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/port';

// The production entry (server.js) itself: compression, health checks, request ids.
let server: ChildProcess;
let base: string;
let dataDir: string;
let output = '';

/** A raw GET, so the test sees the bytes on the wire (fetch would decompress them). */
function get(path: string, headers: Record<string, string> = {}) {
	return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
		(resolve, reject) => {
			const req = request(`${base}${path}`, { headers }, (res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) })
				);
			});
			req.on('error', reject);
			// One hung request (the first, while the server starts) must not hang the test.
			req.setTimeout(5_000, () => req.destroy(new Error(`no answer to ${path} within 5 s`)));
			req.end();
		}
	);
}

beforeAll(async () => {
	const port = await freePort();
	base = `http://127.0.0.1:${port}`;
	dataDir = mkdtempSync(join(tmpdir(), 'kring-server-'));
	server = spawn('node', ['server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			KRING_DATA_DIR: dataDir,
			KRING_DEMO: 'true',
			DATABASE_URL: '',
			REDIS_URL: '',
			NODE_ENV: 'production'
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (d) => (output += d));
	server.stderr?.on('data', (d) => (output += d));
	const deadline = Date.now() + 90_000;
	for (;;) {
		if (server.exitCode !== null) throw new Error(`server.js exited:\n${output}`);
		try {
			if ((await get('/healthz')).status === 200) break;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) throw new Error(`server.js did not start:\n${output}`);
		await new Promise((r) => setTimeout(r, 300));
	}
});

afterAll(async () => {
	if (server && server.exitCode === null) {
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
	}
	rmSync(dataDir, { recursive: true, force: true });
});

describe('server.js', () => {
	it('sends pages brotli- or gzip-compressed, as the browser asks', async () => {
		const br = await get('/', { 'accept-encoding': 'br, gzip' });
		expect(br.headers['content-encoding']).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toContain('<html');
		const gzip = await get('/circles', { 'accept-encoding': 'gzip' });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toContain('<html');
		const plain = await get('/');
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.length).toBeGreaterThan(br.body.length * 2);
	});

	it('answers health and readiness, and logs one JSON line per request with its id', async () => {
		expect((await get('/healthz')).status).toBe(200);
		const ready = await get('/readyz');
		expect(ready.status).toBe(200);
		expect(JSON.parse(ready.body.toString())).toMatchObject({
			status: 'ready',
			checks: [{ name: 'database', ok: true }]
		});
		const page = await get('/circles?q=schulden');
		const id = page.headers['x-request-id'];
		expect(id).toMatch(/^[0-9a-f-]{36}$/);
		// The line is written after the answer and reaches us through a pipe: wait for it.
		const line = () =>
			output
				.split('\n')
				.slice(0, -1) // whole lines only
				.filter((l) => l.startsWith('{'))
				.map((l) => JSON.parse(l) as Record<string, unknown>)
				.find((l) => l.requestId === id);
		await expect.poll(line).toMatchObject({ route: '/circles', method: 'GET', status: 200 });
		// What people search for stays out of the log.
		expect(output).not.toContain('schulden');
	});

	it('stops cleanly on SIGTERM', async () => {
		server.kill('SIGTERM');
		const code = await new Promise((r) => server.once('exit', r));
		expect(code).toBe(0);
	});
});
