import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/lib/server/db/session';
import { roleQueries } from '../helpers/rls';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

// The database API as an attacker sees it (issue 10, holes 1–8). On Supabase every table
// and function in schema public with a grant to anon or authenticated is a REST endpoint
// called with the user's own token, so these tests use direct SQL as those roles.
let db: TestDatabase;
const a: Record<'anon' | 'resident' | 'member' | 'host' | 'worker', Actor> = {
	anon: null,
	resident: null,
	member: null,
	host: null,
	worker: null
};
let cafe: string;
let privateCircle: string;
let privateSlug: string;
let privateHost: Actor;
let privateGathering: string;

const { as } = roleQueries(() => db);
// A function that is not there (moved to private) refuses as well as one not granted.
const unreachable = roleQueries(() => db, /permission denied|does not exist/i).denied;

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	a.resident = { id: await userId(db, 'sanne@kring.example') };
	a.host = { id: await userId(db, 'mohamed@kring.example') };
	a.worker = { id: await userId(db, 'fatima@kring.example') };
	const circles = await db.query<{ slug: string; id: string }>(
		'select slug, id from public.circles'
	);
	const id = (slug: string) => circles.find((c) => c.slug === slug)!.id;
	cafe = id('autisme-cafe-ridderveld');
	privateSlug = 'jonge-mantelzorgers';
	privateCircle = id(privateSlug);
	const [member] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
		[cafe]
	);
	a.member = { id: member.user_id };
	const [ph] = await db.query<{ user_id: string }>(
		`select user_id from public.memberships where circle_id = $1 and role = 'host'`,
		[privateCircle]
	);
	privateHost = { id: ph.user_id };
	[{ id: privateGathering }] = await db.query<{ id: string }>(
		'select id from public.gatherings where circle_id = $1 order by starts_at limit 1',
		[privateCircle]
	);
});
afterAll(() => db?.close());

/**
 * The security-definer functions in public that anon or authenticated may execute: each
 * one is a REST endpoint (POST /rest/v1/rpc/<name>) and checks every rule itself. Keep this
 * list short; a helper for policies or for the server goes in schema private instead.
 */
const callableApi: Record<string, string> = {
	// Member counts for a page of circles; counts only circles the caller may see, no names.
	'circle_member_counts(uuid[])': 'anon, authenticated',
	// Invited/accepted/declined counts for a circle the caller may invite to; no names.
	'circle_invitation_counts(uuid)': 'authenticated',
	// Join an open circle yourself, ask to join, or join the waiting list.
	'join_circle(uuid,text)': 'authenticated',
	// A host decides on a join request for their own circle.
	'decide_join_request(uuid,boolean,text)': 'authenticated',
	// A host removes a member of their own circle.
	'remove_circle_member(uuid,uuid,text)': 'authenticated',
	// Hosts read the public names of people who asked to join their circle.
	'join_requester_names(uuid)': 'authenticated',
	// A person accepts an invitation addressed to them.
	'accept_circle_invitation(uuid)': 'authenticated',
	// A person uses an invitation link (a secret token).
	'accept_circle_invitation_link(text)': 'authenticated',
	// A worker invites the residents behind a proposal without learning who they are.
	'seed_circle_from_proposal(uuid,uuid)': 'authenticated'
};

describe('security-definer functions in public (Supabase linter 0028/0029)', () => {
	it('only the commented allow-list is executable by anon or authenticated', async () => {
		const rows = await db.query<{ fn: string; roles: string }>(
			`select p.proname || '(' || coalesce((
			          select string_agg(format_type(t, null), ',' order by i)
			          from unnest(p.proargtypes) with ordinality as a(t, i)), '') || ')' as fn,
			        concat_ws(', ',
			          case when has_function_privilege('anon', p.oid, 'execute') then 'anon' end,
			          case when has_function_privilege('authenticated', p.oid, 'execute') then 'authenticated' end
			        ) as roles
			 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'public' and p.prosecdef
			   and (has_function_privilege('anon', p.oid, 'execute')
			        or has_function_privilege('authenticated', p.oid, 'execute'))
			 order by 1`
		);
		const unexpected = rows.filter((r) => {
			const allowed = callableApi[r.fn.replace(/\s+/g, '')];
			return !allowed || r.roles.split(', ').some((role) => !allowed.includes(role));
		});
		expect(unexpected).toEqual([]);
		// The list is not stale: each entry still exists and is callable.
		expect(rows.map((r) => r.fn.replace(/\s+/g, '')).sort()).toEqual(
			Object.keys(callableApi).sort()
		);
	});

	it('no function body names a function that is not there (moved helpers are followed)', async () => {
		const rows = await db.query<{ fn: string; src: string }>(
			`select n.nspname || '.' || p.proname as fn, p.prosrc as src
			 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname in ('public', 'private') and p.prolang <> 13 and p.prolang <> 12`
		);
		const known = new Set(
			(
				await db.query<{ name: string }>(
					`select n.nspname || '.' || p.proname as name from pg_proc p
					 join pg_namespace n on n.oid = p.pronamespace
					 where n.nspname in ('public', 'private', 'auth', 'extensions')
					 union all
					 select n.nspname || '.' || c.relname from pg_class c
					 join pg_namespace n on n.oid = c.relnamespace
					 where n.nspname in ('public', 'private')`
				)
			).map((r) => r.name)
		);
		const missing: string[] = [];
		for (const { fn, src } of rows) {
			for (const [, name] of src.matchAll(/\b((?:public|private)\.[a-z_0-9]+)\s*\(/g)) {
				if (!known.has(name)) missing.push(`${fn} -> ${name}`);
			}
		}
		expect(missing).toEqual([]);
	});
});

describe('probing private circles (hole 6)', () => {
	it('anon cannot ask whether a slug is taken, whether a private circle has a seat, or which circle a gathering is in', async () => {
		for (const [text, params] of [
			[`select public.circle_slug_taken($1) as x`, [privateSlug]],
			[`select private.circle_slug_taken($1) as x`, [privateSlug]],
			[`select public.circle_has_seat($1) as x`, [privateCircle]],
			[`select private.circle_has_seat($1) as x`, [privateCircle]],
			[`select public.gathering_circle($1) as x`, [privateGathering]],
			[`select private.gathering_circle($1) as x`, [privateGathering]]
		] as const) {
			expect(await unreachable(a.anon, text, [...params]), text).toBe(true);
		}
		const [open] = await as<{ x: boolean | null }>(
			a.anon,
			'select private.circle_has_open_seat($1) as x',
			[privateCircle]
		);
		expect(open.x).toBeNull();
		const [listed] = await as<{ x: boolean | null }>(
			a.anon,
			'select private.circle_has_open_seat($1) as x',
			[cafe]
		);
		expect(listed.x).not.toBeNull();
	});
	it('a signed-in outsider learns nothing about a private gathering; its members do', async () => {
		const [outsider] = await as<{ x: string | null }>(
			a.resident,
			'select private.gathering_circle($1) as x',
			[privateGathering]
		);
		expect(outsider.x).toBeNull();
		const [member] = await as<{ x: string | null }>(
			privateHost,
			'select private.gathering_circle($1) as x',
			[privateGathering]
		);
		expect(member.x).toBe(privateCircle);
	});
});
