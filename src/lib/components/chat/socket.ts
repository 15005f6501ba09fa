import { io, type Socket } from 'socket.io-client';

let socket: Socket | null = null;

/** One socket per browser tab, shared by the chat page and the navigation badge. */
export function chatSocket(): Socket {
	// Same origin: the httpOnly session cookie goes along with the handshake.
	return (socket ??= io({ transports: ['websocket', 'polling'], reconnectionDelayMax: 5000 }));
}
