import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// KRING_OUT lets two builds run side by side (e.g. parallel test runs) without clashing.
const out = process.env.KRING_OUT ? `-${process.env.KRING_OUT}` : '';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: `build${out}` }),
		outDir: `.svelte-kit${out}`
	}
};

export default config;
