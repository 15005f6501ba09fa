import type { ChatMessage } from '$lib/schemas/chat';
import type { Realtime } from './server';

export { createRealtime, handshakeCookies, type Realtime, type RealtimeOptions } from './server';

// One realtime server per process, kept on globalThis so the SvelteKit bundle, the Vite
// plugin and module reloads in development all see the same one.
const store = globalThis as unknown as { __kringRealtime?: Realtime };

export function registerRealtime(realtime: Realtime | undefined): void {
	store.__kringRealtime = realtime;
}

export function getRealtime(): Realtime | undefined {
	return store.__kringRealtime;
}

/**
 * Call after removing a member (with their id) or closing a circle (without): their
 * sockets leave the circle's rooms at once, on every node, and get `chat:evicted`.
 * Safe to call when no realtime server runs (e.g. in tests or `vite build`).
 */
export async function evictFromCircle(circleId: string, userId?: string): Promise<void> {
	await store.__kringRealtime?.evict(circleId, userId);
}

/**
 * Ends every open chat socket of this person at once, on every node (through the Redis
 * adapter when there is one): for sign-out everywhere and account erasure. Their browsers
 * do not reconnect by themselves; a new connection needs a valid session again.
 * Safe to call when no realtime server runs.
 */
export async function disconnectUser(userId: string): Promise<void> {
	await store.__kringRealtime?.disconnectUser(userId);
}

/** Ends the open chat sockets of one sign-in session (sign-out in one browser), on every node. */
export async function disconnectSession(sessionId: string): Promise<void> {
	await store.__kringRealtime?.disconnectSession(sessionId);
}

/**
 * Counts a send from outside the socket (the no-JS form) against the same per-person
 * limit as the live chat; throws ChatError('rate_limited') over it. No realtime server
 * (tests, `vite build`): nothing to count against.
 */
export async function limitSend(userId: string): Promise<void> {
	await store.__kringRealtime?.limitSend(userId);
}

/** Sends a message stored outside the socket (the no-JS form) to the live chat. */
export function publishMessage(message: ChatMessage, created = true): void {
	store.__kringRealtime?.publish(message, { created });
}
