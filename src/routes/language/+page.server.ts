import { redirect } from '@sveltejs/kit';
import { locales, cookieName, cookieMaxAge, type Locale } from '$lib/paraglide/runtime';
import { safeRedirect } from '$lib/server/auth/redirect';
import type { Actions } from './$types';

export const actions = {
	default: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const locale = String(form.get('locale'));
		const target = String(form.get('redirectTo') ?? '/');
		if (locales.includes(locale as Locale)) {
			cookies.set(cookieName, locale, {
				path: '/',
				maxAge: cookieMaxAge,
				httpOnly: false,
				sameSite: 'lax'
			});
		}
		// Only local paths, never an open redirect.
		redirect(303, safeRedirect(target, url.origin));
	}
} satisfies Actions;
