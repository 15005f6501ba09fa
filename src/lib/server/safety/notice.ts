import type { Cookies } from '@sveltejs/kit';

/**
 * The safety notice of a writer's last message (`crisis`: 113 and 112 first; `concern`: a calm
 * line with 113) travels to the next page as a one-time cookie, not in the address: an address
 * stays in the browser's history and the service worker's copies, so going back or reloading
 * would show it again over an old message, and anyone could post a link that shows someone a
 * crisis box. The cookie names its writer: on a shared phone, whoever signs in next never sees
 * it. One cookie per place (`kring_<place>_notice`, on that page's path), so a notice meant for
 * one page is never read on a page below it.
 */
export type SafetyNotice = 'crisis' | 'concern';
export type NoticePlace = 'chat' | 'circle' | 'request' | 'match';

const cookieName = (place: NoticePlace) => `kring_${place}_notice`;

export function flashSafetyNotice(
	cookies: Cookies,
	place: NoticePlace,
	path: string,
	userId: string,
	level: SafetyNotice | 'none'
) {
	if (level === 'none') return;
	cookies.set(cookieName(place), `${userId}:${level}`, {
		path,
		httpOnly: true,
		sameSite: 'lax',
		maxAge: 60
	});
}

/**
 * The one-time notice, read once (the cookie goes with this answer), for its writer only. A
 * page that shows one is kept by nobody: not the browser's history cache, not the service
 * worker (which skips answers marked x-kring-once).
 */
export function takeSafetyNotice(
	event: { cookies: Cookies; setHeaders: (headers: Record<string, string>) => void },
	place: NoticePlace,
	path: string,
	userId: string | undefined
): SafetyNotice | null {
	const value = event.cookies.get(cookieName(place));
	if (value === undefined) return null;
	event.cookies.delete(cookieName(place), { path });
	if (!userId) return null;
	const notice =
		value === `${userId}:crisis` ? 'crisis' : value === `${userId}:concern` ? 'concern' : null;
	if (notice) event.setHeaders({ 'cache-control': 'private, no-store', 'x-kring-once': '1' });
	return notice;
}
