import { describe, expect, it } from 'vitest';
import { lowPriorityPreloads, startAfterFirstPaint } from './paint-first';

// The start script as SvelteKit 2 writes it (build output of this app).
const page = `<script nonce="abc">
	{
		const element = document.currentScript.parentElement;

		Promise.all([
			import("./_app/immutable/entry/start.DMT5lOBD.js"),
			import("./_app/immutable/entry/app.BHF9NfOK.js")
		]).then(([kit, app]) => {
			kit.start(app, element, {});
		});
	}
</script>`;

type Entries = { getEntriesByName: (name: string) => unknown[] };

/** Runs the rewritten start script with a fake browser; returns how often the app started and a way to paint. */
function boot(visibilityState: 'visible' | 'hidden', paintTiming = true) {
	const body = startAfterFirstPaint(page)
		.replace(/^<script[^>]*>|<\/script>$/g, '')
		.replaceAll('import(', 'load(');
	const started: string[] = [];
	let observer: ((list: Entries, o: { disconnect: () => void }) => void) | undefined;
	class FakeObserver {
		static supportedEntryTypes = paintTiming ? ['paint'] : [];
		constructor(cb: typeof observer) {
			observer = cb;
		}
		observe() {}
	}
	const timers: (() => void)[] = [];
	const globals = { PerformanceObserver: FakeObserver };
	new Function('document', 'load', 'setTimeout', 'PerformanceObserver', 'globalThis', body)(
		{ currentScript: { parentElement: 'body' }, visibilityState },
		async (url: string) => ({ start: () => started.push(url), url }),
		// A timeout without a delay (the step to the next task) runs; the 3 s one waits.
		(cb: () => void, ms?: number) => (ms ? timers.push(cb) : setTimeout(cb)),
		FakeObserver,
		globals
	);
	const paint = (name: string) =>
		observer?.({ getEntriesByName: (n) => (n === name ? [{}] : []) }, { disconnect() {} });
	return { started, paint, timers };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('startAfterFirstPaint', () => {
	it('keeps both imports and the .then that starts the app, one task after the imports', () => {
		expect(startAfterFirstPaint(page)).toMatch(
			/\.then\(\(\) => Promise\.all\(\[\s*import\("\.\/_app\/immutable\/entry\/start\.DMT5lOBD\.js"\),\s*import\("\.\/_app\/immutable\/entry\/app\.BHF9NfOK\.js"\)\s*\]\)\)\.then\(\(modules\) => new Promise\(\(r\) => setTimeout\(\(\) => r\(modules\)\)\)\)\.then\(\(\[kit, app\]\) =>/
		);
	});

	it('starts the app only after the first contentful paint', async () => {
		const { started, paint } = boot('visible');
		await settle();
		expect(started).toEqual([]);
		paint('first-paint');
		await settle();
		expect(started).toEqual([]);
		paint('first-contentful-paint');
		await settle();
		expect(started).toHaveLength(1);
	});

	it('starts after 3 s at the latest', async () => {
		const { started, timers } = boot('visible');
		await settle();
		expect(started).toEqual([]);
		timers.forEach((t) => t());
		await settle();
		expect(started).toHaveLength(1);
	});

	it('starts at once in a hidden tab and without paint timing', async () => {
		const hidden = boot('hidden');
		const old = boot('visible', false);
		await settle();
		expect(hidden.started).toHaveLength(1);
		expect(old.started).toHaveLength(1);
	});

	it('leaves a page without the start script alone', () => {
		const html = '<p>Promise.all([1, 2])</p>';
		expect(startAfterFirstPaint(html)).toBe(html);
	});
});

describe('lowPriorityPreloads', () => {
	it('adds one low-priority module preload per path to the head', () => {
		const html = lowPriorityPreloads('<html><head><title>x</title></head><body></body></html>', [
			'./_app/immutable/entry/start.js',
			'../_app/immutable/chunks/a b.js'
		]);
		expect(html).toBe(
			'<html><head><title>x</title>' +
				'<link rel="modulepreload" href="./_app/immutable/entry/start.js" fetchpriority="low">' +
				'<link rel="modulepreload" href="../_app/immutable/chunks/a%20b.js" fetchpriority="low">' +
				'</head><body></body></html>'
		);
	});

	it('leaves a page without modules alone', () => {
		expect(lowPriorityPreloads('<head></head>', [])).toBe('<head></head>');
	});
});
