import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	answerCheckIn,
	closeQuestion,
	readCheckIn,
	sendAftercareCheckIns
} from '../../src/lib/server/aftercare';
import { asService, type Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// Aftercare: one check-in three months after a question closed as helped, on an injected clock.

let db: TestDatabase;
let resident: Actor;
let other: Actor;
const { as, denied } = roleQueries(() => db);
const day = 24 * 3600 * 1000;

async function ask(actor: Actor): Promise<string> {
	const [row] = await as<{ id: string }>(
		actor,
		`insert into public.questions (user_id, body) values ((select auth.uid()), 'Ik heb schulden en zoek hulp.') returning id`
	);
	return row.id;
}

const checkIns = (id: string) =>
	asService(db, (tx) =>
		tx.query<{ n: number }>(
			`select count(*)::int as n from public.notifications
			 where kind = 'aftercare_check_in' and payload ->> 'question_id' = $1`,
			[id]
		)
	).then((r) => r[0].n);

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	resident = { id: await userId(db, 'sanne@kring.example') };
	other = { id: await userId(db, 'r02@kring.example') };
}, 120_000);
afterAll(() => db?.close());

describe('aftercare check-in', () => {
	it('goes out once, three months after a question was closed as helped', async () => {
		const id = await ask(resident);
		expect(await closeQuestion(db, resident, id, 'helped')).toBe(true);
		const now = Date.now();
		expect(await sendAftercareCheckIns(db, new Date(now + 80 * day))).toBe(0);
		expect(await checkIns(id)).toBe(0);
		expect(await sendAftercareCheckIns(db, new Date(now + 93 * day))).toBeGreaterThanOrEqual(1);
		expect(await checkIns(id)).toBe(1);
		// Only once: later runs, and a reopen and a second close as helped, send nothing more.
		expect(await sendAftercareCheckIns(db, new Date(now + 120 * day))).toBe(0);
		expect(await answerCheckIn(db, resident, id, 'reopened')).toBe(true);
		const [q] = await as<{ status: string }>(
			resident,
			`select status from public.questions where id = $1`,
			[id]
		);
		expect(q.status).toBe('open');
		await closeQuestion(db, resident, id, 'helped');
		expect(await sendAftercareCheckIns(db, new Date(now + 400 * day))).toBe(0);
		expect(await checkIns(id)).toBe(1);
		const [n] = await as<{ link: string }>(
			resident,
			`select link from public.notifications where kind = 'aftercare_check_in'`
		);
		expect(n.link).toBe(`/questions/${id}#aftercare`);
	});

	it('never for a question closed for another reason, or closed without one', async () => {
		const a = await ask(resident);
		const b = await ask(resident);
		await closeQuestion(db, resident, a, 'no_longer_needed');
		await as(resident, `update public.questions set status = 'closed' where id = $1`, [b]);
		await sendAftercareCheckIns(db, new Date(Date.now() + 200 * day));
		expect(await checkIns(a)).toBe(0);
		expect(await checkIns(b)).toBe(0);
	});

	it('the moment of closing is the database’s: a resident cannot date it back', async () => {
		const id = await ask(resident);
		await closeQuestion(db, resident, id, 'helped');
		await as(resident, `update public.questions set closed_at = '2000-01-01' where id = $1`, [id]);
		const [q] = await as<{ closed_at: Date }>(
			resident,
			`select closed_at from public.questions where id = $1`,
			[id]
		);
		expect(Date.now() - new Date(q.closed_at).getTime()).toBeLessThan(60_000);
		// Reopening clears the reason and the moment.
		await as(resident, `update public.questions set status = 'open' where id = $1`, [id]);
		const [open] = await as<{ closed_at: Date | null; closed_reason: string | null }>(
			resident,
			`select closed_at, closed_reason from public.questions where id = $1`,
			[id]
		);
		expect(open).toEqual({ closed_at: null, closed_reason: null });
	});

	it('only the resident reads and answers their check-in; nobody else can send one', async () => {
		const id = await ask(resident);
		await closeQuestion(db, resident, id, 'helped');
		await sendAftercareCheckIns(db, new Date(Date.now() + 100 * day));
		expect((await readCheckIn(db, resident, id))?.response).toBeNull();
		expect(await readCheckIn(db, other, id)).toBeNull();
		expect(await answerCheckIn(db, other, id, 'fine')).toBe(false);
		expect(
			await denied(other, `select * from public.aftercare_check_ins where question_id = $1`, [id])
		).toBe(true);
		for (const who of [null, resident])
			expect(
				await denied(who, `select private.send_aftercare_check_ins(now() + interval '1 year')`)
			).toBe(true);
		expect(
			await denied(
				resident,
				`insert into public.aftercare_check_ins (question_id) values ($1) returning question_id`,
				[await ask(resident)]
			)
		).toBe(true);
		expect(await answerCheckIn(db, resident, id, 'fine')).toBe(true);
		expect((await readCheckIn(db, resident, id))?.response).toBe('fine');
	});
});
