import { describe, expect, it } from 'vitest';
import { lowPriorityPreloads, startInTasks } from './start';

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

/**
 * Runs the rewritten start script with a fake browser: returns how often the app started, the
 * timer tasks it queued, and what touched sessionStorage.
 */
function boot(storage: { readonly length: number } = { length: 0 }) {
	const body = startInTasks(page)
		.replace(/^<script[^>]*>|<\/script>$/g, '')
		.replaceAll('import(', 'load(');
	const started: string[] = [];
	const tasks: (() => void)[] = [];
	new Function('document', 'load', 'setTimeout', 'sessionStorage', body)(
		{ currentScript: { parentElement: 'body' } },
		async (url: string) => ({ start: () => started.push(url), url }),
		(cb: () => void) => tasks.push(cb),
		storage
	);
	return { started, tasks };
}

const settle = () => new Promise((r) => setTimeout(r, 5));

describe('startInTasks', () => {
	it('keeps both imports and the .then that starts the app, one task after the imports', () => {
		expect(startInTasks(page)).toMatch(
			/Promise\.all\(\[\s*import\("\.\/_app\/immutable\/entry\/start\.DMT5lOBD\.js"\),\s*import\("\.\/_app\/immutable\/entry\/app\.BHF9NfOK\.js"\)\s*\]\)\.then\(\(modules\) => new Promise\(\(r\) => setTimeout\(\(\) => r\(modules\)\)\)\)\.then\(\(\[kit, app\]\) =>/
		);
	});

	it('opens sessionStorage in a task of its own, queued before the modules load', async () => {
		const reads: string[] = [];
		const { started, tasks } = boot({
			get length() {
				reads.push('open');
				return 0;
			}
		});
		// Nothing touched storage in the script's own task (it runs while the page is parsed).
		expect(reads).toEqual([]);
		expect(tasks).toHaveLength(1);
		tasks[0]();
		expect(reads).toEqual(['open']);
		expect(started).toEqual([]);
	});

	it('goes on where storage is blocked', async () => {
		const { started, tasks } = boot({
			get length(): number {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
		expect(() => tasks[0]()).not.toThrow();
		await settle();
		tasks[1]();
		await settle();
		expect(started).toHaveLength(1);
	});

	it('starts the app in the task after the modules loaded', async () => {
		const { started, tasks } = boot();
		await settle();
		expect(started).toEqual([]);
		// The storage task, then the one that starts the app.
		expect(tasks).toHaveLength(2);
		tasks[0]();
		tasks[1]();
		await settle();
		expect(started).toHaveLength(1);
	});

	it('puts no script in the head (the parser task that ran it was one more long task)', () => {
		const full = `<html><head><meta charset="utf-8" /><title>x</title></head><body>${page}</body></html>`;
		const html = startInTasks(full);
		expect(html.slice(0, html.indexOf('</head>'))).not.toContain('<script');
	});

	it('leaves a page without the start script alone', () => {
		const html = '<p>Promise.all([1, 2])</p>';
		expect(startInTasks(html)).toBe(html);
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
