import { describe, expect, it } from 'vitest';
import { englishTitle } from './titles';

const circle = { name: 'Autisme-café Ridderveld', name_en: 'Autism café Ridderveld' };

describe('the English title of a new gathering', () => {
	it('keeps the circle’s English name when the title is the circle’s name', () => {
		expect(englishTitle({ title: circle.name, title_en: circle.name_en }, circle)).toBe(
			circle.name_en
		);
	});

	it('drops the circle’s English name left in place under a title of its own', () => {
		expect(englishTitle({ title: 'Kerstkoffie', title_en: circle.name_en }, circle)).toBe('');
	});

	it('keeps an English title the host wrote', () => {
		expect(englishTitle({ title: 'Kerstkoffie', title_en: 'Christmas coffee' }, circle)).toBe(
			'Christmas coffee'
		);
		expect(englishTitle({ title: 'Kerstkoffie', title_en: '' }, circle)).toBe('');
		expect(englishTitle({ title: 'Kerstkoffie' }, { ...circle, name_en: null })).toBe('');
	});
});
