import { RuleTester } from 'eslint';
import svelteParser from 'svelte-eslint-parser';
import { describe, expect, it } from 'vitest';
import detailsKeepsOpen from '../../eslint-rules/details-keeps-open.js';
import selectKeepsChoice from '../../eslint-rules/select-keeps-choice.js';

// Kring's own lint rules (eslint-rules/), which make every new `<select bind:value>` keep a
// choice made before the page started, and every `<details>` the page opens keep what the
// resident opened or closed then (issue 13, "nothing a user did is lost"). RuleTester's own
// checks throw; each case asserts that they do not.
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

tester.run('select-keeps-choice', selectKeepsChoice, {
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

const given = (open: string) =>
	`Svelte sets this <details> open again while the page starts, closing what a resident ` +
	`opened before: write \`{...keptOpen(${open})}\` instead ` +
	`(import { keptOpen } from '$lib/components/kept-open').`;

tester.run('details-keeps-open', detailsKeepsOpen, {
	valid: [
		{
			name: 'keptOpen',
			code: `<details class="mt-4" {...keptOpen(moreOpen)}><summary>a</summary></details>`
		},
		{ name: 'a plain details', code: `<details><summary>a</summary></details>` },
		{ name: 'a fixed open', code: `<details open><summary>a</summary></details>` },
		{ name: 'another element', code: `<dialog open={shown}></dialog>` }
	],
	invalid: [
		{
			name: 'open given by the page',
			code: `<details open={moreOpen}><summary>a</summary></details>`,
			errors: [{ message: given('moreOpen'), line: 1, column: 10 }]
		},
		{
			name: 'a bound open',
			code: `<details bind:open={shown}></details>`,
			errors: [{ message: given('shown') }]
		},
		{
			name: 'the shorthand',
			code: `<details {open}></details>`,
			errors: [{ message: given('open') }]
		},
		{
			name: 'an expression, in a block',
			code: `{#each reports as r}<details open={mine && form?.banReason !== undefined}></details>{/each}`,
			errors: [{ message: given('mine && form?.banReason !== undefined') }]
		}
	]
});
