import { readUnreadCounts } from '../chat';
import { withUser, type Actor, type Database } from '../db';
import { countUnreadNotifications } from '../notifications';
import { readMyProfile, type Profile } from '../profiles';

export type Navigation = {
	profile: Profile | null;
	unreadNotifications: number;
	unreadChat: Record<string, number>;
};

/**
 * What the header of every page shows a signed-in person: who they are, unread
 * notifications and unread chat per circle. One transaction, one connection (PostgreSQL
 * pipelines the three reads) instead of three, since every page view pays for it.
 */
export function readNavigation(db: Database, user: NonNullable<Actor>): Promise<Navigation> {
	return withUser(db, user, async (tx) => {
		const [profile, unreadNotifications, unreadChat] = await Promise.all([
			readMyProfile(tx, user.id),
			countUnreadNotifications(tx),
			readUnreadCounts(tx)
		]);
		return { profile, unreadNotifications, unreadChat };
	});
}
