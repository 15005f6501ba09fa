/**
 * Characters no text in Kring may hold: NUL (PostgreSQL cannot store it in `text` and
 * answers with an error), the other C0 control characters but tab, line feed and
 * carriage return, DEL, the C1 controls, and lone UTF-16 surrogates (not Unicode at all;
 * a driver would silently turn them into U+FFFD). Without zod, so the browser can use it
 * without loading zod.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unstorable = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;

/** Whether a text can be stored and shown as it was typed. */
export function storable(value: string): boolean {
	return !unstorable.test(value);
}
