import { describe, expect, it } from 'vitest';
import { answerBadInput, badInputError, inputErrorStatusOf } from './errors';

const pgError = (code: string) => Object.assign(new Error('from the database'), { code });

describe('bad input from the database is a 400/404, never a 500 (issue 10.15)', () => {
	it('maps SQLSTATEs of bad input, and nothing else', () => {
		expect(inputErrorStatusOf(pgError('22021'))).toBe(400); // NUL in text
		expect(inputErrorStatusOf(pgError('22P02'))).toBe(400); // not a uuid
		expect(inputErrorStatusOf(pgError('22008'))).toBe(400); // year 0
		expect(inputErrorStatusOf(pgError('22P05'))).toBe(400);
		expect(inputErrorStatusOf(pgError('23503'))).toBe(400); // a neighbourhood that is not there
		expect(inputErrorStatusOf(pgError('42501'))).toBe(404); // row-level security: "not there"
		expect(inputErrorStatusOf(pgError('23505'))).toBeNull(); // a unique key says who exists: not ours
		expect(inputErrorStatusOf(pgError('08006'))).toBeNull(); // connection lost: a real 500
		expect(inputErrorStatusOf(new Error('plain'))).toBeNull();
		expect(inputErrorStatusOf(null)).toBeNull();
	});

	it('handleError gives the message, and the handle answers with its status', async () => {
		const locals = {};
		const shown = badInputError(pgError('22021'), locals);
		expect(shown).toMatchObject({ status: 400 });
		expect(shown?.message).toMatch(/\S/);
		expect(shown).not.toHaveProperty('errorId');
		const response = await answerBadInput({
			event: { locals },
			resolve: async () => new Response('page', { status: 500 })
		} as never);
		expect(response.status).toBe(400);
		expect(await response.text()).toBe('page');
	});

	it('leaves real faults and other requests alone', async () => {
		expect(badInputError(pgError('08006'), {})).toBeNull();
		const response = await answerBadInput({
			event: { locals: {} },
			resolve: async () => new Response('page', { status: 500 })
		} as never);
		expect(response.status).toBe(500);
	});
});
