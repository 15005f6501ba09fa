import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';
import detailsKeepsOpen from './eslint-rules/details-keeps-open.js';
import selectKeepsChoice from './eslint-rules/select-keeps-choice.js';

export default ts.config(
	{ ignores: ['build*/', '.svelte-kit*/', 'src/lib/paraglide/', '.data/', 'node_modules/'] },
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'no-undef': 'off',
			// Kring is served at the root (no paths.base), so plain hrefs are correct and
			// keep links working without JavaScript.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		// What a resident chose or opened before the page started is kept (eslint-rules/).
		files: ['**/*.svelte'],
		plugins: {
			kring: {
				rules: {
					'select-keeps-choice': selectKeepsChoice,
					'details-keeps-open': detailsKeepsOpen
				}
			}
		},
		rules: { 'kring/select-keeps-choice': 'error', 'kring/details-keeps-open': 'error' }
	}
);
