/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />

/**
 * Kring's service worker (issue 13, points 10 and 11). SvelteKit builds and registers it
 * (after the page's `load` event, from the page's own nonce'd start-up script), so it adds
 * no JavaScript to a page's first load. It is kept small and lazy:
 *
 * - install: only the app shell, which is the offline page in Dutch and English, the
 *   files it needs, the icons and the manifest (a few requests, nearly all from the HTTP
 *   cache). The rest of the build's files are cached as pages use them.
 * - pages (and their data, for SvelteKit's navigation between pages): network first; what
 *   loaded is kept so that, without a connection, Kring opens with what it last showed.
 *   Without a copy: the offline page.
 * - never: form posts, other JSON and the chat's socket.io (the chat's outbox in localStorage
 *   keeps unsent messages itself), sign-in pages, the data export, crisis alerts, a
 *   response marked `no-store`, or a page with a one-time notice (`?notice=`, `x-kring-once`).
 * - signing in or out (any POST to /signin… or /signout) or landing on /signin empties
 *   the kept pages, so the next person on this phone never sees the last one's pages.
 * - push: shows the short text the server sent (never what someone wrote) and opens the
 *   link on a tap; signing out ends this browser's push subscription.
 */
import { files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const SHELL = `kring-shell-${version}`;
// Built files have a content hash in their name; kept per build, dropped by the next one.
const ASSETS = `kring-assets-${version}`;
const PAGES = 'kring-pages';
const LOCALES = ['nl', 'en'] as const;
type Locale = (typeof LOCALES)[number];
/** The offline page per language, under a key of its own (fetched without cookies). */
const offlineKey = (locale: Locale) => `/offline?sw-lang=${locale}`;
const shellFiles = files.filter((f) => f.startsWith('/icons/') || f === '/manifest.webmanifest');

/** Pages never kept: sign-in, the demo, a person's full data export, crisis alerts. */
const NEVER_KEPT = [/^\/signin/, /^\/signout/, /^\/dev\//, /^\/profile\/export/, /^\/help\/alerts/];

async function cacheOfflinePages() {
	const cache = await caches.open(SHELL);
	await cache.addAll(shellFiles);
	for (const locale of LOCALES) {
		// No cookies: the page shows nobody's name; the language comes from Accept-Language.
		const response = await fetch('/offline', {
			credentials: 'omit',
			headers: { 'accept-language': locale }
		});
		if (!response.ok) throw new Error(`offline page: ${response.status}`);
		// It is shown at any address: its links to files must not be relative to /offline.
		const html = (await response.text()).replace(/(href|src)="\.\//g, '$1="/');
		const headers = new Headers(response.headers);
		headers.delete('content-encoding');
		headers.delete('content-length');
		await cache.put(offlineKey(locale), new Response(html, { status: 200, headers }));
		// The scripts and styles the offline page loads, so that it looks right offline.
		const used = new Set(html.match(/\/_app\/immutable\/[\w./-]+\.(?:js|css)/g) ?? []);
		const assets = await caches.open(ASSETS);
		await assets.addAll([...used]);
	}
}

sw.addEventListener('install', (event) => {
	event.waitUntil(cacheOfflinePages().then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			// The shell and files of older builds are not needed any more.
			for (const key of await caches.keys())
				if (/^kring-(shell|assets)-/.test(key) && key !== SHELL && key !== ASSETS)
					await caches.delete(key);
			await sw.clients.claim();
		})()
	);
});

/** The reader's language: Kring's language cookie where the browser lets a worker read it. */
async function readerLocale(): Promise<Locale> {
	try {
		const store = (
			sw as unknown as { cookieStore?: { get(n: string): Promise<{ value: string } | null> } }
		).cookieStore;
		const chosen = (await store?.get('PARAGLIDE_LOCALE'))?.value;
		if (chosen === 'nl' || chosen === 'en') return chosen;
	} catch {
		// no cookie store here: follow the browser's languages
	}
	for (const language of sw.navigator.languages ?? [])
		for (const locale of LOCALES) if (language.toLowerCase().startsWith(locale)) return locale;
	return 'nl';
}

async function offlinePage(): Promise<Response> {
	const cache = await caches.open(SHELL);
	const page =
		(await cache.match(offlineKey(await readerLocale()))) ?? (await cache.match(offlineKey('nl')));
	return page ?? Response.error();
}

const DATA_SUFFIX = '/__data.json';

const types = { page: /^text\/html/, data: /^(application\/json|text\/sveltekit-data)/ };

function keepable(url: URL, response: Response, type: keyof typeof types): boolean {
	const path = url.pathname.endsWith(DATA_SUFFIX)
		? url.pathname.slice(0, -DATA_SUFFIX.length) || '/'
		: url.pathname;
	return (
		response.status === 200 &&
		response.type === 'basic' &&
		!response.redirected &&
		types[type].test(response.headers.get('content-type') ?? '') &&
		// SvelteKit marks all page data no-store (for shared HTTP caches); for pages, a route
		// can still say no-store to stay out of this device's copy.
		(type === 'data' || !/no-store/.test(response.headers.get('cache-control') ?? '')) &&
		!NEVER_KEPT.some((re) => re.test(path)) &&
		// A page with a one-time notice (the chat's safety notice, "reported", …) is not kept:
		// shown again from a copy, it would sit over an old message.
		!url.searchParams.has('notice') &&
		!response.headers.has('x-kring-once')
	);
}

/** Where a page or its data is kept: its address without SvelteKit's own bookkeeping. */
function keyOf(url: URL): string {
	const key = new URL(url);
	key.searchParams.delete('x-sveltekit-invalidated');
	key.searchParams.delete('x-sveltekit-trailing-slash');
	return key.href;
}

/**
 * A page (or, for SvelteKit's own navigation between pages, its data): network first,
 * kept when it loaded; without a connection the kept copy, else the offline page (a
 * page's data without a copy fails, and SvelteKit then loads the page itself, landing here).
 */
async function page(event: FetchEvent, url: URL, data = false): Promise<Response> {
	try {
		const response = await fetch(event.request);
		if (url.pathname === '/signin') event.waitUntil(caches.delete(PAGES));
		else if (keepable(url, response, data ? 'data' : 'page')) {
			const copy = response.clone();
			event.waitUntil(caches.open(PAGES).then((c) => c.put(keyOf(url), copy)));
		}
		return response;
	} catch (e) {
		const kept = await (await caches.open(PAGES)).match(keyOf(url));
		if (kept) return kept;
		if (data) throw e;
		return offlinePage();
	}
}

async function asset(request: Request): Promise<Response> {
	const cache = await caches.open(ASSETS);
	const kept = await cache.match(request);
	if (kept) return kept;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

async function shellFile(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		return (await (await caches.open(SHELL)).match(request)) ?? Response.error();
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (request.method !== 'GET') {
		// Someone signs in or out: pages kept for the last person go.
		if (/^\/sign(in|out)/.test(url.pathname)) event.waitUntil(caches.delete(PAGES));
		// Signing out also ends this browser's push subscription: the next person on this
		// device gets nothing meant for the last one (the server drops it at the next 410).
		if (url.pathname === '/signout')
			event.waitUntil(
				sw.registration.pushManager
					.getSubscription()
					.then((s) => s?.unsubscribe())
					.catch(() => {})
			);
		return;
	}
	if (request.mode === 'navigate') event.respondWith(page(event, url));
	else if (url.pathname.endsWith(DATA_SUFFIX)) event.respondWith(page(event, url, true));
	else if (url.pathname.startsWith('/_app/immutable/')) event.respondWith(asset(request));
	else if (shellFiles.includes(url.pathname)) event.respondWith(shellFile(request));
	// Everything else (JSON, page data, socket.io, the calendar) goes to the network as usual.
});

/** Lets the page empty the kept pages (e.g. after signing out without a reload). */
sw.addEventListener('message', (event) => {
	if (event.data === 'kring:forget-pages') event.waitUntil(caches.delete(PAGES));
});

type PushPayload = { title: string; body: string; url?: string; tag?: string };

sw.addEventListener('push', (event) => {
	let data: PushPayload;
	try {
		data = event.data?.json() as PushPayload;
	} catch {
		return;
	}
	if (!data?.title) return;
	event.waitUntil(
		sw.registration.showNotification(data.title, {
			body: data.body,
			tag: data.tag,
			icon: '/icons/icon-192.png',
			badge: '/icons/icon-192.png',
			data: { url: data.url ?? '/notifications' }
		})
	);
});

sw.addEventListener('notificationclick', (event) => {
	event.notification.close();
	const target = new URL(
		(event.notification.data as { url?: string })?.url ?? '/notifications',
		sw.location.origin
	);
	// Only ever a page of Kring itself.
	if (target.origin !== sw.location.origin) return;
	event.waitUntil(
		(async () => {
			const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
			for (const client of windows)
				if ('focus' in client) {
					await (client as WindowClient).navigate(target.href);
					return (client as WindowClient).focus();
				}
			return sw.clients.openWindow(target.href);
		})()
	);
});
