/**
 * Kring's own lint rule: a `<select bind:value>` must keep a choice made before the page's
 * JavaScript started. Svelte selects the bound value again while the page starts (hydrates), so
 * on a slow phone the resident's choice would be lost; `keptChoice`
 * (src/lib/components/kept-choice.ts) keeps it. Works on eslint-plugin-svelte's AST.
 *
 * @type {import('eslint').Rule.RuleModule}
 */
export default {
	meta: {
		type: 'problem',
		docs: {
			description: 'require `{@attach keptChoice(...)}` on every `<select bind:value>`'
		},
		schema: [],
		messages: {
			missing:
				'This <select bind:value> loses a choice made before the page started: add ' +
				'`{@attach keptChoice((choice) => ({{ bound }} = choice))}` ' +
				"(import { keptChoice } from '$lib/components/kept-choice')."
		}
	},
	create(context) {
		const source = context.sourceCode;
		return {
			/** @param {any} element */
			"SvelteElement[kind='html'][name.name='select']"(element) {
				const attributes = element.startTag.attributes;
				const binding = attributes.find(
					(/** @type {any} */ a) =>
						a.type === 'SvelteDirective' && a.kind === 'Binding' && a.key.name.name === 'value'
				);
				if (!binding) return;
				const kept = attributes.some(
					(/** @type {any} */ a) =>
						a.type === 'SvelteAttachTag' &&
						a.expression.type === 'CallExpression' &&
						a.expression.callee.type === 'Identifier' &&
						a.expression.callee.name === 'keptChoice'
				);
				if (kept) return;
				// `bind:value` alone binds `value`; a function binding has no one name to write to.
				const bound =
					binding.expression === null
						? 'value'
						: binding.expression.type === 'SvelteFunctionBindingsExpression'
							? '…'
							: source.getText(binding.expression);
				context.report({ node: binding, messageId: 'missing', data: { bound } });
			}
		};
	}
};
