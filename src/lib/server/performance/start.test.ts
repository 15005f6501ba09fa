import { describe, expect, it } from 'vitest';
import { lowPriorityPreloads, startInTwoTasks } from './start';

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

	it('opens sessionStorage before it loads the modules, and starts where storage is blocked', async () => {
		const body = startInTwoTasks(page)
			.replace(/^<script[^>]*>|<\/script>$/g, '')
			.replaceAll('import(', 'load(');
		let steps: string[] = [];
		const run = (sessionStorage: object) => {
			steps = [];
			new Function('document', 'load', 'setTimeout', 'sessionStorage', body)(
				{ currentScript: { parentElement: 'body' } },
				async (url: string) => (steps.push('load'), { start: () => steps.push('start'), url }),
				(cb: () => void) => cb(),
				sessionStorage
			);
			return steps;
		};
		const open = run({
			get length() {
				steps.push('storage');
				return 0;
			}
		} as object);
		await settle();
		expect(open).toEqual(['storage', 'load', 'load', 'start']);
		const blocked = run({
			get length() {
				throw new DOMException('blocked', 'SecurityError');
			}
		});
		await settle();
		expect(blocked).toEqual(['load', 'load', 'start']);
	});

	it('leaves a page without the start script alone', () => {
		const html = '<p>Promise.all([1, 2])</p>';
		expect(startInTwoTasks(html)).toBe(html);
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
