import { randomBytes } from 'node:crypto';
import type { CircleInput } from '$lib/schemas/circle';
import { asService, withUser, type Actor, type Database, type Sql } from '../db';
import { attempt } from '../errors';
import { evictFromCircle } from '../realtime';

type SignedIn = NonNullable<Actor>;

/** A URL-safe slug from a circle name: "Autisme-café Ridderveld" -> "autisme-cafe-ridderveld". */
export function slugify(name: string): string {
	const slug = name
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return slug || 'kring';
}

async function freeSlug(tx: Sql, name: string): Promise<string> {
	const base = slugify(name);
	const [row] = await tx.query<{ taken: boolean }>(
		// Also counts circles the actor cannot see: slugs are unique for everyone.
		`select private.circle_slug_taken($1) as taken`,
		[base]
	);
	return row.taken ? `${base}-${randomBytes(3).toString('hex')}` : base;
}

/** A circle's fields; the English meeting note and house rules may be left out (kept as they are). */
type CircleFieldsInput = Omit<CircleInput, 'meeting_note_en' | 'house_rules_en'> &
	Partial<Pick<CircleInput, 'meeting_note_en' | 'house_rules_en'>>;

function columns(input: CircleFieldsInput) {
	return [
		input.name,
		input.description,
		input.name_en || null,
		input.description_en || null,
		input.house_rules,
		input.meeting_note,
		input.location_name,
		input.theme_slugs,
		input.neighbourhood_id || null,
		input.format,
		input.visibility,
		input.join_policy,
		input.capacity === '' ? null : Number(input.capacity),
		input.meeting_weekdays,
		input.meeting_parts,
		input.languages,
		input.meeting_note_en ?? null,
		input.house_rules_en ?? null
	];
}

/**
 * Starts a circle with the actor as host. Residents propose (a neighbourhood worker
 * publishes it); workers and admins may publish at once (the database enforces this).
 */
export function createCircle(
	db: Database,
	actor: SignedIn,
	input: CircleFieldsInput,
	publish: boolean
) {
	return withUser(db, actor, async (tx) => {
		const slug = await freeSlug(tx, input.name);
		const [row] = await tx.query<{ slug: string }>(
			`insert into public.circles
			   (name, description, name_en, description_en, house_rules, meeting_note, location_name,
			    theme_slugs, neighbourhood_id, format, visibility, join_policy, capacity,
			    meeting_weekdays, meeting_parts, languages, meeting_note_en, house_rules_en, slug, status,
			    created_by)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
			         coalesce($17, ''), coalesce($18, ''), $19, $20, (select auth.uid()))
			 returning slug`,
			[...columns(input), slug, publish ? 'published' : 'proposed']
		);
		return row.slug;
	});
}

/** Saves a host's edits; RLS lets only hosts (and the worker who started it, and admins) do this. */
export function updateCircle(
	db: Database,
	actor: SignedIn,
	circleId: string,
	input: CircleFieldsInput
) {
	return withUser(db, actor, async (tx) => {
		const rows = await tx.query(
			`update public.circles set
			   name = $1, description = $2, name_en = $3, description_en = $4, house_rules = $5,
			   meeting_note = $6, location_name = $7, theme_slugs = $8, neighbourhood_id = $9, format = $10,
			   visibility = $11, join_policy = $12, capacity = $13, meeting_weekdays = $14,
			   meeting_parts = $15, languages = $16,
			   meeting_note_en = coalesce($17, meeting_note_en), house_rules_en = coalesce($18, house_rules_en)
			 where id = $19 returning 1`,
			[...columns(input), circleId]
		);
		return rows.length > 0;
	});
}

export type CircleStatus = 'proposed' | 'published' | 'closed' | 'archived';

/** Publish (workers, admins), close or archive a circle. Members keep reading its history. */
export function setCircleStatus(
	db: Database,
	actor: SignedIn,
	circleId: string,
	status: CircleStatus
) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const rows = await tx.query(
				'update public.circles set status = $2 where id = $1 returning 1',
				[circleId, status]
			);
			// A closed or archived circle has no live chat any more.
			if (rows.length && (status === 'closed' || status === 'archived'))
				await evictFromCircle(circleId);
			return rows.length > 0;
		})
	);
}

/** Circles waiting for a neighbourhood worker to publish them. */
export function listProposedCircles(db: Database, actor: SignedIn) {
	return withUser(db, actor, (tx) =>
		tx.query<{ id: string; slug: string; name: string; name_en: string | null; created_at: Date }>(
			`select id, slug, name, name_en, created_at from public.circles where status = 'proposed'
			 and (private.has_role('worker') or private.has_role('admin')) order by created_at`
		)
	);
}

/** A secret invitation link for a (private) circle; hosts and workers only (the function checks). */
export function createInvitationLink(db: Database, actor: SignedIn, circleId: string) {
	return withUser(db, actor, async (tx) => {
		const [row] = await tx.query<{ token: string }>(
			'select public.create_circle_invitation_link($1) as token',
			[circleId]
		);
		return row.token;
	});
}

export function listInvitationLinks(db: Database, actor: SignedIn, circleId: string) {
	return withUser(db, actor, (tx) =>
		tx.query<{ id: string; token: string; created_at: Date }>(
			`select id, token, created_at from public.circle_invitations
			 where circle_id = $1 and token is not null and status = 'pending' order by created_at desc`,
			[circleId]
		)
	);
}

export function revokeInvitation(db: Database, actor: SignedIn, invitationId: string) {
	return withUser(db, actor, async (tx) => {
		const rows = await tx.query(
			`update public.circle_invitations set status = 'revoked' where id = $1 returning 1`,
			[invitationId]
		);
		return rows.length > 0;
	});
}

/** Uses an invitation link; returns the circle's slug. */
export function acceptInvitationLink(db: Database, actor: SignedIn, token: string) {
	return attempt(() =>
		withUser(db, actor, async (tx) => {
			const [{ id }] = await tx.query<{ id: string }>(
				'select public.accept_circle_invitation_link($1) as id',
				[token]
			);
			const [row] = await tx.query<{ slug: string }>(
				'select slug from public.circles where id = $1',
				[id]
			);
			return row.slug;
		})
	);
}

/** What an invitation link leads to, so the page can say which circle it is. */
export function peekInvitationLink(db: Database, token: string) {
	// Service read: the visitor is not a member yet; the secret token is the permission.
	return asService(db, (tx) =>
		tx.query<{ name: string; name_en: string | null; slug: string }>(
			`select c.name, c.name_en, c.slug from public.circle_invitations i join public.circles c on c.id = i.circle_id
			 where i.token = $1 and i.status = 'pending'`,
			[token]
		)
	);
}
