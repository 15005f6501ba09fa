import type { Cookies } from '@sveltejs/kit';

/** An in-memory cookie jar with SvelteKit's Cookies shape, to drive the auth adapters. */
export function cookieJar(): Cookies & { options: Map<string, unknown> } {
	const values = new Map<string, string>();
	const options = new Map<string, unknown>();
	return {
		options,
		get: (name) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name, value, opts) => {
			values.set(name, value);
			options.set(name, opts);
		},
		delete: (name) => {
			values.delete(name);
		},
		serialize: (name, value) => `${name}=${value}`
	};
}
