import { myCircles, searchCircles } from '$lib/server/circles';
import { unreadCounts } from '$lib/server/chat';
import { myGatherings } from '$lib/server/gatherings';
import { listMyQuestions } from '$lib/server/questions';
import type { PageServerLoad } from './$types';

/** What a signed-in resident sees first: their circles, next gatherings and open questions. */
async function mine(locals: App.Locals) {
	const user = locals.user;
	if (!user) return null;
	const [circles, unread, gatherings, questions] = await Promise.all([
		myCircles(locals.db, user),
		unreadCounts(locals.db, user),
		myGatherings(locals.db, user),
		listMyQuestions(locals.db, user)
	]);
	const now = Date.now();
	return {
		circles: circles
			.filter((c) => c.status !== 'closed')
			.map((c) => ({ slug: c.slug, name: c.name, name_en: c.name_en, unread: unread[c.id] ?? 0 })),
		gatherings: gatherings
			.filter((g) => new Date(g.ends_at).getTime() > now && !g.cancelled_at)
			.slice(0, 3)
			.map((g) => ({
				id: g.id,
				title: g.title,
				title_en: g.title_en,
				starts_at: g.starts_at,
				ends_at: g.ends_at,
				time_zone: g.time_zone
			})),
		questions: questions
			.filter((q) => q.status === 'open')
			.slice(0, 3)
			.map((q) => ({ id: q.id, body: q.body }))
	};
}

export const load = (async ({ locals }) => {
	const [circles, my] = await Promise.all([
		searchCircles(locals.db, locals.user, {}),
		mine(locals)
	]);
	// Someone with nothing of their own yet sees the visitor's page: how Kring works first.
	const hasOwn = my && (my.circles.length || my.gatherings.length || my.questions.length);
	return { circles: circles.slice(0, 4), circleCount: circles.length, mine: hasOwn ? my : null };
}) satisfies PageServerLoad;
