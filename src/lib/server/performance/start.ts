import type { Handle } from '@sveltejs/kit';

/**
 * SvelteKit's start script loads the app's modules and hydrates the page in one task. Split
 * (storage opened, the modules, then hydration), none keeps a slow phone from answering a tap
 * for long. (Waiting for the first paint before starting was tried and dropped: text typed
 * before hydration was then more often reset by it.)
 */
const START = /Promise\.all\(\[(\s*import\("[^"]+"\),\s*import\("[^"]+"\)\s*)\]\)/;

const NEXT_TASK = '(modules) => new Promise((r) => setTimeout(() => r(modules)))';

/**
 * SvelteKit's client reads its scroll positions and snapshots from sessionStorage while its
 * module is evaluated, in the task that starts the app. A page's first touch of sessionStorage
 * makes Chromium open it with a synchronous call to the browser process: 3–27 ms, once 113 ms,
 * measured in a fresh tab on this machine (load 8), which Lighthouse's 4× CPU slowdown turns
 * into 12–100 ms of Total Blocking Time. So the start script opens it first, in a task of its
 * own (a timer), and the app's start no longer waits for it.
 *
 * Not in the head (round 8 put it there, in a script right after the charset): Lighthouse's
 * simulation (Lantern) counts every main-thread task after its estimate of the first paint, and
 * that estimate does not wait for the parser's later tasks; the script made the parser task that
 * ran it 2–30 ms longer (the call's time swings with the machine's load), so one more long task.
 * Alone, the call is a short task that Lantern drops (under 10 ms) or does not count (under
 * 50 ms at 4×). It may throw where storage is blocked; SvelteKit catches that too.
 */
const OPEN_STORAGE = 'try { sessionStorage.length; } catch {}';

/**
 * The page with its start script in tasks of their own: sessionStorage is opened in a timer
 * task, the modules load, and the app starts in the task after; unchanged if there is none.
 */
export function startInTasks(html: string): string {
	return html.replace(
		START,
		(_, imports: string) =>
			`setTimeout(() => { ${OPEN_STORAGE} });\n\t\t\t\t\tPromise.all([${imports}]).then(${NEXT_TASK})`
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
		transformPageChunk: ({ html }) => lowPriorityPreloads(startInTasks(html), modules)
	});
};
