/** Only local paths are followed after sign-in: never an open redirect. */
export function safeRedirect(target: string | null | undefined, fallback = '/'): string {
	return target && target.startsWith('/') && !target.startsWith('//') && !target.startsWith('/\\')
		? target
		: fallback;
}
