import { randomBytes, randomUUID } from 'node:crypto';
import { postMessage, reportMessage } from '../../src/lib/server/chat';
import { asService, withUser, type Database } from '../../src/lib/server/db';
import { createChatFixture, type ChatFixture, type FixtureUser } from '../bench/chat-fixture';

/**
 * A person with something in (nearly) every table that refers to people, for the export
 * and erasure tests: names and an email nobody else has, so a search finds only them.
 */
export type ActivePerson = FixtureUser & {
	displayName: string;
	pseudonym: string;
	messageIds: number[];
};

export async function createActivePerson(
	db: Database
): Promise<{ fx: ChatFixture; person: ActivePerson; host: FixtureUser; peer: FixtureUser }> {
	const tag = randomBytes(3).toString('hex');
	const fx = await createChatFixture(db, { circles: 2, membersPerCircle: 3, tag });
	const [host, user, peer] = fx.users.filter((u) => u.circle === 0);
	const otherHost = fx.users.find((u) => u.circle === 1)!;
	const displayName = `Quirijn Zeldzaamnaam ${tag}`;
	const pseudonym = `Vlinderpseudo${tag}`;
	await withUser(db, user, (tx) =>
		tx.query(`update public.profiles set display_name = $1, pseudonym = $2 where id = $3`, [
			displayName,
			pseudonym,
			user.id
		])
	);
	const circle0 = fx.circles[0].id;
	const messageIds: number[] = [];
	for (const body of ['Hallo allemaal, ik ben nieuw hier.', 'Tot dinsdag!']) {
		const { message } = await postMessage(db, user, {
			circleId: circle0,
			clientId: randomUUID(),
			body
		});
		messageIds.push(message.id);
	}
	const { message: peerMessage } = await postMessage(db, peer, {
		circleId: circle0,
		clientId: randomUUID(),
		body: 'Welkom! Fijn dat je er bent.'
	});
	await reportMessage(db, user, peerMessage.id, 'Test van een melding');
	await reportMessage(db, peer, messageIds[1], 'Melding over dit bericht');
	await withUser(db, user, async (tx) => {
		await tx.query(
			`insert into public.questions (body, theme_slugs, visible_anonymously, consent_to_contact)
			 values ('Ik zoek andere mantelzorgers in de buurt om mee te praten.', '{}', true, true)`
		);
		await tx.query(`insert into public.calendar_feeds (token) values ($1)`, [
			randomBytes(24).toString('base64url')
		]);
		await tx.query(
			`insert into public.chat_read_positions (circle_id, user_id, last_read_id) values ($1, (select auth.uid()), $2)`,
			[circle0, peerMessage.id]
		);
	});
	await asService(db, async (tx) => {
		const [g] = await tx.query<{ id: string }>(
			`insert into public.gatherings (circle_id, title, starts_at, ends_at, created_by)
			 values ($1, 'Koffieochtend', now() + interval '2 days', now() + interval '2 days 2 hours', $2)
			 returning id`,
			[circle0, host.id]
		);
		await tx.query(
			`insert into public.gathering_rsvps (gathering_id, user_id, answer) values ($1, $2, 'yes')`,
			[g.id, user.id]
		);
		await tx.query(
			`select public.notify($1, 'account_test', jsonb_build_object('circle', 'Testkring'), '/profile')`,
			[user.id]
		);
		// A waiting-list place in the other circle and an invitation to it.
		await tx.query(
			`insert into public.join_requests (circle_id, user_id, message, status) values ($1, $2, 'Mag ik erbij?', 'waiting')`,
			[fx.circles[1].id, user.id]
		);
		await tx.query(
			`insert into public.circle_invitations (circle_id, user_id, invited_by, source)
			 values ($1, $2, $3, 'host')`,
			[fx.circles[1].id, user.id, otherHost.id]
		);
		await tx.query(
			`insert into kring_auth.one_time_codes (email, code_hash, expires_at) values ($1, 'x:y', now() + interval '10 minutes')`,
			[user.email]
		);
		// Tables other parts of Kring added; set up only where they exist.
		const has = async (t: string) =>
			(await tx.query<{ ok: boolean }>(`select to_regclass($1) is not null as ok`, [t]))[0].ok;
		if (await has('kring_auth.known_devices'))
			await tx.query(
				`insert into kring_auth.known_devices (token_hash, email, expires_at) values ('h', $1, now() + interval '30 days')`,
				[user.email]
			);
		if (await has('public.crisis_alerts')) {
			// Alerts about the peer's words that the person was told about: with the host, and alone.
			for (const recipients of [[host.id, user.id], [user.id]])
				await tx.query(
					`insert into public.crisis_alerts (source, subject_id, circle_id, recipient_ids)
					 values ('chat_message', $1, $2, $3::uuid[])`,
					[peer.id, circle0, recipients]
				);
		}
		// Someone else's notification that names the person.
		await tx.query(
			`select public.notify($1, 'account_test_named', jsonb_build_object('name', $2::text), null)`,
			[peer.id, pseudonym]
		);
	});
	return {
		fx,
		person: { ...user, displayName, pseudonym, messageIds },
		host,
		peer
	};
}
