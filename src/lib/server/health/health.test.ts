import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../db/pglite';
import { readiness } from './index';

describe('readiness', () => {
	it('is ready when the database answers and no Redis is configured', async () => {
		const db = await openPglite();
		try {
			const result = await readiness(async () => db, undefined);
			expect(result).toMatchObject({ ready: true, checks: [{ name: 'database', ok: true }] });
		} finally {
			await db.close();
		}
	});

	it('is not ready when the database fails or Redis does not answer in time', async () => {
		// A port that accepts connections and never speaks: Redis "hangs".
		const silent = createServer(() => {});
		await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
		const port = (silent.address() as { port: number }).port;
		try {
			const result = await readiness(
				async () => {
					throw new Error('connection refused');
				},
				`redis://127.0.0.1:${port}`,
				300
			);
			expect(result.ready).toBe(false);
			expect(result.checks.map((c) => [c.name, c.ok])).toEqual([
				['database', false],
				['redis', false]
			]);
		} finally {
			silent.close();
		}
	});

	// CI starts Debian's redis-server and sets REDIS_URL; without one this case cannot run.
	it.runIf(process.env.REDIS_URL)('pings a Redis that answers', async () => {
		const result = await readiness(
			async () => ({ query: async () => [] }) as never,
			process.env.REDIS_URL
		);
		expect(result).toMatchObject({
			ready: true,
			checks: [{ ok: true }, { name: 'redis', ok: true }]
		});
	});
});
