import type { Attachment } from 'svelte/attachments';

/**
 * For a `<select bind:value>`: `{@attach keptChoice((choice) => (bound = choice))}` keeps a choice
 * made before the page's JavaScript started. Svelte keeps what was typed in a bound input while
 * the page hydrates, but selects the bound value in a `<select>` again, so the choice would be
 * lost. This runs before that and writes the choice into the bound value when it is not the
 * option the page came with (the one marked `selected`, or else the first that can be chosen).
 * `choice` is typed `never` so it can be given to a narrower type, such as `'open' | 'approval'`:
 * it is the value of one of the select's own options.
 */
export function keptChoice(keep: (choice: never) => void): Attachment<HTMLSelectElement> {
	return (select) => {
		const options = [...select.options];
		const served =
			options.find((option) => option.defaultSelected) ??
			options.find((option) => !option.disabled);
		const chosen = select.selectedOptions[0];
		if (chosen && chosen !== served) keep(chosen.value as never);
	};
}
