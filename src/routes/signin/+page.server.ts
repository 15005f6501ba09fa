import { fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from 'sveltekit-superforms/adapters';
import { m } from '$lib/paraglide/messages';
import { codeSchema, emailSchema } from '$lib/schemas/sign-in';
import { EmbeddedAuth, type AuthResult } from '$lib/server/auth';
import { chooseNamePath, needsChosenName } from '$lib/server/auth/name';
import { safeRedirect } from '$lib/server/auth/redirect';
import { config } from '$lib/server/config';
import { demoAccounts } from '$lib/server/demo/town';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const PENDING_EMAIL = 'kring_signin_email';

function failureText(result: Extract<AuthResult, { ok: false }>) {
	switch (result.reason) {
		case 'rate_limited':
			return m.signin_rate_limited();
		case 'expired_code':
			return m.signin_code_expired();
		case 'invalid_code':
			return m.signin_code_invalid();
		default:
			return m.signin_unavailable();
	}
}

/** After a sign-in: where they asked to go, by way of the name form while they have no name yet. */
async function afterSignIn(event: RequestEvent): Promise<string> {
	const target = safeRedirect(event.url.searchParams.get('redirectTo'), event.url.origin);
	const user = await event.locals.auth.currentUser({
		cookies: event.cookies,
		clientAddress: event.getClientAddress()
	});
	return user && (await needsChosenName(event.locals.db, user)) ? chooseNamePath(target) : target;
}

export const load = (async ({ locals, url, cookies }) => {
	const redirectTo = safeRedirect(url.searchParams.get('redirectTo'), url.origin);
	if (locals.user) redirect(303, redirectTo);
	const pendingEmail =
		url.searchParams.get('step') === 'code' ? cookies.get(PENDING_EMAIL) : undefined;
	const demo = config().demo && locals.auth.kind === 'embedded';
	return {
		redirectTo,
		pendingEmail: pendingEmail ?? null,
		emailForm: await superValidate(zod4(emailSchema), { id: 'email' }),
		codeForm: await superValidate({ email: pendingEmail ?? '' }, zod4(codeSchema), {
			id: 'code',
			errors: false
		}),
		demoAccounts: demo ? demoAccounts.map((a) => ({ key: a.key, name: a.name })) : []
	};
}) satisfies PageServerLoad;

export const actions = {
	send: async (event) => {
		const form = await superValidate(event.request, zod4(emailSchema), { id: 'email' });
		if (!form.valid) return fail(400, { emailForm: form });
		const result = await event.locals.auth.sendCode(
			{ cookies: event.cookies, clientAddress: event.getClientAddress() },
			form.data.email
		);
		if (!result.ok) return message(form, failureText(result), { status: 429 });
		event.cookies.set(PENDING_EMAIL, form.data.email, {
			path: '/signin',
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 15 * 60
		});
		const redirectTo = safeRedirect(event.url.searchParams.get('redirectTo'), event.url.origin);
		redirect(303, `/signin?step=code&redirectTo=${encodeURIComponent(redirectTo)}`);
	},

	verify: async (event) => {
		const form = await superValidate(event.request, zod4(codeSchema), { id: 'code' });
		if (!form.valid) return fail(400, { codeForm: form });
		const result = await event.locals.auth.verifyCode(
			{ cookies: event.cookies, clientAddress: event.getClientAddress() },
			form.data.email,
			form.data.code
		);
		if (!result.ok) {
			return result.reason === 'rate_limited'
				? message(form, failureText(result), { status: 429 })
				: setError(form, 'code', failureText(result));
		}
		event.cookies.delete(PENDING_EMAIL, { path: '/signin' });
		redirect(303, await afterSignIn(event));
	},

	demo: async (event) => {
		const { locals, request, cookies } = event;
		if (!config().demo || !(locals.auth instanceof EmbeddedAuth)) return fail(404);
		const key = String((await request.formData()).get('account'));
		const account = demoAccounts.find((a) => a.key === key);
		if (!account) return fail(400, { demoError: m.signin_demo_unknown() });
		await locals.auth.startSession(
			{ cookies, clientAddress: event.getClientAddress() },
			account.email
		);
		redirect(303, await afterSignIn(event));
	}
} satisfies Actions;
