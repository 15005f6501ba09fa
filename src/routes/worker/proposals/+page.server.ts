import { error, redirect } from '@sveltejs/kit';
import { config } from '$lib/server/config';
import { runProposals } from '$lib/server/matching/proposals';
import { isWorker, latestRun, listProposals, mySeededCircles } from '$lib/server/proposals';
import { listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!(await isWorker(locals.db, locals.user))) error(403, 'Only for neighbourhood workers');
	const [proposals, run, seeded, themes] = await Promise.all([
		listProposals(locals.db, locals.user),
		latestRun(locals.db, locals.user),
		mySeededCircles(locals.db, locals.user),
		listThemes(locals.db, locals.user)
	]);
	return { proposals, run, seeded, themes, minSize: config().proposalMinSize };
}) satisfies PageServerLoad;

export const actions = {
	/** "Look for proposals now": starts the job and shows its progress (the page refreshes). */
	run: async ({ locals }) => {
		if (!locals.user) redirect(303, '/signin?redirectTo=/worker/proposals');
		if (!(await isWorker(locals.db, locals.user))) error(403, 'Only for neighbourhood workers');
		// The job is a system job (service path); the worker only asks for it to run.
		const job = runProposals(locals.db, {
			trigger: 'worker',
			requestedBy: locals.user.id,
			minSize: config().proposalMinSize
		});
		// Small towns finish in well under a second: wait a moment so the result shows at once.
		await Promise.race([job.catch(() => undefined), new Promise((r) => setTimeout(r, 3000))]);
		redirect(303, '/worker/proposals');
	}
} satisfies Actions;
