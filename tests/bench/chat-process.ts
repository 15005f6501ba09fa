import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { migrate } from '../../src/lib/server/db/migrate';
import { readMigrations } from '../../src/lib/server/db/migrations-fs';
import { openPostgres } from '../../src/lib/server/db/postgres';
import type { Database } from '../../src/lib/server/db/types';
import type { ChatFixture } from './chat-fixture';

const runner = fileURLToPath(new URL('./chat-run.mjs', import.meta.url));
const entry = fileURLToPath(new URL('./chat-node.ts', import.meta.url));

export type ChatNode = {
	url: string;
	proc: ChildProcess;
	fixture: ChatFixture | null;
	log: () => string;
	stop(signal?: NodeJS.Signals): Promise<void>;
};

/** Starts a chat server process (tests/bench/chat-node.ts) and waits until it listens. */
export async function startChatNode(opts: {
	db: string;
	port: number;
	redisUrl?: string;
	fixture?: { circles: number; membersPerCircle: number };
	sendPoints?: number;
}): Promise<ChatNode> {
	// CHAT_NODE_FLAGS: extra node flags for the server process (e.g. --cpu-prof when profiling).
	const flags = (process.env.CHAT_NODE_FLAGS ?? '').split(' ').filter(Boolean);
	const proc = spawn(process.execPath, [...flags, runner, entry], {
		env: {
			...process.env,
			CHAT_DB: opts.db,
			PORT: String(opts.port),
			REDIS_URL: opts.redisUrl ?? '',
			CHAT_FIXTURE: opts.fixture ? JSON.stringify(opts.fixture) : '',
			CHAT_SEND_POINTS: String(opts.sendPoints ?? 20)
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	proc.stderr!.on('data', (d) => (log += d));
	const ready = await new Promise<{ fixture: ChatFixture | null }>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`chat node did not start:\n${log}`)), 90_000);
		let buffer = '';
		proc.stdout!.on('data', (d) => {
			buffer += d;
			log += d;
			// Only whole lines: a big fixture arrives in several chunks.
			const line = buffer
				.split('\n')
				.slice(0, -1)
				.find((l) => l.startsWith('READY '));
			if (line) {
				clearTimeout(timer);
				resolve(JSON.parse(line.slice(6)));
			}
		});
		proc.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`chat node exited (${code}):\n${log}`));
		});
	});
	return {
		url: `http://127.0.0.1:${opts.port}`,
		proc,
		fixture: ready.fixture,
		log: () => log,
		stop: (signal = 'SIGTERM') =>
			new Promise((resolve) => {
				if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
				const force = setTimeout(() => proc.kill('SIGKILL'), 5000);
				proc.once('exit', () => {
					clearTimeout(force);
					resolve();
				});
				proc.kill(signal);
			})
	};
}

/** A fresh, migrated database on the PostgreSQL at `adminUrl`, dropped by drop(). */
export async function createPostgresDatabase(adminUrl: string) {
	const name = `kring_chat_${randomBytes(6).toString('hex')}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	await admin.unsafe(`create database ${name}`);
	const target = new URL(adminUrl);
	target.pathname = `/${name}`;
	const db: Database = openPostgres(target.toString(), 4);
	await migrate(db, readMigrations());
	return {
		url: target.toString(),
		db,
		async drop() {
			await db.close();
			await admin.unsafe(`drop database if exists ${name} with (force)`);
			await admin.end();
		}
	};
}

/** A redis-server of our own on `port` (Debian's binary), stopped by stop(). */
export async function startRedis(port: number) {
	const proc = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`redis-server did not start:\n${log}`)),
			10_000
		);
		proc.stdout!.on('data', (d) => {
			log += d;
			if (/Ready to accept connections/.test(log)) {
				clearTimeout(timer);
				resolve();
			}
		});
		proc.once('error', reject);
		// E.g. the port is taken: say so at once, not after the timeout.
		proc.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`redis-server exited (${code}):\n${log}`));
		});
	});
	return {
		url: `redis://127.0.0.1:${port}`,
		stop: (signal: NodeJS.Signals = 'SIGTERM') =>
			new Promise<void>((resolve) => {
				proc.once('exit', () => resolve());
				proc.kill(signal);
			}),
		/** Freezes the server: commands sent now stay unanswered until it dies. */
		pause: () => proc.kill('SIGSTOP')
	};
}
