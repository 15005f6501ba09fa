import { withUser, type Actor, type Database } from '../db';
import { attempt } from '../errors';
import { evictFromCircle } from '../realtime';

type SignedIn = NonNullable<Actor>;

/** Joins, asks to join, or queues: 'joined' | 'requested' | 'waiting' (or a DomainError). */
export function joinCircle(
	db: Database,
	actor: SignedIn,
	circleId: string,
	message = '',
	options: { acceptBlockedHost?: boolean } = {}
) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			// The person confirmed the warning that they blocked one of its hosts (point 22).
			if (options.acceptBlockedHost)
				await tx.query(`select set_config('kring.accept_blocked_host', 'on', true)`);
			const [row] = await tx.query<{ outcome: 'joined' | 'requested' | 'waiting' }>(
				'select public.join_circle($1, $2) as outcome',
				[circleId, message]
			);
			return row.outcome;
		})
	);
}

/** Leaves a circle (members any time; the last host must hand over or close first). */
export function leaveCircle(db: Database, actor: SignedIn, circleId: string) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			await tx.query(
				`update public.join_requests set status = 'withdrawn'
				 where circle_id = $1 and user_id = (select auth.uid()) and status in ('pending', 'waiting')`,
				[circleId]
			);
			const rows = await tx.query(
				'delete from public.memberships where circle_id = $1 and user_id = (select auth.uid()) returning 1',
				[circleId]
			);
			if (rows.length) await evictFromCircle(circleId, actor.id);
			return rows.length > 0;
		})
	);
}

export type JoinRequestListing = {
	id: string;
	user_id: string;
	name: string;
	message: string;
	status: 'pending' | 'waiting';
	created_at: Date;
};

/** Open join requests and the waiting list of a circle, for its hosts (RLS). */
export function listJoinRequests(db: Database, actor: SignedIn, circleId: string) {
	return withUser(db, actor, (tx) =>
		tx.query<JoinRequestListing>(
			`select r.id, r.user_id, coalesce(p.pseudonym, p.display_name) as name, r.message, r.status, r.created_at
			 from public.join_requests r
			 join public.join_requester_names($1) p on p.id = r.user_id
			 where r.circle_id = $1 and r.status in ('pending', 'waiting')
			 order by r.status, r.created_at`,
			[circleId]
		)
	);
}

export function decideJoinRequest(
	db: Database,
	actor: SignedIn,
	requestId: string,
	approve: boolean,
	reason = ''
) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const [row] = await tx.query<{ outcome: 'approved' | 'declined' | 'waiting' }>(
				'select public.decide_join_request($1, $2, $3) as outcome',
				[requestId, approve, reason]
			);
			return row.outcome;
		})
	);
}

export async function removeMember(
	db: Database,
	actor: SignedIn,
	circleId: string,
	memberId: string,
	reason = ''
) {
	const result = await attempt(() =>
		withUser(db, actor, (tx) =>
			tx.query('select public.remove_circle_member($1, $2, $3)', [circleId, memberId, reason])
		)
	);
	// Their open chat sockets leave the circle's room at once.
	if (!(result instanceof Error)) await evictFromCircle(circleId, memberId);
	return result;
}

/**
 * A co-host becomes a member again at once (hosts only; never the last host); a member is
 * offered to co-host and becomes one only when they accept: 'member' | 'host' | 'offered'.
 */
export function setMemberRole(
	db: Database,
	actor: SignedIn,
	circleId: string,
	memberId: string,
	role: 'host' | 'member'
) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const [row] = await tx.query<{ outcome: 'member' | 'host' | 'offered' }>(
				'select public.set_circle_member_role($1, $2, $3) as outcome',
				[circleId, memberId, role]
			);
			return row.outcome;
		})
	);
}
