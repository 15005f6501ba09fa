import type { Handle } from '@sveltejs/kit';

/**
 * SvelteKit's start script loads the app's modules and hydrates the page in one task. Split
 * in two (the modules, then hydration), neither keeps a slow phone from answering a tap for
 * long. (Waiting for the first paint before starting was tried and dropped: text typed before
 * hydration was then more often reset by it.)
 */
const START = /Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)/;

const NEXT_TASK = '(modules) => new Promise((r) => setTimeout(() => r(modules)))';

/**
 * SvelteKit's client reads its scroll positions and snapshots from sessionStorage while its
 * module is evaluated, in the task that starts the app. A page's first touch of sessionStorage
 * makes Chromium open it with a synchronous call to the browser process: 3–27 ms, once 113 ms,
 * measured in a fresh tab on this machine (load 8), which Lighthouse's 4× CPU slowdown turns
 * into 12–100 ms of Total Blocking Time. So a small script at the top of the page's head opens
 * it, before the first paint, and the app's start no longer waits for it. (It was first opened
 * in the start script at the end of the body; on a long page such as `/circles` the browser
 * paints before it has read that far, and the profile showed the wait after the first paint:
 * the start script's own time, median 14 ms unthrottled, against 2 ms with storage opened
 * before. It may throw where storage is blocked; SvelteKit catches that too.)
 */
const OPEN_STORAGE = 'try { sessionStorage.length; } catch {}';

/** The page with its start script in two tasks; unchanged if there is none. */
export function startInTwoTasks(html: string): string {
	return html.replace(
		START,
		(_, imports: string) => `Promise.all([${imports}]).then(${NEXT_TASK})`
	);
}

/**
 * The page with sessionStorage opened by a script right after its charset, under the nonce
 * SvelteKit gave its start script (the page's CSP allows no other inline script); unchanged
 * if the page has no start script.
 */
export function openStorageFirst(html: string): string {
	const nonce = /<script nonce="([^"]+)">/.exec(html)?.[1];
	if (!nonce) return html;
	return html.replace(
		/<meta charset="utf-8"\s*\/?>/i,
		(meta) => `${meta}<script nonce="${nonce}">${OPEN_STORAGE}</script>`
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

export const textFirst: Handle = ({ event, resolve }) => {
	const modules: string[] = [];
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type !== 'js') return type === 'css';
			modules.push(path);
			return false;
		},
		transformPageChunk: ({ html }) =>
			lowPriorityPreloads(openStorageFirst(startInTwoTasks(html)), modules)
	});
};
