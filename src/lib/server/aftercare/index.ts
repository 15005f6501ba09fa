import { asService, withUser, type Actor, type Database } from '../db';

/**
 * Aftercare (issue 14 point 7): three months after a resident closes a question as helped,
 * one gentle check-in, "how are you doing?", with the option to reopen the question or find
 * a circle. The rules live in the database (private.send_aftercare_check_ins); the clock is
 * passed in, so tests run it on any day.
 */
export function sendAftercareCheckIns(db: Database, now: Date = new Date()): Promise<number> {
	return asService(db, async (tx) => {
		const [row] = await tx.query<{ sent: number }>(
			`select private.send_aftercare_check_ins($1::timestamptz) as sent`,
			[now.toISOString()]
		);
		return row.sent;
	});
}

export type CheckIn = {
	sent_at: Date;
	response: 'reopened' | 'circle' | 'fine' | null;
};

/** The check-in of one of the actor's questions, if one was sent. */
export function readCheckIn(db: Database, actor: Actor, questionId: string) {
	return withUser(db, actor, async (tx) => {
		const [row] = await tx.query<CheckIn>(
			`select sent_at, response from public.aftercare_check_ins where question_id = $1`,
			[questionId]
		);
		return row ?? null;
	});
}

export const checkInResponses = ['reopened', 'circle', 'fine'] as const;
export type CheckInResponse = (typeof checkInResponses)[number];

/**
 * The resident's answer. "reopened" opens the question again (its circles come back);
 * "circle" and "fine" are only noted. False when there is no check-in of theirs.
 */
export function answerCheckIn(
	db: Database,
	actor: Actor,
	questionId: string,
	response: CheckInResponse
): Promise<boolean> {
	return withUser(db, actor, async (tx) => {
		const rows = await tx.query(
			`update public.aftercare_check_ins set response = $2, responded_at = now()
			 where question_id = $1 returning question_id`,
			[questionId, response]
		);
		if (!rows.length) return false;
		if (response === 'reopened') {
			await tx.query(`update public.questions set status = 'open' where id = $1`, [questionId]);
		}
		return true;
	});
}

/** Closes one of the actor's questions with a reason ("helped" brings the check-in later). */
export async function closeQuestion(
	db: Database,
	actor: Actor,
	id: string,
	reason: 'helped' | 'no_longer_needed' | 'other'
): Promise<boolean> {
	const rows = await withUser(db, actor, (tx) =>
		tx.query(
			`update public.questions set status = 'closed', closed_reason = $2 where id = $1 returning id`,
			[id, reason]
		)
	);
	return rows.length === 1;
}
