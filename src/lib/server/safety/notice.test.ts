import { describe, expect, it } from 'vitest';
import { cookieJar } from '../../../../tests/helpers/cookies';
import { flashSafetyNotice, takeSafetyNotice } from './notice';

const writer = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const path = '/requests/33333333-3333-4333-8333-333333333333';

function event() {
	const headers: Record<string, string> = {};
	return {
		cookies: cookieJar(),
		headers,
		setHeaders: (h: Record<string, string>) => Object.assign(headers, h)
	};
}

describe('the one-time safety notice', () => {
	it('shows once, to its writer only, on a page nobody keeps', () => {
		const e = event();
		flashSafetyNotice(e.cookies, 'request', path, writer, 'crisis');
		expect(e.cookies.options.get('kring_request_notice')).toMatchObject({
			path,
			httpOnly: true,
			sameSite: 'lax',
			maxAge: 60
		});
		expect(takeSafetyNotice(e, 'request', path, writer)).toBe('crisis');
		expect(e.headers).toEqual({ 'cache-control': 'private, no-store', 'x-kring-once': '1' });
		// Read once: a reload shows nothing.
		expect(takeSafetyNotice(e, 'request', path, writer)).toBeNull();
	});

	it('is never shown to someone else, nor when nobody is signed in, and is thrown away', () => {
		for (const reader of [other, undefined]) {
			const e = event();
			flashSafetyNotice(e.cookies, 'circle', path, writer, 'concern');
			expect(takeSafetyNotice(e, 'circle', path, reader)).toBeNull();
			expect(e.headers).toEqual({});
			expect(e.cookies.get('kring_circle_notice')).toBeUndefined();
		}
	});

	it('keeps places apart and sets nothing for an ordinary message', () => {
		const e = event();
		flashSafetyNotice(e.cookies, 'chat', path, writer, 'none');
		expect(e.cookies.getAll()).toEqual([]);
		flashSafetyNotice(e.cookies, 'match', path, writer, 'crisis');
		expect(takeSafetyNotice(e, 'request', path, writer)).toBeNull();
		expect(takeSafetyNotice(e, 'match', path, writer)).toBe('crisis');
		// A cookie in another shape (a level alone, as a forged or old cookie) shows nothing.
		e.cookies.set('kring_match_notice', 'crisis', { path });
		expect(takeSafetyNotice(e, 'match', path, writer)).toBeNull();
	});
});
