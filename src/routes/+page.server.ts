import { listCircles } from '$lib/server/circles';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const circles = await listCircles(locals.db, locals.user, {});
	return { circles: circles.slice(0, 4), circleCount: circles.length };
}) satisfies PageServerLoad;
