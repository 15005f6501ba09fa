import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Cookies } from '@sveltejs/kit';
import { questionSchema, type QuestionInput } from '$lib/schemas/question';

/**
 * A visitor's question kept on their own device while they sign in: "Stel je vraag" works
 * before an account exists, and nothing typed is lost on the way through the sign-in
 * (without JavaScript too). The text stays in the browser (httpOnly cookies, only sent to
 * /questions), never in the database before the resident sends it. Short-lived, because a
 * library computer is shared: `draftMinutes`, and dropped once the question is sent or
 * discarded.
 */
export const draftMinutes = 20;

const name = 'kring_question_draft';
/** Cookies hold about 4 kB each: a long text in another script takes up to three. */
const chunkSize = 3600;
const maxChunks = 3;
const options = {
	path: '/questions',
	httpOnly: true,
	sameSite: 'lax',
	maxAge: draftMinutes * 60
} as const;

/** Keeps the form as typed; false when it could not be kept (then nothing is set). */
export function keepDraft(cookies: Cookies, input: QuestionInput): boolean {
	const packed = deflateRawSync(Buffer.from(JSON.stringify(input), 'utf8')).toString('base64url');
	const chunks = Math.ceil(packed.length / chunkSize);
	if (chunks > maxChunks) return false;
	dropDraft(cookies);
	for (let i = 0; i < chunks; i++) {
		cookies.set(`${name}${i}`, packed.slice(i * chunkSize, (i + 1) * chunkSize), options);
	}
	return true;
}

/** The kept form, checked again like any input (a cookie can be changed), or null. */
export function readDraft(cookies: Cookies): QuestionInput | null {
	let packed = '';
	for (let i = 0; i < maxChunks; i++) {
		const part = cookies.get(`${name}${i}`);
		if (!part) break;
		packed += part;
	}
	if (!packed) return null;
	try {
		const json = inflateRawSync(Buffer.from(packed, 'base64url')).toString('utf8');
		const parsed = questionSchema.safeParse(JSON.parse(json));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

export function dropDraft(cookies: Cookies) {
	for (let i = 0; i < maxChunks; i++) {
		if (cookies.get(`${name}${i}`) !== undefined)
			cookies.delete(`${name}${i}`, { path: options.path });
	}
}
