import { z } from 'zod';

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
	.max(80);

/** Filters on the circle list, read from the URL so every search can be shared. */
export const circleFiltersSchema = z.object({
	theme: slug.optional().catch(undefined),
	neighbourhood: slug.optional().catch(undefined)
});

export type CircleFilters = z.infer<typeof circleFiltersSchema>;

export function readCircleFilters(params: URLSearchParams): CircleFilters {
	return circleFiltersSchema.parse({
		theme: params.get('theme') || undefined,
		neighbourhood: params.get('neighbourhood') || undefined
	});
}
