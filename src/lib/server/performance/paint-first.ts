import type { Handle } from '@sveltejs/kit';

/**
 * SvelteKit's start script imports the app at once. When the scripts are already there (from
 * the preload headers, or a fast connection), evaluating them runs before the browser's first
 * paint, and on a slow phone the page stays blank until the app has started. Starting after the
 * first contentful paint shows the server-rendered page straight away (issue 13: FCP ≤ 1.2 s);
 * forms and links work without JavaScript in the meantime. A hidden tab paints nothing and a
 * browser without paint timing cannot tell, so those start at once; 3 s is the longest wait.
 */
const START = /Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)/;

const AFTER_FIRST_PAINT = `new Promise((r) => {
	if (document.visibilityState === 'hidden' || !globalThis.PerformanceObserver?.supportedEntryTypes?.includes('paint')) return r();
	new PerformanceObserver((l, o) => { if (l.getEntriesByName('first-contentful-paint').length) { o.disconnect(); r(); } }).observe({ type: 'paint', buffered: true });
	setTimeout(r, 3000);
})`;

// Loading the modules and starting the app (hydrating the page) in two tasks instead of one,
// so neither keeps a slow phone from answering a tap for long.
const NEXT_TASK = '(modules) => new Promise((r) => setTimeout(() => r(modules)))';

/** The page with its start script waiting for the first contentful paint; unchanged if there is none. */
export function startAfterFirstPaint(html: string): string {
	return html.replace(
		START,
		(_, imports: string) =>
			`${AFTER_FIRST_PAINT}.then(() => Promise.all([${imports}])).then(${NEXT_TASK})`
	);
}

/**
 * The app's modules as low-priority preloads in the page's head instead of SvelteKit's
 * `Link: rel=modulepreload` header: they still download while the page is read, but a phone
 * fetches the page and its text first, and a browser treats them as not needed for the first
 * paint (Lighthouse counts high-priority scripts that arrive before the first paint as blocking).
 */
export function lowPriorityPreloads(html: string, paths: string[]): string {
	if (!paths.length) return html;
	const links = paths
		.map((path) => `<link rel="modulepreload" href="${encodeURI(path)}" fetchpriority="low">`)
		.join('');
	return html.replace('</head>', `${links}</head>`);
}

export const paintFirst: Handle = ({ event, resolve }) => {
	const modules: string[] = [];
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type !== 'js') return type === 'css';
			modules.push(path);
			return false;
		},
		transformPageChunk: ({ html }) => lowPriorityPreloads(startAfterFirstPaint(html), modules)
	});
};
