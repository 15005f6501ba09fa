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
	// Without Svelte's hydration markers (`<!--[-->`, `<!--]-->`, …): nothing hydrates this,
	// and the page sends it twice (in the markup and in its data). Text from residents cannot
	// hold a marker: Svelte writes its `<` as `&lt;`.
	return render(component, { props, idPrefix }).body.replace(/<!--(?:\[-?\d*|\])?-->/g, '');
}
