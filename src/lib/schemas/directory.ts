import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { safeString } from './text';

/** The kinds of entries in "who does what"; values match public.directory_entries.kind. */
export const directoryKinds = ['team', 'service', 'helpline', 'organisation'] as const;
export type DirectoryKind = (typeof directoryKinds)[number];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const tooLong = (max: number) => ({ error: () => m.community_error_too_long({ max }) });

/** Optional text: empty becomes null. */
const optional = (max: number) =>
	safeString()
		.trim()
		.max(max, tooLong(max))
		.transform((v) => v || null);

/** A directory entry as a worker or admin writes it. */
export const directoryEntrySchema = z.object({
	kind: z.enum(directoryKinds, { error: () => m.community_error_kind() }),
	name: safeString()
		.trim()
		.min(2, { error: () => m.community_error_name() })
		.max(120, tooLong(120)),
	name_en: optional(120).refine((v) => v === null || v.length >= 2, {
		error: () => m.community_error_name()
	}),
	what: safeString()
		.trim()
		.min(10, { error: () => m.community_error_what() })
		.max(1000, tooLong(1000)),
	what_en: optional(1000),
	for_whom: safeString().trim().max(300, tooLong(300)).default(''),
	for_whom_en: optional(300),
	hours: safeString().trim().max(300, tooLong(300)).default(''),
	hours_en: optional(300),
	phone: optional(30).refine((v) => v === null || /^[0-9+() -]{3,30}$/.test(v), {
		error: () => m.community_error_phone()
	}),
	email: optional(200).refine((v) => v === null || z.email().safeParse(v).success, {
		error: () => m.community_error_email()
	}),
	website: optional(300).refine((v) => v === null || /^https:\/\/[^\s]+\.[^\s]+$/.test(v), {
		error: () => m.community_error_website()
	}),
	address: optional(200),
	theme_slugs: z.array(slug).max(5, { error: () => m.community_error_themes({ max: 5 }) }),
	/** Empty: for the whole town (admins only). */
	neighbourhood_id: z
		.union([z.uuid(), z.literal('')])
		.transform((v) => v || null)
		.default(''),
	published: z.boolean().default(true)
});
export type DirectoryEntryInput = z.infer<typeof directoryEntrySchema>;

/** Reads the entry form (no JavaScript: plain form fields). */
export function readDirectoryForm(data: FormData) {
	const text = (k: string) => {
		const v = data.get(k);
		return typeof v === 'string' ? v : '';
	};
	return {
		kind: text('kind'),
		name: text('name'),
		name_en: text('name_en'),
		what: text('what'),
		what_en: text('what_en'),
		for_whom: text('for_whom'),
		for_whom_en: text('for_whom_en'),
		hours: text('hours'),
		hours_en: text('hours_en'),
		phone: text('phone'),
		email: text('email'),
		website: text('website'),
		address: text('address'),
		theme_slugs: data.getAll('theme_slugs').filter((v): v is string => typeof v === 'string'),
		neighbourhood_id: text('neighbourhood_id'),
		published: data.get('published') === 'on' || data.get('published') === '1'
	};
}

/** The search box of "who does what". */
export const directorySearchSchema = z.object({
	q: safeString().trim().max(200).optional().catch(undefined)
});
