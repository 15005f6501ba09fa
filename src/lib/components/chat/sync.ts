import type { Socket } from 'socket.io-client';
import type { Ack, ChatErrorCode, ChatMessage } from '$lib/schemas/chat';

/** A message typed here and not yet acknowledged by the server. Never dropped silently. */
export type OutboxItem = {
	clientId: string;
	circleId: string;
	body: string;
	/** Set when the server refused it for good (e.g. too long): shown, not retried. */
	error?: ChatErrorCode;
};

/** Where unsent messages survive a reload (localStorage in the browser). */
export type OutboxStore = { load(): OutboxItem[]; save(items: OutboxItem[]): void };

/** crypto.randomUUID needs a secure context; plain-http LAN addresses do not have one. */
export function uuid(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	const b = crypto.getRandomValues(new Uint8Array(16));
	b[6] = (b[6] & 0x0f) | 0x40;
	b[8] = (b[8] & 0x3f) | 0x80;
	const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
	return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function localStorageOutbox(key: string): OutboxStore {
	return {
		load() {
			try {
				return JSON.parse(localStorage.getItem(key) ?? '[]');
			} catch {
				return [];
			}
		},
		save(items) {
			try {
				if (items.length) localStorage.setItem(key, JSON.stringify(items));
				else localStorage.removeItem(key);
			} catch {
				// storage full or blocked: the outbox still lives in memory
			}
		}
	};
}

const RETRYABLE: ChatErrorCode[] = ['server', 'rate_limited'];

/**
 * One circle's chat kept in step with the server, without a UI framework (the page and
 * the tests both use it). On every (re)connect: join, fetch everything after the last id
 * caught up to (and edits since the last change), then resend the outbox with the same
 * client ids.
 * Messages are kept by id, so a message seen live and in the catch-up is shown once.
 */
export class ChatSync {
	readonly messages = new Map<number, ChatMessage>();
	outbox: OutboxItem[];
	/** How often each id was added to the list: stays 1 (tests check this). */
	readonly added = new Map<number, number>();
	/** The newest message shown (the read position). */
	lastId = 0;
	/**
	 * Catch up after this id, and with edits since lastChange. Unlike lastId, both move
	 * with live messages only once this connection has caught up: a message that arrives
	 * live while a catch-up is still pending (a slow join after a restart) must not make
	 * it skip the ones before it.
	 */
	caughtUpTo = 0;
	lastChange: string | null = null;
	joined = false;
	#caughtUp = false;
	isHost = false;
	denied = false;
	#flushing = false;
	/** Client ids that left this outbox (stored or discarded): not to be kept for others. */
	readonly #done = new Set<string>();
	#syncing: Promise<void> | null = null;
	#listeners: [string, (...a: unknown[]) => void][] = [];

	constructor(
		private socket: Socket,
		readonly circleId: string,
		private opts: {
			initial?: ChatMessage[];
			store?: OutboxStore;
			onChange?: () => void;
			onIncoming?: (m: ChatMessage) => void;
			onAck?: (m: ChatMessage) => void;
			onDenied?: () => void;
			/** How long to wait for an answer before trying again later. */
			ackMs?: number;
		} = {}
	) {
		this.outbox = opts.store?.load().filter((i) => i.circleId === circleId) ?? [];
		for (const m of opts.initial ?? []) this.merge(m, true);
	}

	start(): void {
		const on = <A extends unknown[]>(event: string, fn: (...a: A) => void) => {
			this.socket.on(event, fn as never);
			this.#listeners.push([event, fn as never]);
		};
		on('connect', () => void this.sync());
		on('disconnect', () => {
			this.joined = false;
			this.#caughtUp = false;
			this.opts.onChange?.();
		});
		on('chat:message', (m: ChatMessage) => {
			if (m.circleId !== this.circleId) return;
			const isNew = !this.messages.has(m.id);
			// Our own message, stored: it leaves the outbox even if its ack never comes.
			if (this.outbox.some((i) => i.clientId === m.clientId)) this.#remove(m.clientId);
			this.#receive(m);
			if (isNew) this.opts.onIncoming?.(m);
		});
		on('chat:evicted', (e: { circleId: string }) => {
			if (e.circleId !== this.circleId) return;
			this.joined = false;
			this.denied = true;
			this.opts.onDenied?.();
			this.opts.onChange?.();
		});
		if (this.socket.connected) void this.sync();
	}

	stop(): void {
		for (const [event, fn] of this.#listeners) this.socket.off(event, fn);
		this.#listeners = [];
	}

	/** Newest last. */
	list(): ChatMessage[] {
		return [...this.messages.values()].sort((a, b) => a.id - b.id);
	}

	/** Keeps a message by id; `caughtUp`: everything before it has been fetched too. */
	merge(m: ChatMessage, caughtUp = false): void {
		const have = this.messages.get(m.id);
		if (!have) this.added.set(m.id, (this.added.get(m.id) ?? 0) + 1);
		if (!have || m.updatedAt >= have.updatedAt) this.messages.set(m.id, m);
		if (m.id > this.lastId) this.lastId = m.id;
		if (caughtUp && m.id > this.caughtUpTo) this.caughtUpTo = m.id;
		if (caughtUp && (!this.lastChange || m.updatedAt > this.lastChange))
			this.lastChange = m.updatedAt;
		this.opts.onChange?.();
	}

	/**
	 * A message from this connection (live, or the answer to a send). It moves the catch-up
	 * point only if nothing before it can be missing: caught up, and its predecessor in the
	 * circle (previousId) already behind that point. Otherwise, when caught up, one was
	 * missed (a broadcast lost between nodes, or sent out of order): catch up now.
	 */
	#receive(m: ChatMessage): void {
		const complete =
			this.#caughtUp &&
			(m.previousId === undefined
				? m.id <= this.caughtUpTo
				: m.previousId === null || m.previousId <= this.caughtUpTo);
		this.merge(m, complete);
		if (this.#caughtUp && !complete) void this.sync();
	}

	async #ack(event: string, payload: unknown): Promise<Ack<Record<string, unknown>> | null> {
		try {
			return await this.socket.timeout(this.opts.ackMs ?? 8000).emitWithAck(event, payload);
		} catch {
			return null; // no answer: disconnected or slow; the next connect retries
		}
	}

	sync(): Promise<void> {
		return (this.#syncing ??= this.#sync().finally(() => (this.#syncing = null)));
	}

	/** A join or catch-up that got no answer (a slow server after a restart) is tried again. */
	#retrySync(): void {
		setTimeout(() => {
			if (this.socket.connected && !this.denied) void this.sync();
		}, 1000);
	}

	async #sync(): Promise<void> {
		this.#caughtUp = false;
		const join = await this.#ack('chat:join', { circleId: this.circleId });
		if (!join) return this.#retrySync();
		if (!join.ok) {
			this.denied = join.error === 'forbidden';
			this.opts.onChange?.();
			if (this.denied) return this.opts.onDenied?.();
			// Not a refusal (e.g. the database was briefly away): try again.
			return this.#retrySync();
		}
		this.joined = true;
		this.denied = false;
		this.isHost = Boolean((join as { isHost?: boolean }).isHost);
		// Catch up: everything after the last id, page by page, plus changes to older ones.
		let changedSince = this.lastChange ?? undefined;
		for (;;) {
			const page = await this.#ack('chat:history', {
				circleId: this.circleId,
				after: this.caughtUpTo,
				changedSince,
				limit: 200
			});
			if (!page?.ok) return this.#retrySync();
			for (const m of page.messages as ChatMessage[]) this.merge(m, true);
			changedSince = undefined;
			if (!page.hasMore) break;
		}
		// From here on every new message arrives live. (One committed before another but
		// sent out after it is covered by the server: the catch-up's changedSince overlaps.)
		this.#caughtUp = this.socket.connected;
		this.opts.onChange?.();
		await this.flush();
	}

	/** Older messages before the first one shown. */
	async loadOlder(): Promise<boolean> {
		const first = this.list()[0];
		const page = await this.#ack('chat:history', {
			circleId: this.circleId,
			before: first?.id,
			limit: 50
		});
		if (!page?.ok) return false;
		for (const m of page.messages as ChatMessage[]) this.merge(m);
		return Boolean(page.hasMore);
	}

	send(body: string): OutboxItem {
		const item: OutboxItem = { clientId: uuid(), circleId: this.circleId, body };
		this.outbox.push(item);
		this.#save();
		// Shown at once, also when there is no connection to send it over yet.
		this.opts.onChange?.();
		void this.flush();
		return item;
	}

	/** Sends the outbox in order; stops at the first item without an answer. */
	async flush(): Promise<void> {
		if (this.#flushing || !this.joined) return;
		this.#flushing = true;
		let unanswered = false;
		try {
			// Items typed while this runs are picked up too: always take the oldest unsent.
			for (;;) {
				const item = this.outbox.find((i) => !i.error);
				if (!item || !this.socket.connected) break;
				const ack = await this.#ack('chat:send', item);
				if (!ack) {
					unanswered = true;
					break;
				}
				if (ack.ok) {
					this.#remove(item.clientId);
					const m = ack.message as ChatMessage;
					this.#receive(m);
					this.opts.onAck?.(m);
				} else if (RETRYABLE.includes(ack.error)) {
					setTimeout(() => void this.flush(), ack.error === 'rate_limited' ? 3000 : 1000);
					break;
				} else {
					item.error = ack.error;
					this.#save();
				}
			}
		} finally {
			this.#flushing = false;
			this.opts.onChange?.();
			// An answer lost in a reconnect: this flush was still waiting when the new
			// connection's sync ran, so try again now that it is over.
			if (unanswered && this.joined && this.socket.connected)
				setTimeout(() => void this.flush(), 300);
		}
	}

	/** Takes a refused message out of the outbox again (its text goes back to the editor). */
	discard(clientId: string): OutboxItem | undefined {
		const item = this.outbox.find((i) => i.clientId === clientId);
		this.#remove(clientId);
		this.opts.onChange?.();
		return item;
	}

	#remove(clientId: string) {
		this.#done.add(clientId);
		this.outbox = this.outbox.filter((i) => i.clientId !== clientId);
		this.#save();
	}

	/**
	 * Writes this outbox back without touching what other tabs keep there: their items
	 * (for this circle too) stay, except the ones this tab has seen stored or discarded.
	 */
	#save() {
		if (!this.opts.store) return;
		const mine = new Set(this.outbox.map((i) => i.clientId));
		const others = this.opts.store
			.load()
			.filter((i) => !mine.has(i.clientId) && !this.#done.has(i.clientId));
		this.opts.store.save([...others, ...this.outbox]);
	}

	call(event: string, payload: unknown) {
		return this.#ack(event, payload);
	}
}
