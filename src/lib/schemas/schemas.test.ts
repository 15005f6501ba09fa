import { describe, expect, it } from 'vitest';
import { readCircleFilters } from './circle-filters';
import { profileSchema } from './profile';
import { codeSchema, emailSchema } from './sign-in';

describe('profileSchema', () => {
	it('accepts a normal profile and trims the name', () => {
		const r = profileSchema.parse({
			display_name: '  Sanne ',
			languages: ['nl', 'en'],
			neighbourhood_id: ''
		});
		expect(r).toEqual({
			display_name: 'Sanne',
			pseudonym: '',
			languages: ['nl', 'en'],
			neighbourhood_id: ''
		});
	});
	it('explains in Dutch what is wrong', () => {
		const r = profileSchema.safeParse({ display_name: ' ', languages: [], neighbourhood_id: 'x' });
		expect(r.success).toBe(false);
		const messages = r.error!.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
		expect(messages).toContain('display_name: Vul je naam in.');
		expect(messages).toContain('languages: Kies minstens één taal.');
		expect(messages).toContain('neighbourhood_id: Deze wijk kennen we niet.');
	});
	it('refuses an over-long pseudonym and unknown languages', () => {
		const r = profileSchema.safeParse({
			display_name: 'A',
			pseudonym: 'x'.repeat(81),
			languages: ['klingon']
		});
		expect(r.error!.issues.map((i) => i.path[0])).toEqual(['pseudonym', 'languages']);
	});
});

describe('sign-in schemas', () => {
	it('normalises the email address', () => {
		expect(emailSchema.parse({ email: ' Anna@Kring.Example ' }).email).toBe('anna@kring.example');
		expect(emailSchema.safeParse({ email: 'anna' }).success).toBe(false);
	});
	it('wants six digits', () => {
		expect(codeSchema.safeParse({ email: 'a@b.nl', code: '12345' }).success).toBe(false);
		expect(codeSchema.safeParse({ email: 'a@b.nl', code: ' 123456 ' }).success).toBe(true);
	});
});

describe('readCircleFilters', () => {
	it('keeps valid slugs and drops anything else', () => {
		expect(readCircleFilters(new URLSearchParams('theme=grief&neighbourhood=centrum'))).toEqual({
			theme: 'grief',
			neighbourhood: 'centrum'
		});
		expect(readCircleFilters(new URLSearchParams("theme=' or 1=1&neighbourhood="))).toEqual({
			theme: undefined,
			neighbourhood: undefined
		});
	});
});
