import type { ChatMessage } from '$lib/schemas/chat';
import { withUser, type Database } from '../db';
import type { SessionUser } from '../auth';
import { disconnectUser, publishMessage } from '../realtime';

/** A circle the person is the last host of: hand it over or close it before erasing. */
export type HostedCircle = { slug: string; name: string; name_en: string | null };

export type EraseResult =
	{ ok: true } | { ok: false; reason: 'last_host'; circles: HostedCircle[] };

type Tombstone = {
	id: number;
	circle_id: string;
	client_id: string;
	created_at: string;
	updated_at: string;
};

/** Active circles where the signed-in person is the only host while others are members. */
export function lastHostedCircles(db: Database, user: SessionUser): Promise<HostedCircle[]> {
	return withUser(db, user, (tx) =>
		tx.query<HostedCircle>(
			`select h.slug, h.name, c.name_en from private.account_last_hosted_circles() h
			 left join public.circles c on c.slug = h.slug`
		)
	);
}

/**
 * Ends the person's live connections on every node (the realtime module's disconnectUser:
 * their sockets all sit in one room, which socket.io reaches on every node through the
 * Redis adapter). Safe without a realtime server (tests, `vite build`).
 */
export async function disconnectUserSockets(userId: string): Promise<void> {
	await disconnectUser(userId);
}

/** A message of an erased person as every client now shows it: no text, no author. */
export function tombstoneMessage(t: Tombstone): ChatMessage {
	return {
		id: Number(t.id),
		circleId: t.circle_id,
		clientId: t.client_id,
		authorId: null,
		authorName: null,
		body: null,
		createdAt: new Date(t.created_at).toISOString(),
		updatedAt: new Date(t.updated_at).toISOString(),
		edited: false,
		deleted: true,
		hidden: null
	};
}

/**
 * Erases the signed-in person's account in one transaction (private.erase_account, which
 * only ever erases the caller), then ends their sockets on every node and sends the
 * tombstones to open chats. The caller ends the browser session (auth.signOut).
 */
export async function eraseMyAccount(db: Database, user: SessionUser): Promise<EraseResult> {
	let tombstones: Tombstone[];
	try {
		const [row] = await withUser(db, user, (tx) =>
			tx.query<{ result: { tombstones: Tombstone[] } }>(`select private.erase_account() as result`)
		);
		tombstones = row.result.tombstones;
	} catch (e) {
		if (/last_host/.test(String((e as Error).message))) {
			return { ok: false, reason: 'last_host', circles: await lastHostedCircles(db, user) };
		}
		throw e;
	}
	await disconnectUserSockets(user.id);
	for (const t of tombstones) publishMessage(tombstoneMessage(t), false);
	return { ok: true };
}
