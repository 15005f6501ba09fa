import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { seedCircleSchema } from '$lib/schemas/question';
import { dismissProposal, getProposal, isWorker, seedFromProposal } from '$lib/server/proposals';
import { listNeighbourhoods, listThemes } from '$lib/server/reference';
import type { Actions, PageServerLoad } from './$types';

export const load = (async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/signin?redirectTo=${encodeURIComponent(url.pathname)}`);
	if (!(await isWorker(locals.db, locals.user))) error(403, 'Only for neighbourhood workers');
	const [proposal, themes, neighbourhoods] = await Promise.all([
		getProposal(locals.db, locals.user, params.id),
		listThemes(locals.db, locals.user),
		listNeighbourhoods(locals.db, locals.user)
	]);
	if (!proposal) error(404, 'Not found');
	const en = getLocale() === 'en';
	const label = (slug: string) => {
		const t = themes.find((x) => x.slug === slug);
		return t ? (en ? t.label_en : t.label_nl) : slug;
	};
	// Prefilled so seeding takes a few clicks; the worker can change every field.
	const form = await superValidate(
		{
			name: m.proposal_prefill_name({
				theme: label(proposal.theme_slugs[0]),
				neighbourhood: proposal.anchor_name
			}),
			description: m.proposal_prefill_description({
				themes: proposal.theme_slugs.map(label).join(', ').toLowerCase(),
				neighbourhoods: proposal.neighbourhood_names.join(', ')
			}),
			theme_slugs: proposal.theme_slugs,
			neighbourhood_id: proposal.anchor_neighbourhood_id,
			format: proposal.best_format === 'online' ? 'online' : 'in_person',
			meeting_weekdays: proposal.best_times.includes('weekend') ? [6] : [],
			meeting_parts: proposal.best_times.filter((t) => t !== 'weekend') as never,
			capacity: Math.max(8, Math.min(20, proposal.size * 2)),
			languages: proposal.languages.filter((l) => l.length <= 3) as never
		},
		zod4(seedCircleSchema),
		{ errors: false }
	);
	return { proposal, themes, neighbourhoods, form };
}) satisfies PageServerLoad;

export const actions = {
	seed: async ({ locals, params, request }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/worker/proposals/${params.id}`);
		if (!(await isWorker(locals.db, locals.user))) error(403, 'Only for neighbourhood workers');
		const form = await superValidate(request, zod4(seedCircleSchema));
		if (!form.valid) return fail(400, { form });
		const proposal = await getProposal(locals.db, locals.user, params.id);
		if (!proposal || proposal.status !== 'open') error(409, 'This proposal is no longer open');
		const { slug } = await seedFromProposal(locals.db, locals.user, params.id, form.data);
		redirect(303, `/circles/${slug}`);
	},
	dismiss: async ({ locals, params }) => {
		if (!locals.user) redirect(303, `/signin?redirectTo=/worker/proposals/${params.id}`);
		if (!(await dismissProposal(locals.db, locals.user, params.id))) error(404, 'Not found');
		redirect(303, '/worker/proposals');
	}
} satisfies Actions;
