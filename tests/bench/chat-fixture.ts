import { createHash, randomBytes } from 'node:crypto';
import { asService, type Database } from '../../src/lib/server/db';

export type FixtureUser = { id: string; email: string; token: string; circle: number };
export type ChatFixture = {
	circles: { id: string; slug: string }[];
	users: FixtureUser[];
	/** Signed in, in no circle. */
	outsider: FixtureUser;
	/** Neighbourhood worker, in no circle. */
	worker: FixtureUser;
};

/**
 * Circles with members, each member signed in (a session token for the `kring_session`
 * cookie, stored hashed like the embedded sign-in does). The first member of every circle
 * hosts it. Service path: test and benchmark set-up only.
 */
export async function createChatFixture(
	db: Database,
	opts: { circles: number; membersPerCircle: number; tag?: string }
): Promise<ChatFixture> {
	const tag = opts.tag ?? randomBytes(3).toString('hex');
	return asService(db, async (tx) => {
		const addUser = async (email: string, circle: number, roles = '{resident}') => {
			const [u] = await tx.query<{ id: string }>(
				`insert into auth.users (email, email_confirmed_at, raw_user_meta_data)
				 values ($1, now(), jsonb_build_object('display_name', $2::text)) returning id`,
				[email, email.split('@')[0]]
			);
			await tx.query(`update public.profiles set roles = $2::text[] where id = $1`, [u.id, roles]);
			const token = randomBytes(24).toString('base64url');
			await tx.query(
				`insert into kring_auth.sessions (token_hash, user_id, expires_at) values ($1, $2, now() + interval '1 day')`,
				[createHash('sha256').update(token).digest('hex'), u.id]
			);
			return { id: u.id, email, token, circle };
		};
		const circles: ChatFixture['circles'] = [];
		const users: FixtureUser[] = [];
		for (let c = 0; c < opts.circles; c++) {
			const slug = `chat-${tag}-${c}`;
			const [row] = await tx.query<{ id: string }>(
				`insert into public.circles (slug, name, description, theme_slugs, status, visibility, join_policy)
				 values ($1, $2, 'A circle for chat tests and benchmarks.', array[(select slug from public.themes order by slug limit 1)], 'published', 'private', 'approval')
				 returning id`,
				[slug, `Chat ${tag} ${c}`]
			);
			circles.push({ id: row.id, slug });
			for (let i = 0; i < opts.membersPerCircle; i++) {
				const user = await addUser(`c${c}m${i}-${tag}@chat.example`, c);
				await tx.query(
					`insert into public.memberships (circle_id, user_id, role) values ($1, $2, $3)`,
					[row.id, user.id, i === 0 ? 'host' : 'member']
				);
				users.push(user);
			}
		}
		const outsider = await addUser(`outsider-${tag}@chat.example`, -1);
		const worker = await addUser(`worker-${tag}@chat.example`, -1, '{resident,worker}');
		return { circles, users, outsider, worker };
	});
}
