import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openAsBlob, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Database, Sql } from './types';

// Memory (measured in BENCHMARKS.md, "## Matching"): PGlite's defaults cost a Node process
// 450-750 MB before any data. What makes it smaller, and is set here:
// - shared_buffers 16 MB instead of initdb's 128 MB: PGlite allocates and zero-fills the
//   buffer pool inside its WASM heap, so all 128 MB are resident (-110 MB, no measurable
//   effect on query time: the data files live in memory or the OS page cache anyway).
// - No initdb in this process: initdb runs a second PGlite, snapshots its whole WASM heap
//   and writes it back before every postgres run it makes (peak 580-920 MB). A fresh
//   database is instead loaded from a template data directory, made once per PGlite
//   version by a short-lived child process and kept in node_modules/.cache/kring.
// - Checkpoints: a single-user postgres has no checkpointer, so WAL was never removed and
//   every written byte stayed in memory (in-memory databases) or in pg_wal. After ~16 MB of
//   WAL a CHECKPOINT runs (wal_recycle=off lets it delete the old segments).
// Not set: V8's --liftoff-only (-90 MB but ~30 % slower queries) and
// --wasm-num-compilation-tasks=1 (no clear gain here, slower tier-up on a busy machine).

const SETTINGS = ['shared_buffers=16MB', 'wal_recycle=off'];
const START_PARAMS = [...PGlite.defaultStartParams, ...SETTINGS.flatMap((s) => ['-c', s])];
// Only for new data directories: 1 MB WAL segments instead of 16 MB.
const INITDB_PARAMS = ['-c', 'shared_buffers=16MB', '--wal-segsize=1'];
const CHECKPOINT_WAL_BYTES = 16 * 2 ** 20;

function wrap(q: PGlite | Transaction): Sql {
	return {
		async query(text, params = []) {
			const result = await q.query(text, params);
			return result.rows as never;
		},
		async exec(text) {
			await q.exec(text);
		}
	};
}

/** Runs in a child process: initdb, checkpoint, write the data directory as a tarball. */
const TEMPLATE_SCRIPT = `
import { writeFileSync, renameSync } from 'node:fs';
const { PGlite } = await import(process.env.KRING_PGLITE_URL);
const pg = await PGlite.create({
	initDbStartParams: JSON.parse(process.env.KRING_INITDB_PARAMS),
	startParams: JSON.parse(process.env.KRING_START_PARAMS)
});
await pg.exec('checkpoint');
const tar = await pg.dumpDataDir('none');
await pg.close();
const out = process.env.KRING_TEMPLATE_OUT;
writeFileSync(out + '.' + process.pid, new Uint8Array(await tar.arrayBuffer()));
renameSync(out + '.' + process.pid, out);
`;

let templateFile: Promise<string | undefined> | undefined;

/** The template data directory for new databases; undefined if it cannot be had (then initdb). */
function template(): Promise<string | undefined> {
	templateFile ??= makeTemplate().catch((e) => {
		console.warn(`[kring] no PGlite template, running initdb in this process: ${e}`);
		return undefined;
	});
	return templateFile;
}

async function makeTemplate(): Promise<string> {
	const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
	const root = dirname(dirname(entry));
	const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const key = createHash('sha256')
		.update(JSON.stringify([version, INITDB_PARAMS, START_PARAMS]))
		.digest('hex')
		.slice(0, 12);
	// node_modules/.cache/kring next to the installed PGlite (root is …/node_modules/@electric-sql/pglite).
	let dir = process.env.KRING_CACHE_DIR ?? join(root, '..', '..', '.cache', 'kring');
	try {
		mkdirSync(dir, { recursive: true });
	} catch {
		dir = join(tmpdir(), 'kring-cache');
		mkdirSync(dir, { recursive: true });
	}
	const file = join(dir, `pglite-${version}-${key}.tar`);
	const lock = `${file}.lock`;
	for (let waited = 0; !existsSync(file); waited += 250) {
		// One process makes it (mkdir of the lock is exclusive); others (parallel tests) wait.
		try {
			mkdirSync(lock);
		} catch {
			const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
			if (Date.now() - since > 120_000) rmSync(lock, { recursive: true, force: true });
			else if (waited > 180_000) throw new Error('timed out waiting for the template');
			await new Promise((r) => setTimeout(r, 250));
			continue;
		}
		try {
			await runTemplateScript(join(root, 'dist', 'index.js'), file);
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
	}
	return file;
}

function runTemplateScript(pgliteEntry: string, out: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			// Liftoff only: no TurboFan tier-up for a one-off initdb (lower peak).
			['--liftoff-only', '--input-type=module', '-e', TEMPLATE_SCRIPT],
			{
				env: {
					...process.env,
					NODE_OPTIONS: '',
					KRING_PGLITE_URL: pathToFileURL(pgliteEntry).href,
					KRING_INITDB_PARAMS: JSON.stringify(INITDB_PARAMS),
					KRING_START_PARAMS: JSON.stringify(START_PARAMS),
					KRING_TEMPLATE_OUT: out
				},
				stdio: ['ignore', 'ignore', 'pipe']
			}
		);
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		child.on('error', reject);
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`template process exited ${code}: ${stderr}`))
		);
	});
}

/**
 * PGlite on disk (or in memory when dataDir is undefined): the embedded default.
 * `from`: a data directory tarball (made by `dump()`) to start a new database from.
 */
export async function openPglite(
	dataDir?: string,
	options: { from?: string } = {}
): Promise<Database & { dump(): Promise<Blob> }> {
	const path = dataDir?.replace(/^file:\/\//, '');
	const memory = !path || path.startsWith('memory://');
	const fresh = memory || !existsSync(join(path, 'PG_VERSION'));
	const tpl = fresh ? (options.from ?? (await template())) : undefined;
	const pg = await PGlite.create(dataDir, {
		extensions: { pg_trgm, unaccent },
		startParams: START_PARAMS,
		initDbStartParams: INITDB_PARAMS,
		...(tpl ? { loadDataDir: await openAsBlob(tpl) } : {})
	});
	// As on Supabase: extension functions and operators (pg_trgm's %) live in `extensions`.
	await pg.exec('set search_path to public, extensions');

	// At most once a second after a call: checkpoint when 16 MB of WAL have been written since
	// the last one. Queued behind the caller's statement on PGlite's own lock.
	const walPosition = async () => {
		const { rows } = await pg.query<{ pos: number }>(
			`select (pg_current_wal_insert_lsn() - '0/0'::pg_lsn)::float8 as pos`
		);
		return rows[0].pos;
	};
	let checkpointed = await walPosition();
	let lastCheck = 0;
	let checking: Promise<void> | undefined;
	let closed = false;
	const afterCall = () => {
		if (closed || checking || Date.now() - lastCheck < 1000) return;
		lastCheck = Date.now();
		checking = (async () => {
			const pos = await walPosition();
			if (pos - checkpointed < CHECKPOINT_WAL_BYTES) return;
			await pg.exec('checkpoint');
			checkpointed = pos;
		})()
			.catch(() => {})
			.finally(() => (checking = undefined));
	};
	const self = wrap(pg);
	return {
		kind: 'pglite',
		async query(text, params) {
			try {
				return await self.query(text, params);
			} finally {
				afterCall();
			}
		},
		async exec(text) {
			try {
				await self.exec(text);
			} finally {
				afterCall();
			}
		},
		async transaction(fn) {
			try {
				return await pg.transaction((tx) => fn(wrap(tx)));
			} finally {
				afterCall();
			}
		},
		async close() {
			closed = true;
			await checking;
			await pg.close();
		},
		async dump() {
			await checking;
			await pg.exec('checkpoint');
			return pg.dumpDataDir('none');
		}
	};
}
