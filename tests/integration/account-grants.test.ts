import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	exportMyData,
	giveAccess,
	GrantError,
	grantsForWorker,
	grantWorkers,
	myGrants,
	readGrant,
	revokeAccess
} from '../../src/lib/server/account';
import { asService, withUser } from '../../src/lib/server/db';
import { createChatFixture, type ChatFixture } from '../bench/chat-fixture';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

// Time-limited grants (issue 10 point 21): a resident opens chosen data to one named
// worker for 1–90 days; nothing comes back from the second it expires (the clock moved by
// moving the grant into the past) or is revoked; every read is logged for the resident.
let db: TestDatabase;
let fx: ChatFixture;
let resident: ChatFixture['users'][number];
let otherWorker: ChatFixture['users'][number];
const question = 'Ik heb schulden en weet niet waar ik moet beginnen.';

beforeAll(async () => {
	db = await createTestDatabase();
	fx = await createChatFixture(db, { circles: 1, membersPerCircle: 2 });
	resident = fx.users[1];
	otherWorker = fx.users[0];
	await asService(db, (tx) =>
		tx.query(`update public.profiles set roles = '{resident,worker}' where id = $1`, [
			otherWorker.id
		])
	);
	await withUser(db, resident, (tx) =>
		tx.query(`insert into public.questions (body, theme_slugs) values ($1, '{}')`, [question])
	);
}, 120_000);
afterAll(() => db?.close());

/** Moves a grant `days` into the past, as if the clock had moved on. */
const moveClock = (grantId: string, days: number) =>
	asService(db, (tx) =>
		tx.query(
			`update public.access_grants set created_at = created_at - make_interval(days => $2),
			   expires_at = expires_at - make_interval(days => $2) where id = $1`,
			[grantId, days]
		)
	);

describe('time-limited grants', () => {
	it('lists workers to choose from, and refuses other people and bad periods', async () => {
		const workers = await grantWorkers(db, resident);
		expect(workers.map((w) => w.id)).toContain(fx.worker.id);
		expect(workers.map((w) => w.id)).not.toContain(resident.id);
		const refusal = (p: Promise<unknown>) =>
			p.then(
				() => null,
				(e) => (e as GrantError).code
			);
		expect(
			await refusal(
				giveAccess(db, resident, { workerId: fx.worker.id, scope: ['questions'], days: 0 })
			)
		).toBe('grant_days');
		expect(
			await refusal(
				giveAccess(db, resident, { workerId: fx.worker.id, scope: ['questions'], days: 91 })
			)
		).toBe('grant_days');
		expect(
			await refusal(
				giveAccess(db, resident, { workerId: fx.outsider.id, scope: ['questions'], days: 7 })
			)
		).toBe('grant_worker');
	});

	it('opens the chosen data to the named worker only, logs every read, ends at expiry', async () => {
		const id = await giveAccess(db, resident, {
			workerId: fx.worker.id,
			scope: ['questions', 'profile'],
			days: 7
		});
		expect((await grantsForWorker(db, fx.worker)).map((g) => g.id)).toEqual([id]);
		const data = await readGrant(db, fx.worker, id);
		expect(data).toMatchObject({ questions: [expect.objectContaining({ body: question })] });
		expect(data).toHaveProperty('profile');
		expect(data).not.toHaveProperty('help_requests');
		await readGrant(db, fx.worker, id);

		// Another worker, the resident's fellow member and anonymous visitors get nothing.
		expect(await readGrant(db, otherWorker, id)).toBeNull();
		expect(await grantsForWorker(db, otherWorker)).toEqual([]);
		await expect(
			withUser(db, null, (tx) => tx.query(`select private.read_granted_data($1)`, [id]))
		).rejects.toThrow(/permission denied/);
		// The worker cannot read the table's rows of other grants, nor the log.
		const rows = await withUser(db, fx.worker, (tx) =>
			tx.query(`select * from public.access_grant_reads`)
		);
		expect(rows).toEqual([]);

		// The resident sees both reads, by whom and of what.
		const [mine] = await myGrants(db, resident);
		expect(mine).toMatchObject({ id, active: true, scope: ['profile', 'questions'] });
		expect(mine.reads).toHaveLength(2);
		expect(mine.reads[0]).toMatchObject({ scope: ['profile', 'questions'] });

		// Six days and 23 hours later: still open. Then the clock passes the end.
		await moveClock(id, 6);
		await asService(db, (tx) =>
			tx.query(
				`update public.access_grants set created_at = created_at - interval '23 hours',
				   expires_at = expires_at - interval '23 hours' where id = $1`,
				[id]
			)
		);
		expect(await readGrant(db, fx.worker, id)).not.toBeNull();
		await asService(db, (tx) =>
			tx.query(
				`update public.access_grants set created_at = created_at - interval '1 hour 1 second',
				   expires_at = expires_at - interval '1 hour 1 second' where id = $1`,
				[id]
			)
		);
		expect(await readGrant(db, fx.worker, id)).toBeNull();
		expect(await grantsForWorker(db, fx.worker)).toEqual([]);
		const [after] = await myGrants(db, resident);
		expect(after).toMatchObject({ id, active: false });
		// The failed read after expiry is not a read: nothing was returned.
		expect(after.reads).toHaveLength(3);
	});

	it('ends at once when the resident revokes it; only the resident can', async () => {
		const id = await giveAccess(db, resident, {
			workerId: fx.worker.id,
			scope: ['questions'],
			days: 30
		});
		expect(await readGrant(db, fx.worker, id)).not.toBeNull();
		expect(await revokeAccess(db, fx.worker, id)).toBe(false);
		expect(await readGrant(db, fx.worker, id)).not.toBeNull();
		expect(await revokeAccess(db, resident, id)).toBe(true);
		expect(await readGrant(db, fx.worker, id)).toBeNull();
		expect(await grantsForWorker(db, fx.worker)).toEqual([]);
	});

	it('cannot be written directly (only through the functions)', async () => {
		const denied = await withUser(db, resident, (tx) =>
			tx.query(
				`insert into public.access_grants (resident_id, worker_id, scope, expires_at)
				 values ($1, $2, '{questions}', now() + interval '400 days')`,
				[resident.id, fx.worker.id]
			)
		).then(
			() => false,
			(e) => /permission denied/.test(String(e))
		);
		expect(denied).toBe(true);
	});

	it('is in the resident’s export, with its access log', async () => {
		const data = await exportMyData(db, resident);
		expect(data.access_grants.length).toBe(2);
		expect(JSON.stringify(data.access_grants)).toContain('read_at');
	});
});
