import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention, RETENTION } from '../../src/lib/server/account';
import { asService } from '../../src/lib/server/db';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';

// Retention (issue 10 point 25): what has outlived its period goes, counted from a frozen
// clock passed in; just younger things stay. And logs never carry what people wrote.
const NOW = new Date('2027-06-01T12:00:00Z');
const ago = (days: number, hours = 0) =>
	new Date(NOW.getTime() - (days * 24 + hours) * 3_600_000).toISOString();

let db: TestDatabase;
let fx: ChatFixture;
const ids: Record<string, string> = {};

async function insert(name: string, text: string, params: unknown[]) {
	const [row] = await asService(db, (tx) => tx.query<{ id: string }>(text, params));
	ids[name] = row.id;
}
async function exists(table: string, name: string): Promise<boolean> {
	const rows = await db.query(`select 1 from ${table} where id = $1`, [ids[name]]);
	return rows.length === 1;
}

beforeAll(async () => {
	db = await createTestDatabase();
	fx = await createChatFixture(db, { circles: 1, membersPerCircle: 2 });
	const [a, b] = fx.users;
	const circle = fx.circles[0].id;
	const question = (status: string, updated: string) =>
		`insert into public.questions (user_id, body, theme_slugs, status, created_at, updated_at)
		 values ('${a.id}', 'Ik zoek een maatje om mee te wandelen.', '{}', '${status}', '${updated}', '${updated}') returning id`;
	const d = RETENTION.closedQuestionDays;
	await insert('oldClosedQuestion', question('closed', ago(d, 1)), []);
	await insert('youngClosedQuestion', question('closed', ago(d - 1)), []);
	await insert('oldOpenQuestion', question('open', ago(d * 3)), []);

	const j = RETENTION.settledJoinRequestDays;
	const join = `insert into public.join_requests (circle_id, user_id, status, created_at, decided_at)
		 values ($1, $2, $3, $4, $5) returning id`;
	await insert('oldDeclined', join, [circle, b.id, 'declined', ago(j + 10), ago(j, 1)]);
	await insert('youngDeclined', join, [circle, a.id, 'declined', ago(j + 10), ago(j - 1)]);
	await insert('oldWithdrawn', join, [circle, a.id, 'withdrawn', ago(j + 1), null]);
	await insert('oldWaiting', join, [circle, b.id, 'waiting', ago(j * 3), null]);

	const note = `insert into public.notifications (user_id, kind, created_at, read_at)
		 values ($1, 'account_test', $2, $3) returning id`;
	const n = RETENTION.notificationDays;
	const r = RETENTION.readNotificationDays;
	await insert('oldUnread', note, [a.id, ago(n, 1), null]);
	await insert('youngUnread', note, [a.id, ago(n - 1), null]);
	await insert('oldRead', note, [a.id, ago(r, 1), ago(r - 1)]);
	await insert('youngRead', note, [a.id, ago(r - 1), ago(r - 2)]);

	const code = `insert into kring_auth.one_time_codes (email, code_hash, expires_at, created_at)
		 values ('x@example.org', 'x:y', $1, $1) returning id`;
	await insert('oldCode', code, [ago(0, RETENTION.signInCodeHours + 1)]);
	await insert('youngCode', code, [ago(0, RETENTION.signInCodeHours - 1)]);

	const session = `insert into kring_auth.sessions (token_hash, user_id, expires_at)
		 values ($1, $2, $3) returning id`;
	await insert('expiredSession', session, ['expired', a.id, ago(0, 1)]);
	await insert('liveSession', session, ['live', a.id, ago(-1)]);
}, 120_000);
afterAll(() => db?.close());

describe('retention', () => {
	it('has documented periods in one place', () => {
		const readme = readFileSync('README.md', 'utf8');
		expect(readme).toMatch(/## Your data/);
		for (const value of [
			RETENTION.closedQuestionDays,
			RETENTION.settledJoinRequestDays,
			RETENTION.readNotificationDays,
			RETENTION.notificationDays,
			RETENTION.signInCodeHours
		])
			expect(readme).toContain(String(value));
	});

	it('removes only what outlived its period at the frozen time', async () => {
		const removed = await applyRetention(db, NOW);
		expect(removed).toMatchObject({
			questions: 1,
			joinRequests: 2,
			notifications: 2,
			signInCodes: 1
		});
		// The fixture's own sessions end a day after the real now, long before NOW.
		expect(removed.sessions).toBeGreaterThanOrEqual(1);
		expect(await exists('public.questions', 'oldClosedQuestion')).toBe(false);
		expect(await exists('public.questions', 'youngClosedQuestion')).toBe(true);
		expect(await exists('public.questions', 'oldOpenQuestion')).toBe(true);
		expect(await exists('public.join_requests', 'oldDeclined')).toBe(false);
		expect(await exists('public.join_requests', 'oldWithdrawn')).toBe(false);
		expect(await exists('public.join_requests', 'youngDeclined')).toBe(true);
		expect(await exists('public.join_requests', 'oldWaiting')).toBe(true);
		expect(await exists('public.notifications', 'oldUnread')).toBe(false);
		expect(await exists('public.notifications', 'oldRead')).toBe(false);
		expect(await exists('public.notifications', 'youngUnread')).toBe(true);
		expect(await exists('public.notifications', 'youngRead')).toBe(true);
		expect(await exists('kring_auth.one_time_codes', 'oldCode')).toBe(false);
		expect(await exists('kring_auth.one_time_codes', 'youngCode')).toBe(true);
		expect(await exists('kring_auth.sessions', 'expiredSession')).toBe(false);
		expect(await exists('kring_auth.sessions', 'liveSession')).toBe(true);
	});

	it('removes the younger ones once the clock moves on', async () => {
		const later = new Date(NOW.getTime() + 2 * 24 * 3_600_000);
		const removed = await applyRetention(db, later);
		expect(removed).toMatchObject({ questions: 1, joinRequests: 1, notifications: 2 });
		expect(await exists('public.questions', 'youngClosedQuestion')).toBe(false);
		expect(await exists('public.questions', 'oldOpenQuestion')).toBe(true);
		expect(await exists('kring_auth.sessions', 'liveSession')).toBe(false);
	});
});

/** Every .ts, .js and .svelte file under a folder. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'paraglide' ? [] : sources(path);
		return /\.(ts|js|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

describe('logs', () => {
	// Calls that write to the log: console.* and the structured logger (log.info …).
	const call =
		/\b(console\.(log|info|warn|error|debug)|log\.(trace|debug|info|warn|error|fatal))\(/g;
	// What people wrote lives in variables and fields with these names.
	const written = /\b(body|text|message_body|question|questions|reason|note|intro|description)\b/;
	// Reviewed exceptions, each with why it is safe.
	const allowed: Record<string, string> = {
		'src/lib/server/auth/mailbox.ts':
			'the demo mailbox (no SMTP configured) prints sign-in codes and reminders: Kring’s own words, never a message or question'
	};

	/** The argument text of every log call in a file (up to the closing parenthesis). */
	function logCalls(source: string): string[] {
		const found: string[] = [];
		for (const match of source.matchAll(call)) {
			let depth = 1;
			let i = match.index + match[0].length;
			const start = i;
			for (; i < source.length && depth > 0; i++) {
				if (source[i] === '(') depth++;
				else if (source[i] === ')') depth--;
			}
			found.push(source.slice(start, i - 1));
		}
		return found;
	}

	it('never pass what people wrote, or a whole error, to the log', () => {
		const files = [...sources('src'), 'server.js'];
		expect(files.length).toBeGreaterThan(50);
		const bad: string[] = [];
		let calls = 0;
		for (const file of files) {
			if (file in allowed) continue;
			for (const args of logCalls(readFileSync(file, 'utf8'))) {
				calls++;
				// Words inside string literals are the log line's own text, not a variable.
				if (written.test(args.replace(/(['`])(?:(?!\1).)*\1/g, '""')))
					bad.push(`${file}: ${args.slice(0, 80)}`);
			}
		}
		expect(calls).toBeGreaterThan(5);
		expect(bad).toEqual([]);
	});

	it('never hand a whole error to console (it would print the database detail: a row’s values)', () => {
		const bad: string[] = [];
		for (const file of sources('src')) {
			if (file in allowed) continue;
			const source = readFileSync(file, 'utf8');
			for (const m of source.matchAll(
				/console\.(error|warn|info|log)\(([^;]*?),\s*(e|err|error)\s*\)/g
			))
				bad.push(`${file}: ${m[0].slice(0, 80)}`);
		}
		expect(bad).toEqual([]);
	});
});
