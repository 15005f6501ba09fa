import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Cookies } from '@sveltejs/kit';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Server, type Socket } from 'socket.io';
import type { ZodType } from 'zod';
import {
	deleteSchema,
	editSchema,
	hideSchema,
	historySchema,
	joinSchema,
	readSchema,
	reportSchema,
	sendSchema,
	typingSchema,
	type Ack,
	type ChatMessage
} from '$lib/schemas/chat';
import type { AuthPort } from '../auth/port';
import { asService, withUser, type Database } from '../db';
import { inputErrorStatusOf } from '../errors';
import {
	ChatError,
	deleteMessage,
	editMessage,
	getChatCircle,
	hideMessage,
	listMessages,
	markRead,
	myCircleIds,
	postMessage,
	reportMessage,
	unreadCounts
} from '../chat';
import { safetyGateForMessage } from '../safety/alerts';
import { log } from '../log';

export type RealtimeOptions = {
	db: Database;
	auth: Pick<AuthPort, 'currentUser'>;
	/** With a Redis URL, rooms and presence are shared by every process on that Redis. */
	redisUrl?: string;
	/** The public URL (ORIGIN); browsers from elsewhere are refused. */
	origin?: string;
	/** Sends per user per window, counted on Redis (so across nodes) when there is one. */
	sendLimit?: { points: number; seconds: number };
	/** How often sockets' circle rooms are checked against the database (safety net). */
	revalidateMs?: number;
	/**
	 * Every event re-checks the socket's session with the auth port, so a socket stops
	 * working once its session is gone (signed out, expired, erased). 0 checks every event;
	 * more keeps a good answer for that long (Supabase asks its Auth server each time).
	 */
	sessionRecheckMs?: number;
	path?: string;
};

type SocketUser = { id: string; name: string };
/** What a socket knows about the sign-in it was opened with. */
type SocketSession = { id?: string; expiresAt?: number; checkedAt: number };
type RedisConnection = { isReady: boolean; close(): Promise<unknown>; destroy(): void };

/** Waits for pending commands while Redis is there; without it, a wait would never end. */
async function closeRedis(client: RedisConnection) {
	if (client.isReady) await client.close();
	else client.destroy();
}

/**
 * The Redis adapter publishes and subscribes without waiting for the answer. When Redis drops
 * with such a command on its way, the command's promise rejects with nobody listening, and Node
 * ends the process on an unhandled rejection: every chat on this node would go down with it.
 * This view of a client marks every promise it returns as handled (logged); a caller who waits
 * for one still gets the error.
 */
function handlingDroppedCommands<T extends object>(client: T): T {
	return new Proxy(client, {
		get(target, name) {
			// Read on the client itself: its getters use private fields a proxy does not have.
			const value: unknown = Reflect.get(target, name);
			if (typeof value !== 'function') return value;
			return (...args: unknown[]) => {
				const result: unknown = value.apply(target, args);
				if (result instanceof Promise) {
					result.catch((e: unknown) =>
						log.warn({ err: e, command: String(name) }, 'redis command dropped')
					);
				}
				return result;
			};
		}
	});
}

export const MAX_PAYLOAD_BYTES = 16 * 1024;
const TYPING_EVERY_MS = 2000;
const PRESENCE_DEBOUNCE_MS = 150;

export const rooms = {
	circle: (id: string) => `circle:${id}`,
	notify: (id: string) => `notify:${id}`,
	user: (id: string) => `user:${id}`,
	session: (id: string) => `session:${id}`
};

/** The longest a timer can wait in Node (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** SvelteKit's Cookies, read-only, over a handshake's Cookie header (what the auth port reads). */
export function handshakeCookies(header: string | undefined): Cookies {
	const values = new Map<string, string>();
	for (const part of (header ?? '').split(';')) {
		const i = part.indexOf('=');
		if (i < 1) continue;
		const name = part.slice(0, i).trim();
		const raw = part.slice(i + 1).trim();
		try {
			if (!values.has(name)) values.set(name, decodeURIComponent(raw));
		} catch {
			values.set(name, raw);
		}
	}
	return {
		get: (name) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		// A socket cannot set cookies; a refreshed Supabase session lands on the next page load.
		set: () => {},
		delete: () => {},
		serialize: (name, value) => `${name}=${encodeURIComponent(value)}`
	};
}

/** Browsers only connect from Kring's own pages (no cross-site socket hijacking). */
function sameOrigin(req: IncomingMessage, origin?: string): boolean {
	const from = req.headers.origin;
	if (!from) return true; // not a browser; the session cookie still decides
	try {
		const host = new URL(from).host;
		if (host === req.headers.host) return true;
		return origin ? host === new URL(origin).host : false;
	} catch {
		return false;
	}
}

export type Realtime = {
	io: Server;
	/** Sends a stored (new or changed) message to the circle's sockets on every node. */
	publish(message: ChatMessage, opts?: { created?: boolean }): void;
	/** Counts one send by this person; throws ChatError('rate_limited') over the limit. */
	limitSend(userId: string): Promise<void>;
	/** Takes sockets out of a circle's rooms at once: one person's, or everyone's. */
	evict(circleId: string, userId?: string): Promise<void>;
	/** Ends every socket of this person, on every node (sign-out everywhere, erasure). */
	disconnectUser(userId: string): Promise<void>;
	/** Ends the sockets opened with one sign-in session, on every node (sign-out). */
	disconnectSession(sessionId: string): Promise<void>;
	close(): Promise<void>;
};

/**
 * The chat's socket.io server on an existing http server (Vite's in development, the
 * adapter-node server in production). Every read and write goes through RLS as the
 * socket's user; the handshake needs the same session cookie as the pages.
 */
export async function createRealtime(
	httpServer: HttpServer,
	options: RealtimeOptions
): Promise<Realtime> {
	const { db, auth } = options;
	const io = new Server(httpServer, {
		path: options.path ?? '/socket.io',
		maxHttpBufferSize: MAX_PAYLOAD_BYTES,
		// Vite's HMR shares the server's upgrade event: leave upgrades for other paths alone.
		destroyUpgrade: false,
		allowRequest: (req, cb) => cb(null, sameOrigin(req, options.origin)),
		pingInterval: 20_000,
		pingTimeout: 20_000
	});

	const limit = options.sendLimit ?? { points: 20, seconds: 10 };
	const limiterOptions = {
		keyPrefix: 'kring.chat.send',
		points: limit.points,
		duration: limit.seconds
	};
	let sendLimiter: RateLimiterMemory | RateLimiterRedis = new RateLimiterMemory(limiterOptions);

	let redis: { pub: RedisConnection; sub: RedisConnection } | null = null;
	if (options.redisUrl) {
		const pub = createClient({ url: options.redisUrl });
		const sub = pub.duplicate();
		pub.on('error', (e) => log.error({ err: e }, 'redis'));
		sub.on('error', (e) => log.error({ err: e }, 'redis'));
		await Promise.all([pub.connect(), sub.connect()]);
		io.adapter(
			createAdapter(handlingDroppedCommands(pub), handlingDroppedCommands(sub), {
				key: 'kring.chat'
			})
		);
		redis = { pub, sub };
		// One count per person for all nodes (two tabs may land on two nodes); while
		// Redis is unreachable each node counts on its own rather than refusing sends.
		sendLimiter = new RateLimiterRedis({
			...limiterOptions,
			storeClient: pub,
			useRedisPackage: true,
			rejectIfRedisNotReady: true,
			insuranceLimiter: sendLimiter
		});
	}

	async function limitSend(userId: string) {
		try {
			await sendLimiter.consume(userId);
		} catch (e) {
			if (e instanceof RateLimiterRes) throw new ChatError('rate_limited');
			throw e;
		}
	}

	io.use(async (socket, next) => {
		try {
			const user = await auth.currentUser({
				cookies: handshakeCookies(socket.request.headers.cookie),
				clientAddress: socket.handshake.address
			});
			if (!user) return next(new Error('unauthenticated'));
			if (user.expiresAt && user.expiresAt.getTime() <= Date.now())
				return next(new Error('unauthenticated'));
			const [profile] = await withUser(db, user, (tx) =>
				tx.query<{ name: string }>(
					`select coalesce(pseudonym, display_name) as name from public.profiles where id = (select auth.uid())`
				)
			);
			socket.data.user = { id: user.id, name: profile?.name ?? '' };
			socket.data.session = {
				id: user.sessionId,
				expiresAt: user.expiresAt?.getTime(),
				checkedAt: Date.now()
			} satisfies SocketSession;
			next();
		} catch (e) {
			log.error({ err: e }, 'socket handshake');
			next(new Error('unavailable'));
		}
	});

	// Presence: who of a circle has a socket in its room, on any node. Debounced so a
	// burst of joins costs one lookup.
	const presenceTimers = new Map<string, ReturnType<typeof setTimeout>>();
	function schedulePresence(circleId: string) {
		if (presenceTimers.has(circleId)) return;
		presenceTimers.set(
			circleId,
			setTimeout(async () => {
				presenceTimers.delete(circleId);
				try {
					const sockets = await io.in(rooms.circle(circleId)).fetchSockets();
					const online = new Map<string, SocketUser>();
					for (const s of sockets) {
						const u = (s.data as { user?: SocketUser }).user;
						if (u) online.set(u.id, u);
					}
					io.to(rooms.circle(circleId)).emit('chat:presence', {
						circleId,
						online: [...online.values()].sort((a, b) => a.name.localeCompare(b.name))
					});
				} catch (e) {
					log.error({ err: e }, 'presence');
				}
			}, PRESENCE_DEBOUNCE_MS)
		);
	}

	function publish(message: ChatMessage, opts: { created?: boolean } = {}) {
		io.to(rooms.circle(message.circleId)).emit('chat:message', message);
		// Sockets with this chat open have just had the message itself (the badge ignores
		// activity for the open chat): the navigation ping goes only to the others.
		if (opts.created)
			io.to(rooms.notify(message.circleId))
				.except(rooms.circle(message.circleId))
				.emit('chat:activity', {
					circleId: message.circleId,
					id: message.id,
					authorId: message.authorId
				});
	}

	async function evict(circleId: string, userId?: string) {
		const target = userId ? io.in(rooms.user(userId)) : io.in(rooms.circle(circleId));
		target.emit('chat:evicted', { circleId });
		if (userId) target.socketsLeave([rooms.circle(circleId), rooms.notify(circleId)]);
		else {
			io.in(rooms.notify(circleId)).socketsLeave(rooms.notify(circleId));
			target.socketsLeave(rooms.circle(circleId));
		}
		schedulePresence(circleId);
	}

	async function disconnectUser(userId: string) {
		// With the Redis adapter this reaches the sockets on every node.
		io.in(rooms.user(userId)).disconnectSockets(true);
	}

	async function disconnectSession(sessionId: string) {
		io.in(rooms.session(sessionId)).disconnectSockets(true);
	}

	const recheckMs = options.sessionRecheckMs ?? 0;

	/** Whether the socket's sign-in still holds: not expired, and the auth port still knows it. */
	async function stillSignedIn(socket: Socket): Promise<boolean> {
		const user = socket.data.user as SocketUser;
		const session = socket.data.session as SocketSession;
		const now = Date.now();
		if (session.expiresAt !== undefined && session.expiresAt <= now) return false;
		if (recheckMs > 0 && now - session.checkedAt < recheckMs) return true;
		const current = await auth.currentUser({
			cookies: handshakeCookies(socket.request.headers.cookie),
			clientAddress: socket.handshake.address
		});
		if (!current || current.id !== user.id) return false;
		session.checkedAt = now;
		if (current.expiresAt) session.expiresAt = current.expiresAt.getTime();
		return true;
	}

	io.on('connection', (socket: Socket) => {
		const user = socket.data.user as SocketUser;
		const session = socket.data.session as SocketSession;
		socket.join(rooms.user(user.id));
		if (session.id) socket.join(rooms.session(session.id));

		// The socket ends when its session does, even when it sends nothing.
		let expiry: ReturnType<typeof setTimeout> | undefined;
		const watchExpiry = () => {
			if (session.expiresAt === undefined) return;
			const wait = Math.max(0, session.expiresAt - Date.now());
			expiry = setTimeout(
				() => (wait > MAX_TIMER_MS ? watchExpiry() : socket.disconnect(true)),
				Math.min(wait, MAX_TIMER_MS)
			);
			expiry.unref?.();
		};
		watchExpiry();
		socket.on('disconnect', () => clearTimeout(expiry));

		/** One handler shape: validate, run, ack; a bad event gets an error ack, never a crash. */
		function on<S extends ZodType>(
			event: string,
			schema: S,
			run: (input: ReturnType<S['parse']>) => Promise<object | void>
		) {
			socket.on(event, async (...args: unknown[]) => {
				const ack =
					typeof args[args.length - 1] === 'function' ? (args.pop() as (r: Ack) => void) : null;
				const reply = (r: Ack) => {
					try {
						ack?.(r);
					} catch {
						// a broken ack callback is the client's problem
					}
				};
				let input: unknown;
				try {
					const parsed = schema.safeParse(args[0]);
					if (!parsed.success) {
						const tooLong = parsed.error.issues.some((i) => i.code === 'too_big');
						return reply({ ok: false, error: tooLong ? 'too_long' : 'invalid' });
					}
					input = parsed.data;
				} catch {
					return reply({ ok: false, error: 'invalid' });
				}
				try {
					// Signed out, expired or erased since the handshake: refused, and the socket ends.
					if (!(await stillSignedIn(socket))) {
						reply({ ok: false, error: 'unauthenticated' });
						socket.disconnect(true);
						return;
					}
					const result = await run(input as ReturnType<S['parse']>);
					reply({ ok: true, ...(result ?? {}) });
				} catch (e) {
					if (e instanceof ChatError) return reply({ ok: false, error: e.code });
					// Bad input the database refused (issue 10.15): the client's fault, not ours.
					const badInput = inputErrorStatusOf(e);
					if (badInput)
						return reply({ ok: false, error: badInput === 404 ? 'not_found' : 'invalid' });
					log.error({ err: e }, `chat ${event}`);
					reply({ ok: false, error: 'server' });
				}
			});
		}

		on('chat:join', joinSchema, async ({ circleId }) => {
			const circle = await getChatCircle(db, user, { id: circleId });
			if (!circle || !circle.canWrite) throw new ChatError('forbidden');
			await socket.join([rooms.circle(circleId), rooms.notify(circleId)]);
			schedulePresence(circleId);
			return { isHost: circle.isHost };
		});

		on('chat:leave', joinSchema, async ({ circleId }) => {
			await socket.leave(rooms.circle(circleId));
			schedulePresence(circleId);
		});

		on('chat:send', sendSchema, async (input) => {
			await limitSend(user.id);
			const { message, created } = await postMessage(db, user, input);
			// Stored first; a retried send is sent out again so any node that missed it
			// catches up (clients drop what they already have, by id).
			publish(message, { created });
			return safetyAnswer(message, created);
		});

		/**
		 * The safety check of a stored message, new or edited. Words about suicide or self-harm:
		 * the hosts are told, and the writer's pages show 113 and 112 (safety:crisis to the
		 * writer's own sockets; crisis in the ack). Heavy or hopeless words: a calm line with 113
		 * under the writer's input (safety:concern; nobody told, nothing stored).
		 */
		async function safetyAnswer(message: ChatMessage, created: boolean) {
			const level = await safetyGateForMessage(db, message, created);
			if (level === 'crisis') {
				io.to(rooms.user(user.id)).emit('safety:crisis', { circleId: message.circleId });
				return { message, crisis: true };
			}
			if (level === 'concern')
				io.to(rooms.user(user.id)).emit('safety:concern', { circleId: message.circleId });
			return { message };
		}

		on('chat:history', historySchema, async (q) => listMessages(db, user, q));

		on('chat:edit', editSchema, async ({ messageId, body }) => {
			const message = await editMessage(db, user, messageId, body);
			publish(message);
			// An edit passes the same check as a new message, with the same outcome (an alert
			// for a crisis, as for a new message; at most one open alert a day per writer).
			return safetyAnswer(message, true);
		});

		on('chat:delete', deleteSchema, async ({ messageId }) => {
			const message = await deleteMessage(db, user, messageId);
			publish(message);
			return { message };
		});

		on('chat:hide', hideSchema, async ({ messageId, reason }) => {
			const message = await hideMessage(db, user, messageId, reason);
			publish(message);
			return { message };
		});

		on('chat:report', reportSchema, async ({ messageId, reason }) => {
			await reportMessage(db, user, messageId, reason);
		});

		on('chat:read', readSchema, async ({ circleId, lastReadId }) => {
			await markRead(db, user, circleId, lastReadId);
			const counts = await unreadCounts(db, user);
			// Every tab of this person updates its badge.
			io.to(rooms.user(user.id)).emit('chat:unread', counts);
		});

		on('chat:unread', joinSchema.partial(), async () => ({
			counts: await unreadCounts(db, user)
		}));

		const lastTyping = new Map<string, number>();
		on('chat:typing', typingSchema, async ({ circleId }) => {
			if (!socket.rooms.has(rooms.circle(circleId))) throw new ChatError('forbidden');
			const now = Date.now();
			if (now - (lastTyping.get(circleId) ?? 0) < TYPING_EVERY_MS) return;
			lastTyping.set(circleId, now);
			socket
				.to(rooms.circle(circleId))
				.emit('chat:typing', { circleId, userId: user.id, name: user.name });
		});

		let joined: string[] = [];
		socket.on('disconnecting', () => {
			joined = [...socket.rooms].filter((r) => r.startsWith('circle:')).map((r) => r.slice(7));
		});
		socket.on('disconnect', () => joined.forEach(schedulePresence));

		// The navigation badge: every circle of this person, counts now and activity later.
		myCircleIds(db, user)
			.then(async (ids) => {
				if (socket.disconnected) return;
				await socket.join(ids.map(rooms.notify));
				socket.emit('chat:unread', await unreadCounts(db, user));
			})
			.catch((e) => log.error({ err: e }, 'chat notify rooms'));
	});

	// Safety net for removals that did not call evict(): every so often, this node's
	// sockets leave circles their person no longer belongs to (or that were closed).
	const revalidate = setInterval(async () => {
		try {
			const local = await io.local.fetchSockets();
			const pairs = new Set<string>();
			for (const s of local) {
				const u = (s.data as { user?: SocketUser }).user;
				if (!u) continue;
				for (const r of s.rooms)
					if (r.startsWith('circle:') || r.startsWith('notify:'))
						pairs.add(`${r.slice(7)}:${u.id}`);
			}
			if (!pairs.size) return;
			const circleIds: string[] = [];
			const userIds: string[] = [];
			for (const pair of pairs) {
				const [circleId, userId] = pair.split(':');
				circleIds.push(circleId);
				userIds.push(userId);
			}
			// Looked up by (circle, person) through the memberships key, not by comparing
			// strings built from every membership row.
			const rows = await asService(db, (tx) =>
				tx.query<{ pair: string; open: boolean }>(
					`select m.circle_id::text || ':' || m.user_id::text as pair,
					        c.status in ('proposed', 'published') as open
					 from unnest($1::uuid[], $2::uuid[]) as p (circle_id, user_id)
					 join public.memberships m on m.circle_id = p.circle_id and m.user_id = p.user_id
					 join public.circles c on c.id = m.circle_id`,
					[circleIds, userIds]
				)
			);
			const member = new Map(rows.map((r) => [r.pair, r.open]));
			for (const s of local) {
				const u = (s.data as { user?: SocketUser }).user;
				if (!u) continue;
				for (const r of [...s.rooms]) {
					if (!r.startsWith('circle:') && !r.startsWith('notify:')) continue;
					const circleId = r.slice(7);
					const open = member.get(`${circleId}:${u.id}`);
					if (open === undefined || (r.startsWith('circle:') && !open)) {
						s.leave(r);
						if (r.startsWith('circle:')) {
							s.emit('chat:evicted', { circleId });
							schedulePresence(circleId);
						}
					}
				}
			}
		} catch (e) {
			log.error({ err: e }, 'chat revalidate');
		}
	}, options.revalidateMs ?? 30_000);
	revalidate.unref();

	return {
		io,
		publish,
		limitSend,
		evict,
		disconnectUser,
		disconnectSession,
		async close() {
			clearInterval(revalidate);
			presenceTimers.forEach(clearTimeout);
			// This node's sockets only: with Redis, io.disconnectSockets() would reach every node.
			io.local.disconnectSockets(true);
			await new Promise<void>((resolve) => {
				// io.close() also closes the http server; it is not ours to close.
				io.engine.close();
				resolve();
			});
			if (redis) await Promise.allSettled([redis.pub, redis.sub].map(closeRedis));
		}
	};
}
