import { RuleTester } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import { describe, expect, it } from 'vitest';
import rule from '../../eslint-rules/select-keeps-choice.js';

// The lint rule that makes every new `<select bind:value>` keep a choice made before the page
// started (issue 13, "nothing a user did is lost"). RuleTester's own checks throw; each case
// asserts that they do not.
RuleTester.describe = describe;
RuleTester.it = (name: string, test: () => void) => it(name, () => expect(test).not.toThrow());
RuleTester.itOnly = RuleTester.it;

const tester = new RuleTester({
	languageOptions: { parser: svelteParser, ecmaVersion: 'latest', sourceType: 'module' }
});

const message = (bound: string) =>
	`This <select bind:value> loses a choice made before the page started: add ` +
	`\`{@attach keptChoice((choice) => (${bound} = choice))}\` ` +
	`(import { keptChoice } from '$lib/components/kept-choice').`;

tester.run('select-keeps-choice', rule, {
	valid: [
		{
			name: 'a bound select with keptChoice',
			code: `<select bind:value={$form.area} {@attach keptChoice((choice) => ($form.area = choice))}><option>a</option></select>`
		},
		{ name: 'a select without a binding', code: `<select name="day" defaultValue="1"></select>` },
		{ name: 'a bound input', code: `<input bind:value={name} />` },
		{ name: 'another binding on a select', code: `<select bind:this={element}></select>` }
	],
	invalid: [
		{
			name: 'a bound select without an attachment',
			code: `<select id="area" bind:value={$form.area}><option>a</option></select>`,
			errors: [{ message: message('$form.area'), line: 1, column: 19 }]
		},
		{
			name: 'a bound select with another attachment',
			code: `<select bind:value={v.kind} {@attach tooltip('x')}></select>`,
			errors: [{ message: message('v.kind') }]
		},
		{
			name: 'the shorthand binding',
			code: `<select bind:value></select>`,
			errors: [{ message: message('value') }]
		},
		{
			name: 'a function binding',
			code: `<select bind:value={() => day, (d) => (day = d)}></select>`,
			errors: [{ message: message('…') }]
		},
		{
			name: 'inside a block',
			code: `{#if open}<div><select bind:value={theme}></select></div>{/if}`,
			errors: [{ message: message('theme') }]
		}
	]
});
