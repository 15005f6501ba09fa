import { execFileSync } from 'node:child_process';
import {
	createECDH,
	createPublicKey,
	createDecipheriv,
	hkdfSync,
	randomBytes,
	verify
} from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverPushes, forgetVapidKeys, pushMessage, vapidKeys } from '../../src/lib/server/push';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { roleQueries } from '../helpers/rls';

/**
 * Issue 13, point 11: Web Push. The push subscriptions table by direct SQL as each role;
 * the VAPID keys made once and kept out of reach; a notification queues a push only for
 * someone with a device that wants its kind; and end to end against a local push service
 * (an HTTPS server here) that checks the VAPID signature and decrypts the message as a
 * browser would (RFC 8291, aes128gcm), then says a device is gone (410).
 */

let db: TestDatabase;
const { as, denied } = roleQueries(() => db);
let ana: { id: string };
let bo: { id: string };

const b64url = (b: Buffer) => b.toString('base64url');

/** A browser's side of a push subscription: a P-256 key pair and a 16-byte auth secret. */
function browserKeys() {
	const ecdh = createECDH('prime256v1');
	ecdh.generateKeys();
	const auth = randomBytes(16);
	return { ecdh, auth, p256dh: b64url(ecdh.getPublicKey()), authText: b64url(auth) };
}

/** Decrypts an aes128gcm Web Push message with the browser's keys (RFC 8188 and 8291). */
function decrypt(body: Buffer, keys: ReturnType<typeof browserKeys>): string {
	const salt = body.subarray(0, 16);
	const recordSize = body.readUInt32BE(16);
	const idLength = body[20];
	const serverKey = body.subarray(21, 21 + idLength);
	const record = body.subarray(21 + idLength);
	expect(record.length).toBeLessThanOrEqual(recordSize);
	const shared = keys.ecdh.computeSecret(serverKey);
	const keyInfo = Buffer.concat([
		Buffer.from('WebPush: info\0'),
		keys.ecdh.getPublicKey(),
		serverKey
	]);
	const ikm = Buffer.from(hkdfSync('sha256', shared, keys.auth, keyInfo, 32));
	const cek = Buffer.from(
		hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16)
	);
	const nonce = Buffer.from(
		hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12)
	);
	const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
	decipher.setAuthTag(record.subarray(record.length - 16));
	const plain = Buffer.concat([
		decipher.update(record.subarray(0, record.length - 16)),
		decipher.final()
	]);
	// The last record ends with the delimiter 0x02, then padding zeros.
	let end = plain.length - 1;
	while (plain[end] === 0) end--;
	expect(plain[end]).toBe(2);
	return plain.subarray(0, end).toString('utf8');
}

/** Checks a VAPID Authorization header (RFC 8292) and returns the JWT's claims. */
function checkVapid(header: string, publicKey: string) {
	const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(header);
	expect(match, header).not.toBeNull();
	const [, jwt, k] = match!;
	expect(k).toBe(publicKey);
	const [head, claims, signature] = jwt.split('.');
	expect(JSON.parse(Buffer.from(head, 'base64url').toString())).toEqual({
		typ: 'JWT',
		alg: 'ES256'
	});
	const point = Buffer.from(k, 'base64url');
	const key = createPublicKey({
		format: 'jwk',
		key: {
			kty: 'EC',
			crv: 'P-256',
			x: b64url(point.subarray(1, 33)),
			y: b64url(point.subarray(33, 65))
		}
	});
	const valid = verify(
		'sha256',
		Buffer.from(`${head}.${claims}`),
		{ key, dsaEncoding: 'ieee-p1363' },
		Buffer.from(signature, 'base64url')
	);
	expect(valid).toBe(true);
	return JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
		aud: string;
		exp: number;
		sub: string;
	};
}

type Received = {
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
};

/** A push service on this machine: HTTPS (web-push speaks nothing else) with a fresh certificate. */
async function pushService(answer: (path: string) => number) {
	const dir = mkdtempSync(join(tmpdir(), 'kring-push-'));
	execFileSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'ec',
			'-pkeyopt',
			'ec_paramgen_curve:prime256v1',
			'-nodes',
			'-keyout',
			join(dir, 'key.pem'),
			'-out',
			join(dir, 'cert.pem'),
			'-days',
			'1',
			'-subj',
			'/CN=127.0.0.1',
			'-addext',
			'subjectAltName=IP:127.0.0.1'
		],
		{ stdio: 'ignore' }
	);
	const cert = readFileSync(join(dir, 'cert.pem'));
	const key = readFileSync(join(dir, 'key.pem'));
	rmSync(dir, { recursive: true, force: true });
	const received: Received[] = [];
	const server: Server = createServer({ cert, key }, (req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			received.push({ path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) });
			res.writeHead(answer(req.url ?? '')).end();
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
	const agent = new Agent({ ca: cert });
	return {
		origin,
		received,
		request: { agent },
		close: () => new Promise((r) => server.close(r))
	};
}

async function subscribe(
	who: { id: string },
	endpoint: string,
	keys = browserKeys(),
	extra: { locale?: string; kinds?: string[] } = {}
) {
	await as(
		who,
		`insert into public.push_subscriptions (endpoint, p256dh, auth, locale, kinds)
		 values ($1, $2, $3, $4, coalesce($5::text[], array['circles','gatherings','moderation','volunteers','other','safety']))`,
		[endpoint, keys.p256dh, keys.authText, extra.locale ?? 'nl', extra.kinds ?? null]
	);
	return keys;
}

const notify = (who: { id: string }, kind: string, payload: object = {}) =>
	db.query(`select public.notify($1, $2, $3::jsonb, '/notifications')`, [
		who.id,
		kind,
		JSON.stringify(payload)
	]);

const queued = () =>
	db.query<{ user_id: string; push_group: string }>(
		'select user_id, push_group from private.push_outbox order by id'
	);

beforeAll(async () => {
	db = await createTestDatabase();
	forgetVapidKeys();
	const make = async (email: string) => {
		const [row] = await db.query<{ id: string }>(
			`insert into auth.users (email, raw_user_meta_data) values ($1, '{"display_name":"Tester"}') returning id`,
			[email]
		);
		return { id: row.id };
	};
	ana = await make('ana.push@kring.example');
	bo = await make('bo.push@kring.example');
});
afterAll(async () => {
	forgetVapidKeys();
	await db?.close();
});
beforeEach(async () => {
	await db.query('delete from public.push_subscriptions');
	await db.query('delete from private.push_outbox');
});

describe('push subscriptions: each person only their own (direct SQL as each role)', () => {
	it('a person adds, reads, changes the kinds of and removes their own devices', async () => {
		await subscribe(ana, 'https://push.example/ana-1');
		const mine = await as<{ user_id: string; endpoint: string }>(
			ana,
			'select user_id, endpoint from public.push_subscriptions'
		);
		expect(mine).toEqual([{ user_id: ana.id, endpoint: 'https://push.example/ana-1' }]);
		await as(ana, `update public.push_subscriptions set kinds = array['gatherings']`);
		const [row] = await db.query<{ kinds: string[] }>(
			'select kinds from public.push_subscriptions'
		);
		expect(row.kinds).toEqual(['gatherings']);
		const removed = await as(ana, 'delete from public.push_subscriptions returning id');
		expect(removed).toHaveLength(1);
	});

	it('another person cannot see, change, remove or add a device for them; anonymous nothing at all', async () => {
		await subscribe(ana, 'https://push.example/ana-1');
		const keys = browserKeys();
		expect(await as(bo, 'select * from public.push_subscriptions')).toEqual([]);
		expect(await denied(bo, `update public.push_subscriptions set kinds = '{}' returning id`)).toBe(
			true
		);
		expect(await denied(bo, 'delete from public.push_subscriptions returning id')).toBe(true);
		expect(
			await denied(
				bo,
				`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth)
				 values ($1, 'https://push.example/stolen', $2, $3) returning id`,
				[ana.id, keys.p256dh, keys.authText]
			)
		).toBe(true);
		expect(await denied(null, 'select * from public.push_subscriptions')).toBe(true);
		expect(
			await denied(
				null,
				`insert into public.push_subscriptions (user_id, endpoint, p256dh, auth)
				 values ($1, 'https://push.example/anon', $2, $3) returning id`,
				[ana.id, keys.p256dh, keys.authText]
			)
		).toBe(true);
		// Ana's device is untouched.
		const [row] = await db.query<{ n: number }>(
			'select count(*)::int as n from public.push_subscriptions where user_id = $1',
			[ana.id]
		);
		expect(row.n).toBe(1);
	});

	it('a person cannot move a device to someone else or change its address; 10 devices at most', async () => {
		await subscribe(ana, 'https://push.example/ana-1');
		expect(
			await denied(ana, 'update public.push_subscriptions set user_id = $1 returning id', [bo.id])
		).toBe(true);
		expect(
			await denied(
				ana,
				`update public.push_subscriptions set endpoint = 'https://evil.example/x' returning id`
			)
		).toBe(true);
		for (let i = 2; i <= 10; i++) await subscribe(ana, `https://push.example/ana-${i}`);
		await expect(subscribe(ana, 'https://push.example/ana-11')).rejects.toThrow(
			/too many push devices/
		);
		// Only https push services, and keys of the right form.
		await as(ana, 'delete from public.push_subscriptions');
		await expect(subscribe(ana, 'http://push.example/plain')).rejects.toThrow(/check/);
	});
});

describe('VAPID keys', () => {
	it('are made once, kept in the database, and out of reach of every client role', async () => {
		forgetVapidKeys();
		const first = await vapidKeys(db);
		forgetVapidKeys(); // as after a restart: read from the database, not made again
		const again = await vapidKeys(db);
		expect(again).toEqual(first);
		expect(Buffer.from(first.publicKey, 'base64url')).toHaveLength(65);
		const rows = await db.query('select * from private.push_vapid_keys');
		expect(rows).toHaveLength(1);
		for (const actor of [ana, null])
			await expect(as(actor, 'select private_key from private.push_vapid_keys')).rejects.toThrow(
				/permission denied/
			);
	});
});

describe('queueing a push when a notification is created', () => {
	it('only for someone with a device that wants that kind, with nothing of the notification in it', async () => {
		await subscribe(ana, 'https://push.example/ana-1', browserKeys(), { kinds: ['gatherings'] });
		await notify(ana, 'gathering_new', { circle: 'Geheime kring', title: 'Avond' });
		await notify(ana, 'join_request_received', { circle: 'Geheime kring' }); // not wanted
		await notify(bo, 'gathering_new', { circle: 'Geheime kring' }); // no device
		expect(await queued()).toEqual([{ user_id: ana.id, push_group: 'gatherings' }]);
		const columns = await db.query<{ column_name: string }>(
			`select column_name from information_schema.columns
			 where table_schema = 'private' and table_name = 'push_outbox' order by ordinal_position`
		);
		expect(columns.map((c) => c.column_name)).toEqual([
			'id',
			'user_id',
			'push_group',
			'created_at'
		]);
	});
});

describe('queueing by the same groups as the notification settings', () => {
	it('a reported message is "moderation" and a report\'s outcome "other", as on the settings page', async () => {
		await subscribe(ana, 'https://push.example/ana-3', browserKeys(), { kinds: ['circles'] });
		await notify(ana, 'message_reported', { circle: 'Rouwkring' });
		await notify(ana, 'report_outcome', { outcome: 'dismissed' });
		await notify(ana, 'join_request_received', { circle: 'Rouwkring' });
		expect(await queued()).toEqual([{ user_id: ana.id, push_group: 'circles' }]);
		await db.query('delete from private.push_outbox');
		await as(ana, `update public.push_subscriptions set kinds = array['moderation', 'other']`);
		await notify(ana, 'message_reported', { circle: 'Rouwkring' });
		await notify(ana, 'report_outcome', { outcome: 'dismissed' });
		await notify(ana, 'crisis_alert', { source: 'question' });
		expect(await queued()).toEqual([
			{ user_id: ana.id, push_group: 'moderation' },
			{ user_id: ana.id, push_group: 'other' }
		]);
	});

	it('a device that wants no group gets no digest either', async () => {
		await subscribe(ana, 'https://push.example/ana-4', browserKeys(), { kinds: [] });
		await notify(ana, 'daily_digest', { count: 1 });
		expect(await queued()).toEqual([]);
	});
});

describe('queueing with notification settings', () => {
	it('waits for the daily digest when someone chose the digest for that kind', async () => {
		await subscribe(ana, 'https://push.example/ana-2', browserKeys(), {
			kinds: ['gatherings', 'circles']
		});
		await db.query(
			`insert into public.notification_settings (user_id, kind, delivery) values ($1, 'gatherings', 'digest')`,
			[ana.id]
		);
		try {
			await notify(ana, 'gathering_new', { title: 'Avond' });
			expect(await queued()).toEqual([]);
			// The digest itself comes as a push on a device that wants any group.
			await notify(ana, 'daily_digest', { count: 1 });
			expect(await queued()).toEqual([{ user_id: ana.id, push_group: 'digest' }]);
		} finally {
			await db.query('delete from public.notification_settings where user_id = $1', [ana.id]);
		}
	});
});

describe('sending, end to end against a local push service', () => {
	it('delivers an encrypted message with a valid VAPID signature that decrypts to the short text', async () => {
		const service = await pushService(() => 201);
		try {
			const anaKeys = await subscribe(ana, `${service.origin}/push/ana-phone`);
			const boKeys = await subscribe(bo, `${service.origin}/push/bo-laptop`, browserKeys(), {
				locale: 'en'
			});
			await notify(ana, 'gathering_new', { circle: 'Schuldhulp Zuid', title: 'Avond over geld' });
			await notify(ana, 'gathering_reminder', {
				circle: 'Schuldhulp Zuid',
				title: 'Avond over geld'
			});
			await notify(bo, 'join_request_received', { circle: 'Rouwkring', name: 'Ana' });

			const result = await deliverPushes(db, {
				request: service.request,
				subject: 'mailto:beheer@kring.example'
			});
			// Two gathering notifications for Ana's phone make one push.
			expect(result).toEqual({ sent: 2, removed: 0, failed: 0 });
			expect(await queued()).toEqual([]);
			expect(service.received.map((r) => r.path).sort()).toEqual([
				'/push/ana-phone',
				'/push/bo-laptop'
			]);

			const { publicKey } = await vapidKeys(db);
			for (const [path, keys, expected] of [
				['/push/ana-phone', anaKeys, pushMessage('gatherings', 'nl')],
				['/push/bo-laptop', boKeys, pushMessage('circles', 'en')]
			] as const) {
				const request = service.received.find((r) => r.path === path)!;
				expect(request.headers['content-encoding']).toBe('aes128gcm');
				expect(Number(request.headers.ttl)).toBeGreaterThan(0);
				const claims = checkVapid(String(request.headers.authorization), publicKey);
				expect(claims.aud).toBe(service.origin);
				expect(claims.sub).toBe('mailto:beheer@kring.example');
				const now = Date.now() / 1000;
				expect(claims.exp).toBeGreaterThan(now);
				expect(claims.exp).toBeLessThanOrEqual(now + 24 * 3600);
				const text = decrypt(request.body, keys);
				expect(JSON.parse(text)).toEqual(expected);
				// Nothing of what the notification was about travels, not even encrypted.
				expect(text).not.toMatch(/Schuldhulp|Avond|Rouwkring|Ana/);
			}
			expect(pushMessage('gatherings', 'nl').body).toBe('Er is nieuws over een bijeenkomst.');
			expect(pushMessage('circles', 'en').body).toBe('There is news about your circle.');

			// A message for Ana's key cannot be read with another browser's keys.
			const ana1 = service.received.find((r) => r.path === '/push/ana-phone')!;
			expect(() => decrypt(ana1.body, browserKeys())).toThrow();
		} finally {
			await service.close();
		}
	});

	it('removes a device the push service says is gone (404/410) and keeps one that failed for now', async () => {
		const service = await pushService((path) =>
			path.endsWith('/gone') ? 410 : path.endsWith('/unknown') ? 404 : 500
		);
		try {
			await subscribe(ana, `${service.origin}/push/gone`);
			await subscribe(ana, `${service.origin}/push/unknown`);
			await subscribe(ana, `${service.origin}/push/busy`);
			await notify(ana, 'volunteer_proposal');
			const result = await deliverPushes(db, { request: service.request });
			expect(result).toEqual({ sent: 0, removed: 2, failed: 1 });
			const left = await db.query<{ endpoint: string }>(
				'select endpoint from public.push_subscriptions'
			);
			expect(left.map((r) => new URL(r.endpoint).pathname)).toEqual(['/push/busy']);
			expect(service.received).toHaveLength(3);
		} finally {
			await service.close();
		}
	});
});
