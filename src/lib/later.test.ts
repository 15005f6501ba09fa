import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from './later';

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('whenIdle', () => {
	it('runs the work in an idle callback of its own, not in the calling task', () => {
		const queued: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (cb: () => void, opts: { timeout: number }) => {
			expect(opts.timeout).toBe(1000);
			return queued.push(cb);
		});
		vi.stubGlobal('cancelIdleCallback', () => {});
		const fn = vi.fn();
		whenIdle(fn);
		expect(fn).not.toHaveBeenCalled();
		queued[0]();
		expect(fn).toHaveBeenCalledOnce();
	});

	it('cancels an idle callback not yet run', () => {
		const cancelled: number[] = [];
		vi.stubGlobal('requestIdleCallback', () => 7);
		vi.stubGlobal('cancelIdleCallback', (id: number) => cancelled.push(id));
		whenIdle(() => {})();
		expect(cancelled).toEqual([7]);
	});

	it('falls back to a timer where there is no requestIdleCallback', () => {
		vi.useFakeTimers();
		vi.stubGlobal('requestIdleCallback', undefined);
		const fn = vi.fn();
		whenIdle(fn);
		expect(fn).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(fn).toHaveBeenCalledOnce();
		const other = vi.fn();
		whenIdle(other)();
		vi.runAllTimers();
		expect(other).not.toHaveBeenCalled();
	});
});
