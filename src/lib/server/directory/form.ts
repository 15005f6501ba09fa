import { z } from 'zod';
import { directoryEntrySchema, readDirectoryForm } from '$lib/schemas/directory';

/** Reads and checks the entry form: the data, or what was typed with the errors per field. */
export function parseDirectoryForm(data: FormData) {
	const raw = readDirectoryForm(data);
	const parsed = directoryEntrySchema.safeParse(raw);
	if (parsed.success) return { ok: true as const, data: parsed.data, raw };
	return {
		ok: false as const,
		raw,
		errors: z.flattenError(parsed.error).fieldErrors as Record<string, string[] | undefined>
	};
}
