/**
 * Kring's own lint rule: a `<details>` whose `open` the page gives (`open={...}` or
 * `bind:open`) must use `{...keptOpen(...)}` instead. Svelte sets that `open` again while the
 * page starts (hydrates), before any attachment runs, so a section opened on a slow phone
 * before the JavaScript ran would close again; `keptOpen` (src/lib/components/kept-open.ts)
 * lets the server write it and leaves it to the resident after. A plain `open` is left alone:
 * Svelte does not set it again.
 *
 * @type {import('eslint').Rule.RuleModule}
 */
export default {
	meta: {
		type: 'problem',
		docs: { description: 'require `{...keptOpen(...)}` for a `<details>` whose `open` is given' },
		schema: [],
		messages: {
			given:
				'Svelte sets this <details> open again while the page starts, closing what a resident ' +
				'opened before: write `{...keptOpen({{ open }})}` instead ' +
				"(import { keptOpen } from '$lib/components/kept-open')."
		}
	},
	create(context) {
		const source = context.sourceCode;
		return {
			/** @param {any} element */
			"SvelteElement[kind='html'][name.name='details']"(element) {
				for (const a of element.startTag.attributes) {
					const given =
						(a.type === 'SvelteAttribute' &&
							a.key.name === 'open' &&
							a.value.some((/** @type {any} */ v) => v.type === 'SvelteMustacheTag')) ||
						(a.type === 'SvelteShorthandAttribute' && a.key.name === 'open') ||
						(a.type === 'SvelteDirective' && a.kind === 'Binding' && a.key.name.name === 'open');
					if (!given) continue;
					const value =
						a.type === 'SvelteAttribute'
							? a.value.find((/** @type {any} */ v) => v.type === 'SvelteMustacheTag').expression
							: a.type === 'SvelteDirective'
								? a.expression
								: null;
					const open =
						value === null || value.type === 'SvelteFunctionBindingsExpression'
							? 'open'
							: source.getText(value);
					context.report({ node: a, messageId: 'given', data: { open } });
				}
			}
		};
	}
};
