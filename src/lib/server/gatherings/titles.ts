/**
 * The English title of a new gathering. The form starts with the circle's names in both
 * languages; a host who gives the gathering a title of its own and leaves the English one as
 * it was would show English readers the circle's name instead. Then the English title is
 * dropped, and English readers see the new title, marked as Dutch.
 */
export function englishTitle(
	input: { title: string; title_en?: string },
	circle: { name: string; name_en: string | null }
): string {
	const english = input.title_en?.trim() ?? '';
	const untouched = english !== '' && english === circle.name_en?.trim();
	const retitled = input.title.trim() !== circle.name.trim();
	return untouched && retitled ? '' : english;
}
