import webpush, { WebPushError, type PushSubscription, type RequestOptions } from 'web-push';
import { m } from '$lib/paraglide/messages';
import { pushGroups, type PushGroup, type PushSubscriptionInput } from '$lib/schemas/push';
import { asService, withUser, type Actor, type Database } from '../db';
import { log } from '../log';

/**
 * Web Push (issue 13, point 11). A person turns push messages on per device on
 * /profile/notifications; a trigger queues a push for each new notification of a kind the
 * device wants (private.push_outbox); `deliverPushes` sends them, signed with the VAPID key
 * pair that `vapidKeys` makes once and keeps in the database (private.push_vapid_keys).
 * A push message says only which kind of thing happened, never what someone wrote or the
 * name of a circle: it can show on a locked screen.
 */

type SignedIn = NonNullable<Actor>;
export type VapidKeys = { publicKey: string; privateKey: string };

const cache = globalThis as unknown as { __kringVapid?: Promise<VapidKeys> };

/** The VAPID key pair: made at first start, then the same for every process and restart. */
export function vapidKeys(db: Database): Promise<VapidKeys> {
	cache.__kringVapid ??= asService(db, async (tx) => {
		const read = () =>
			tx.query<VapidKeys>(
				'select public_key as "publicKey", private_key as "privateKey" from private.push_vapid_keys'
			);
		const [kept] = await read();
		if (kept) return kept;
		const made = webpush.generateVAPIDKeys();
		// Two processes starting at once: the first one's pair wins, both use it.
		await tx.query(
			`insert into private.push_vapid_keys (public_key, private_key) values ($1, $2)
			 on conflict (singleton) do nothing`,
			[made.publicKey, made.privateKey]
		);
		const [stored] = await read();
		return stored;
	}).catch((e) => {
		cache.__kringVapid = undefined;
		throw e;
	});
	return cache.__kringVapid;
}

/** Forget the kept keys (tests that start a new database). */
export function forgetVapidKeys() {
	cache.__kringVapid = undefined;
}

export type PushDevice = { id: string; endpoint: string; kinds: PushGroup[]; created_at: Date };

export function listPushDevices(db: Database, actor: SignedIn) {
	return withUser(db, actor, (tx) =>
		tx.query<PushDevice>(
			'select id, endpoint, kinds, created_at from public.push_subscriptions order by created_at'
		)
	);
}

/** Turns push on for this device (again): the kinds follow the person's other devices. */
export function addPushDevice(
	db: Database,
	actor: SignedIn,
	sub: PushSubscriptionInput,
	locale: 'nl' | 'en'
) {
	return withUser(db, actor, async (tx) => {
		await tx.query('delete from public.push_subscriptions where endpoint = $1', [sub.endpoint]);
		await tx.query(
			`insert into public.push_subscriptions (endpoint, p256dh, auth, locale, kinds)
			 values ($1, $2, $3, $4, coalesce(
			   (select kinds from public.push_subscriptions order by created_at desc limit 1),
			   $5::text[]))`,
			[sub.endpoint, sub.p256dh, sub.auth, locale, pushGroups]
		);
	});
}

/** Turns push off for one device (its endpoint), or for every device without one. */
export function removePushDevice(db: Database, actor: SignedIn, endpoint?: string) {
	return withUser(db, actor, (tx) =>
		tx.query('delete from public.push_subscriptions where ($1::text is null or endpoint = $1)', [
			endpoint ?? null
		])
	);
}

/** Which kinds come as push messages, on all of the person's devices. */
export function setPushKinds(
	db: Database,
	actor: SignedIn,
	kinds: PushGroup[],
	locale: 'nl' | 'en'
) {
	return withUser(db, actor, (tx) =>
		tx.query('update public.push_subscriptions set kinds = $1, locale = $2', [kinds, locale])
	);
}

/** What the push queue holds: a group, or the daily digest itself (for a device that wants any). */
export type PushTopic = PushGroup | 'digest';

const texts: Record<PushTopic, (o: { locale: 'nl' | 'en' }) => string> = {
	circles: (o) => m.app_push_circles({}, o),
	gatherings: (o) => m.app_push_gatherings({}, o),
	moderation: (o) => m.app_push_moderation({}, o),
	volunteers: (o) => m.app_push_volunteers({}, o),
	other: (o) => m.app_push_other({}, o),
	safety: (o) => m.app_push_safety({}, o),
	digest: (o) => m.app_push_digest({}, o)
};

/** What a push message for a group says: no names, no text anyone wrote. */
export function pushMessage(group: PushTopic, locale: 'nl' | 'en') {
	return {
		title: 'Kring',
		body: texts[group]({ locale }),
		url: '/notifications',
		tag: `kring-${group}`
	};
}

/** Sends one push (web-push's sendNotification; tests pass their own options). */
export type PushSend = (
	subscription: PushSubscription,
	payload: string,
	options: RequestOptions
) => Promise<{ statusCode: number }>;

type Job = {
	user_id: string;
	push_group: PushTopic;
	sub_id: string;
	endpoint: string;
	p256dh: string;
	auth: string;
	locale: 'nl' | 'en';
};

/**
 * Sends what is queued: one push per device and group (several notifications at once make
 * one message). Takes the queue first (so two processes never send the same one twice),
 * sends outside the transaction, and removes devices the push service says are gone.
 */
export async function deliverPushes(
	db: Database,
	options: { send?: PushSend; subject?: string; request?: RequestOptions } = {}
): Promise<{ sent: number; removed: number; failed: number }> {
	const jobs = await asService(db, (tx) =>
		tx.query<Job>(
			`with taken as (
			   delete from private.push_outbox where id in (
			     select id from private.push_outbox order by id limit 500 for update skip locked)
			   returning user_id, push_group)
			 select distinct t.user_id, t.push_group, s.id as sub_id, s.endpoint, s.p256dh, s.auth, s.locale
			 from taken t join public.push_subscriptions s
			   on s.user_id = t.user_id
			   and (t.push_group = any (s.kinds) or (t.push_group = 'digest' and cardinality(s.kinds) > 0))`
		)
	);
	const result = { sent: 0, removed: 0, failed: 0 };
	if (!jobs.length) return result;
	const keys = await vapidKeys(db);
	const send = options.send ?? webpush.sendNotification;
	const gone: string[] = [];
	for (const job of jobs) {
		const payload = JSON.stringify(pushMessage(job.push_group, job.locale));
		try {
			await send(
				{ endpoint: job.endpoint, keys: { p256dh: job.p256dh, auth: job.auth } },
				payload,
				{
					...options.request,
					TTL: 24 * 60 * 60,
					urgency: job.push_group === 'safety' ? 'high' : 'normal',
					topic: job.push_group,
					vapidDetails: {
						subject: options.subject ?? pushSubject(),
						publicKey: keys.publicKey,
						privateKey: keys.privateKey
					}
				}
			);
			result.sent++;
		} catch (e) {
			// 404 and 410: the browser dropped the subscription; it will never work again.
			if (e instanceof WebPushError && (e.statusCode === 404 || e.statusCode === 410))
				gone.push(job.sub_id);
			else {
				result.failed++;
				// The endpoint is a secret address: log only the status.
				log.warn({ status: e instanceof WebPushError ? e.statusCode : undefined }, 'push failed');
			}
		}
	}
	if (gone.length) {
		await asService(db, (tx) =>
			tx.query('delete from public.push_subscriptions where id = any ($1::uuid[])', [gone])
		);
		result.removed = gone.length;
	}
	return result;
}

/**
 * Who sends (VAPID's `sub`, for the push services to reach the operator): a mailto: with
 * the address of MAIL_FROM, or an https ORIGIN.
 */
export function pushSubject(): string {
	const origin = process.env.ORIGIN ?? '';
	if (origin.startsWith('https://')) return origin;
	const from = process.env.MAIL_FROM ?? 'Kring <no-reply@localhost>';
	const address = /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
	return `mailto:${address}`;
}

const loop = globalThis as unknown as { __kringPush?: NodeJS.Timeout };

/** Sends queued push messages every few seconds, in this process (one loop per process). */
export function startPushDelivery(db: Database, everyMs = 5_000) {
	if (loop.__kringPush) return;
	let busy = false;
	loop.__kringPush = setInterval(() => {
		if (busy) return;
		busy = true;
		deliverPushes(db)
			.catch((e) => log.error({ err: e }, 'push delivery failed'))
			.finally(() => (busy = false));
	}, everyMs);
	loop.__kringPush.unref();
}
