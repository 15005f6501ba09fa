import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '$lib/schemas/chat';
import { ChatSync, type OutboxItem } from './sync';

const circleId = 'c1';
const message = (id: number, previousId?: number | null): ChatMessage => ({
	id,
	circleId,
	clientId: `client-${id}`,
	authorId: 'a',
	authorName: 'A',
	body: `bericht ${id}`,
	createdAt: `2026-11-24T10:00:${String(id).padStart(2, '0')}.000Z`,
	updatedAt: `2026-11-24T10:00:${String(id).padStart(2, '0')}.000Z`,
	edited: false,
	deleted: false,
	hidden: null,
	...(previousId !== undefined && { previousId })
});

/** Just enough of a socket.io client: events in, acknowledged calls out. */
function fakeSocket(answer: (event: string, payload: Record<string, unknown>) => unknown) {
	const handlers = new Map<string, ((...a: unknown[]) => void)[]>();
	const calls: { event: string; payload: Record<string, unknown> }[] = [];
	const socket = {
		connected: true,
		on(event: string, fn: (...a: unknown[]) => void) {
			handlers.set(event, [...(handlers.get(event) ?? []), fn]);
		},
		off() {},
		timeout: () => ({
			emitWithAck: async (event: string, payload: Record<string, unknown>) => {
				calls.push({ event, payload });
				const reply = answer(event, payload);
				if (reply === undefined) throw new Error('timeout');
				return reply;
			}
		}),
		fire: (event: string, ...args: unknown[]) => handlers.get(event)?.forEach((fn) => fn(...args))
	};
	return { socket, calls };
}

afterEach(() => vi.useRealTimers());

describe('ChatSync catching up', () => {
	it('a message that arrives live before the catch-up does not make it skip earlier ones', async () => {
		vi.useFakeTimers();
		let joinAnswers = false;
		const { socket, calls } = fakeSocket((event, payload) => {
			if (event === 'chat:join') return joinAnswers ? { ok: true } : undefined;
			if (event === 'chat:history')
				return {
					ok: true,
					hasMore: false,
					messages: [4, 5, 6].filter((id) => id > Number(payload.after)).map(message)
				};
			return { ok: true };
		});
		const sync = new ChatSync(socket as unknown as Socket, circleId, {
			initial: [1, 2, 3].map(message)
		});
		sync.start();
		// The first join after a restart gets no answer in time, but the server did add the
		// socket to the room: message 6 arrives live before any catch-up.
		await vi.waitFor(() => expect(calls.some((c) => c.event === 'chat:join')).toBe(true));
		socket.fire('chat:message', message(6));
		expect(sync.lastId).toBe(6);
		expect(sync.caughtUpTo).toBe(3);
		expect(sync.lastChange).toBe(message(3).updatedAt);
		joinAnswers = true;
		await vi.advanceTimersByTimeAsync(1000);
		await vi.waitFor(() => expect(sync.joined).toBe(true));
		await vi.waitFor(() => expect(sync.caughtUpTo).toBe(6));
		const history = calls.find((c) => c.event === 'chat:history')?.payload;
		expect(history).toMatchObject({ after: 3, changedSince: message(3).updatedAt });
		expect(sync.list().map((m) => m.id)).toEqual([1, 2, 3, 4, 5, 6]);
	});

	it('once caught up, live messages move the catch-up point, until the connection drops', async () => {
		const { socket, calls } = fakeSocket((event) =>
			event === 'chat:history' ? { ok: true, hasMore: false, messages: [] } : { ok: true }
		);
		const sync = new ChatSync(socket as unknown as Socket, circleId, {
			initial: [1].map(message)
		});
		sync.start();
		await vi.waitFor(() => expect(calls.some((c) => c.event === 'chat:history')).toBe(true));
		await vi.waitFor(() => {
			socket.fire('chat:message', message(2, 1));
			expect(sync.caughtUpTo).toBe(2);
		});
		socket.fire('disconnect');
		socket.fire('chat:message', message(3, 2));
		expect(sync.caughtUpTo).toBe(2);
		expect(sync.lastId).toBe(3);
	});

	it('tries a join again when the server could not answer it, but not when refused', async () => {
		vi.useFakeTimers();
		let joinError: string | null = 'server';
		const { socket, calls } = fakeSocket((event) => {
			if (event === 'chat:join') return joinError ? { ok: false, error: joinError } : { ok: true };
			if (event === 'chat:history') return { ok: true, hasMore: false, messages: [] };
			return { ok: true };
		});
		const denied = vi.fn();
		const sync = new ChatSync(socket as unknown as Socket, circleId, { onDenied: denied });
		sync.start();
		await vi.waitFor(() => expect(calls.filter((c) => c.event === 'chat:join')).toHaveLength(1));
		joinError = null;
		await vi.advanceTimersByTimeAsync(1000);
		await vi.waitFor(() => expect(sync.joined).toBe(true));
		expect(denied).not.toHaveBeenCalled();

		joinError = 'forbidden';
		socket.fire('disconnect');
		socket.fire('connect');
		await vi.waitFor(() => expect(denied).toHaveBeenCalledTimes(1));
		const joins = calls.filter((c) => c.event === 'chat:join').length;
		await vi.advanceTimersByTimeAsync(5000);
		expect(calls.filter((c) => c.event === 'chat:join')).toHaveLength(joins);
		expect(sync.denied).toBe(true);
	});

	it('catches up at once when a live message follows one it has not seen', async () => {
		const stored = [1, 2, 3, 4, 5].map((id) => message(id, id - 1 || null));
		let written = 3;
		const { socket, calls } = fakeSocket((event, payload) =>
			event === 'chat:history'
				? {
						ok: true,
						hasMore: false,
						messages: stored.slice(0, written).filter((m) => m.id > Number(payload.after))
					}
				: { ok: true }
		);
		const sync = new ChatSync(socket as unknown as Socket, circleId, {
			initial: stored.slice(0, 3)
		});
		sync.start();
		await vi.waitFor(() => expect(calls.some((c) => c.event === 'chat:history')).toBe(true));
		await vi.waitFor(() => expect(sync.caughtUpTo).toBe(3));
		written = 5;
		await vi.waitFor(() => {
			// 4 was lost on its way (say between two nodes); 5 says it came after 4.
			socket.fire('chat:message', stored[4]);
			expect(calls.filter((c) => c.event === 'chat:history')).toHaveLength(2);
		});
		expect(calls.filter((c) => c.event === 'chat:history')[1].payload.after).toBe(3);
		await vi.waitFor(() => expect(sync.caughtUpTo).toBe(5));
		expect(sync.list().map((m) => m.id)).toEqual([1, 2, 3, 4, 5]);
	});

	it('takes its own message out of the outbox when it arrives live, ack or not', async () => {
		const { socket, calls } = fakeSocket((event) => {
			if (event === 'chat:send') return undefined; // the ack is lost
			if (event === 'chat:history') return { ok: true, hasMore: false, messages: [] };
			return { ok: true };
		});
		const saved: unknown[][] = [];
		const sync = new ChatSync(socket as unknown as Socket, circleId, {
			initial: [message(1)],
			store: { load: () => [], save: (items) => saved.push(items) }
		});
		sync.start();
		await vi.waitFor(() => expect(sync.joined).toBe(true));
		const item = sync.send('Hallo allemaal');
		await vi.waitFor(() => expect(calls.some((c) => c.event === 'chat:send')).toBe(true));
		expect(sync.outbox).toHaveLength(1);
		socket.fire('chat:message', { ...message(2, 1), clientId: item.clientId });
		expect(sync.outbox).toEqual([]);
		expect(saved.at(-1)).toEqual([]);
		expect(sync.list().map((m) => m.id)).toEqual([1, 2]);
	});

	it('shows a message sent without a connection at once (it waits in the outbox)', () => {
		const { socket, calls } = fakeSocket(() => undefined);
		let changes = 0;
		const sync = new ChatSync(socket as unknown as Socket, circleId, {
			initial: [message(1)],
			onChange: () => changes++
		});
		changes = 0;
		// Never started: not joined, nothing can go out yet.
		sync.send('Zonder netwerk');
		expect(changes).toBe(1);
		expect(sync.outbox.map((i) => i.body)).toEqual(['Zonder netwerk']);
		expect(calls.some((c) => c.event === 'chat:send')).toBe(false);
	});

	it('two tabs keep each other’s unsent messages in the shared store', async () => {
		let shared: OutboxItem[] = [];
		const store = { load: () => shared, save: (items: OutboxItem[]) => (shared = items) };
		const offline = () =>
			fakeSocket((event) =>
				event === 'chat:history' ? { ok: true, hasMore: false, messages: [] } : undefined
			).socket;
		const a = new ChatSync(offline() as unknown as Socket, circleId, { store });
		const b = new ChatSync(offline() as unknown as Socket, circleId, { store });
		const fromA = a.send('uit tab A');
		const fromB = b.send('uit tab B');
		expect(shared.map((i) => i.clientId).sort()).toEqual([fromA.clientId, fromB.clientId].sort());
		// A's message turns out to be stored; B's stays until B (or a later page) sends it.
		a.discard(fromA.clientId);
		expect(shared.map((i) => i.clientId)).toEqual([fromB.clientId]);
	});
});
