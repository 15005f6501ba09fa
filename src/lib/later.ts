/**
 * Runs `fn` in a task of its own once the main thread is idle (at the latest after `timeout`
 * ms), and returns a function that cancels it.
 *
 * Why: while a page starts, everything that runs in one task blocks a tap for its whole length,
 * and Lighthouse counts every task over 50 ms at its 4× CPU slowdown (12.5 ms on this machine)
 * as blocking time. Work that the first screen does not need — the chat's socket, its draft in
 * localStorage (whose first touch in a tab waits on the browser process) — goes here instead of
 * into the task that hydrates the page.
 */
export function whenIdle(fn: () => void, timeout = 1000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(() => fn(), { timeout });
		return () => cancelIdleCallback(id);
	}
	// Safari before 18 has no requestIdleCallback: a timer still gives the work a task of its own.
	const id = setTimeout(fn, 1);
	return () => clearTimeout(id);
}
