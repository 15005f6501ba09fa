import { searchCircles } from '$lib/server/circles';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const circles = await searchCircles(locals.db, locals.user, {});
	return { circles: circles.slice(0, 4), circleCount: circles.length };
}) satisfies PageServerLoad;
