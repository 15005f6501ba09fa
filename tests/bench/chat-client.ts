import { io, type Socket } from 'socket.io-client';

/** A socket.io client with a session cookie, as a browser tab on the chat page has. */
export function connect(
	url: string,
	token: string | null,
	opts: { reconnection?: boolean } = {}
): Socket {
	return io(url, {
		transports: ['websocket'],
		forceNew: true,
		reconnection: opts.reconnection ?? false,
		reconnectionDelay: 100,
		reconnectionDelayMax: 500,
		extraHeaders: token ? { cookie: `kring_session=${token}` } : {}
	});
}

/** Resolves once connected, rejects with the server's reason (e.g. `unauthenticated`). */
export function connected(socket: Socket, ms = 10_000): Promise<Socket> {
	if (socket.connected) return Promise.resolve(socket);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('connect timeout')), ms);
		socket.once('connect', () => {
			clearTimeout(timer);
			resolve(socket);
		});
		socket.once('connect_error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
	});
}

export type AckResult = { ok: boolean; error?: string; [key: string]: unknown };

/** Emits with an ack; the timeout keeps a lost ack from hanging a test. */
export function call(socket: Socket, event: string, payload: unknown, ms = 10_000) {
	return socket.timeout(ms).emitWithAck(event, payload) as Promise<AckResult>;
}

/**
 * Waits for the next event matching `pred`. The timeout only ends a wait that failed: on a
 * loaded machine the first messages between two freshly started processes took 5 s.
 */
export function next<T = unknown>(
	socket: Socket,
	event: string,
	pred: (payload: T) => boolean = () => true,
	ms = 15_000
): Promise<T> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => {
			socket.off(event, handler);
			reject(new Error(`no ${event} within ${ms} ms`));
		}, ms);
		function handler(payload: T) {
			if (!pred(payload)) return;
			clearTimeout(timer);
			socket.off(event, handler);
			resolve(payload);
		}
		socket.on(event, handler);
	});
}
