/** The first error of a field, if any: superforms gives a list, or `{ _errors }` for arrays. */
export const firstError = (e: unknown): string | undefined =>
	Array.isArray(e) ? e[0] : (e as { _errors?: string[] } | undefined)?._errors?.[0];

/** The first error as a list, the shape TextField takes. */
export function errorList(e: unknown): string[] | undefined {
	const first = firstError(e);
	return first ? [first] : undefined;
}
