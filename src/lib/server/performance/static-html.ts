import type { Component } from 'svelte';
import { render } from 'svelte/server';

/**
 * A component rendered to HTML on the server, for a page to place with `{@html}`: the page then
 * needs the component's code only where it shows it live, not to start (issue 13: JavaScript to
 * start). Svelte escapes every value, as in the page itself. `idPrefix` keeps the ids the
 * component makes (`$props.id()`) apart from the page's own.
 */
export function staticHtml<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props,
	idPrefix: string
): string {
	return render(component, { props, idPrefix }).body;
}
