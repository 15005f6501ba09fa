import { describe, expect, it } from 'vitest';
import { lowPriorityPreloads, openStorageFirst, startInTwoTasks } from './start';

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

/** Runs the rewritten start script with a fake browser; returns how often the app started. */
function boot() {
	const body = startInTwoTasks(page)
		.replace(/^<script[^>]*>|<\/script>$/g, '')
		.replaceAll('import(', 'load(');
	const started: string[] = [];
	const tasks: (() => void)[] = [];
	new Function('document', 'load', 'setTimeout', body)(
		{ currentScript: { parentElement: 'body' } },
		async (url: string) => ({ start: () => started.push(url), url }),
		(cb: () => void) => tasks.push(cb)
	);
	return { started, tasks };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('startInTwoTasks', () => {
	it('keeps both imports and the .then that starts the app, one task after the imports', () => {
		expect(startInTwoTasks(page)).toMatch(
			/Promise\.all\(\[\s*import\("\.\/_app\/immutable\/entry\/start\.DMT5lOBD\.js"\),\s*import\("\.\/_app\/immutable\/entry\/app\.BHF9NfOK\.js"\)\s*\]\)\.then\(\(modules\) => new Promise\(\(r\) => setTimeout\(\(\) => r\(modules\)\)\)\)\.then\(\(\[kit, app\]\) =>/
		);
	});

	it('starts the app in the task after the modules loaded', async () => {
		const { started, tasks } = boot();
		await settle();
		expect(started).toEqual([]);
		expect(tasks).toHaveLength(1);
		tasks[0]();
		await settle();
		expect(started).toHaveLength(1);
	});

	it('starts the app without touching sessionStorage (the head has opened it)', () => {
		expect(startInTwoTasks(page)).not.toContain('sessionStorage');
	});

	it('leaves a page without the start script alone', () => {
		const html = '<p>Promise.all([1, 2])</p>';
		expect(startInTwoTasks(html)).toBe(html);
	});
});

describe('openStorageFirst', () => {
	const full = `<html><head><meta charset="utf-8" /><title>x</title></head><body>${page}</body></html>`;

	it("opens sessionStorage in a script right after the charset, under the start script's nonce", () => {
		const html = openStorageFirst(full);
		expect(html.startsWith('<html><head><meta charset="utf-8" /><script nonce="abc">')).toBe(true);
		const script = /<meta charset="utf-8" \/><script nonce="abc">([^<]*)<\/script><title>/.exec(
			html
		);
		expect(script).not.toBeNull();
		// It reads storage once, and goes on where storage is blocked.
		const reads: string[] = [];
		const run = (sessionStorage: object) =>
			new Function('sessionStorage', script![1])(sessionStorage);
		run({
			get length() {
				reads.push('open');
				return 0;
			}
		});
		expect(reads).toEqual(['open']);
		expect(() =>
			run({
				get length() {
					throw new DOMException('blocked', 'SecurityError');
				}
			})
		).not.toThrow();
	});

	it('leaves a page without a start script (no nonce) alone', () => {
		const html = '<html><head><meta charset="utf-8" /></head><body><p>x</p></body></html>';
		expect(openStorageFirst(html)).toBe(html);
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
