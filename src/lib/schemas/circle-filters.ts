import { z } from 'zod';
import { safeString } from './text';

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
	.max(80);

/** Filters on the circle list, read from the URL so every search can be shared. */
export const circleFiltersSchema = z.object({
	q: safeString().trim().max(200).optional().catch(undefined),
	theme: slug.optional().catch(undefined),
	neighbourhood: slug.optional().catch(undefined),
	format: z.enum(['in_person', 'online']).optional().catch(undefined),
	day: z.coerce.number().int().min(1).max(7).optional().catch(undefined),
	part: z.enum(['morning', 'afternoon', 'evening']).optional().catch(undefined),
	language: z
		.string()
		.regex(/^[a-z]{2,3}$/)
		.optional()
		.catch(undefined),
	open: z.literal('1').optional().catch(undefined)
});

export type CircleFilters = z.infer<typeof circleFiltersSchema>;

export function readCircleFilters(params: URLSearchParams): CircleFilters {
	const raw = Object.fromEntries(
		Object.keys(circleFiltersSchema.shape).map((k) => [k, params.get(k) || undefined])
	);
	return circleFiltersSchema.parse(raw);
}

export function hasFilters(f: CircleFilters): boolean {
	return Object.values(f).some((v) => v !== undefined && v !== '');
}
