import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPglite } from './pglite';
import type { Database } from './types';

// The embedded database's memory settings (see the header of pglite.ts): a small buffer
// pool, and checkpoints so that written WAL does not pile up (PGlite has no checkpointer).
describe('embedded PGlite', () => {
	const open: Database[] = [];
	const dirs: string[] = [];
	afterAll(async () => {
		await Promise.all(open.map((db) => db.close()));
		dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
	});

	const walBytes = async (db: Database) =>
		Number(
			(
				await db.query<{ bytes: string }>(
					`select coalesce(sum(size), 0) as bytes from pg_ls_waldir()`
				)
			)[0].bytes
		);

	it('starts with a 16 MB buffer pool, in memory and on disk, and keeps data on disk', async () => {
		const memory = await openPglite();
		open.push(memory);
		expect(await memory.query(`show shared_buffers`)).toEqual([{ shared_buffers: '16MB' }]);

		const dir = mkdtempSync(join(tmpdir(), 'kring-pglite-'));
		dirs.push(dir);
		const disk = await openPglite(dir);
		await disk.exec(`create table kept (n int); insert into kept values (42)`);
		await disk.close();
		const again = await openPglite(dir);
		open.push(again);
		expect(await again.query(`show shared_buffers`)).toEqual([{ shared_buffers: '16MB' }]);
		expect(await again.query(`select n from kept`)).toEqual([{ n: 42 }]);
	});

	it('checkpoints after about 16 MB of WAL, so old WAL does not pile up', async () => {
		const db = await openPglite();
		open.push(db);
		const lsn = async () =>
			Number(
				(
					await db.query<{ pos: string }>(
						`select (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::text as pos`
					)
				)[0].pos
			);
		await db.exec(`create table filler (body text)`);
		const start = await lsn();
		// Rows of 128 hex characters (too short to be compressed): about 40 MB of WAL.
		for (let i = 0; i < 6; i++)
			await db.exec(
				`insert into filler select md5(g::text) || md5((g + 1)::text) || md5((g + 2)::text) || md5((g + 3)::text)
				 from generate_series(1, 40000) g`
			);
		const written = (await lsn()) - start;
		expect(written).toBeGreaterThan(36 * 2 ** 20);
		// The check runs after a call, at most once a second; without it all of it would stay.
		let kept = await walBytes(db);
		for (let i = 0; i < 40 && kept > 20 * 2 ** 20; i++) {
			await new Promise((r) => setTimeout(r, 250));
			kept = await walBytes(db);
		}
		expect(kept).toBeLessThanOrEqual(20 * 2 ** 20);
		expect(await db.query(`select count(*)::int as n from filler`)).toEqual([{ n: 240_000 }]);
	});
});
