import { describe, expect, it } from 'vitest';
import { safeError, scrub } from './index';

describe('log', () => {
	it('keeps what someone wrote and email addresses out of error messages', () => {
		const e = Object.assign(new Error('invalid input syntax for type uuid: "ik heb schulden"'), {
			code: '22P02',
			detail: 'Key (email)=(sanne@kring.example) already exists.'
		});
		const safe = safeError(e);
		expect(safe).toMatchObject({ type: 'Error', code: '22P02' });
		expect(JSON.stringify(safe)).not.toMatch(/schulden|sanne|kring\.example|Key \(/);
		expect(scrub("mail anna.b@example.org about 'x'")).toBe("mail …@… about '…'");
	});
});
