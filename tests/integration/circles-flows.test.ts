import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
	acceptInvitationLink,
	createCircle,
	createInvitationLink,
	decideJoinRequest,
	getCircle,
	joinCircle,
	leaveCircle,
	listJoinRequests,
	listMembers,
	removeMember,
	searchCircles,
	setCircleStatus,
	setMemberRole,
	updateCircle
} from '../../src/lib/server/circles';
import { DomainError } from '../../src/lib/server/errors';
import { acceptInvitation, myPendingInvitations } from '../../src/lib/server/questions';
import {
	answerGathering,
	calendarFeedOwner,
	calendarFeedToken,
	gatheringAttendees,
	gatheringsCalendar,
	getGathering,
	myGatherings,
	planGatherings,
	renewCalendarFeed,
	sendDueReminders,
	upcomingGatherings
} from '../../src/lib/server/gatherings';
import { readNavigation } from '../../src/lib/server/navigation';
import { listNotifications, markNotificationsRead } from '../../src/lib/server/notifications';
import { createTestDatabase, userId, type TestDatabase } from '../helpers/database';

let db: TestDatabase;
const who: Record<string, { id: string }> = {};
const circleId = async (slug: string) =>
	(await db.query<{ id: string }>('select id from public.circles where slug = $1', [slug]))[0].id;
const code = (r: unknown) => (r instanceof DomainError ? r.code : r);

beforeAll(async () => {
	db = await createTestDatabase({ seed: true });
	for (const [k, email] of Object.entries({
		sanne: 'sanne@kring.example',
		mohamed: 'mohamed@kring.example',
		joke: 'joke@kring.example',
		fatima: 'fatima@kring.example',
		r50: 'r50@kring.example',
		r51: 'r51@kring.example'
	}))
		who[k] = { id: await userId(db, email) };
});
afterAll(() => db?.close());

const baseCircle = {
	name: 'Wandelkring na verlies',
	description: 'Samen wandelen en praten over wie we missen.',
	name_en: '',
	description_en: '',
	house_rules: '',
	meeting_note: '',
	location_name: '',
	theme_slugs: ['grief'],
	neighbourhood_id: '',
	format: 'in_person' as const,
	visibility: 'public' as const,
	join_policy: 'open' as const,
	capacity: '2',
	meeting_weekdays: [6],
	meeting_parts: ['morning' as const],
	languages: ['nl'],
	publish: false
};

describe('finding circles', () => {
	it('finds the autism café by Dutch, English and misspelled words', async () => {
		for (const q of ['autisme', 'autism', 'autsime', 'ouders autistisch kind']) {
			const found = await searchCircles(db, null, { q });
			expect(found[0]?.slug, q).toBe('autisme-cafe-ridderveld');
		}
	});
	it('filters by format, language and open seats', async () => {
		const online = await searchCircles(db, null, { format: 'online' });
		expect(online.every((c) => c.format !== 'in_person')).toBe(true);
		expect(online.map((c) => c.slug)).toContain('adhd-ouders-online');
		const arabic = await searchCircles(db, null, { language: 'ar' });
		expect(arabic.map((c) => c.slug)).toEqual(['taaltafel-nieuwkomers']);
		const open = await searchCircles(db, null, { open: '1' });
		expect(open.every((c) => c.capacity === null || c.member_count < c.capacity)).toBe(true);
	});
});

describe('joining, the waiting list and leaving', () => {
	it('asks to join an approval circle; the host approves; double joins are refused', async () => {
		const cafe = await circleId('autisme-cafe-ridderveld');
		expect(await joinCircle(db, who.sanne, cafe, 'Mijn zoon is 8')).toBe('requested');
		expect(code(await joinCircle(db, who.sanne, cafe))).toBe('already_requested');
		const requests = await listJoinRequests(db, who.mohamed, cafe);
		expect(requests.map((r) => [r.name, r.message])).toEqual([
			['Sanne de Vries', 'Mijn zoon is 8']
		]);
		// Others cannot see or decide it.
		expect(await listJoinRequests(db, who.joke, cafe)).toEqual([]);
		expect(code(await decideJoinRequest(db, who.joke, requests[0].id, true))).toBe('not_host');
		expect(await decideJoinRequest(db, who.mohamed, requests[0].id, true)).toBe('approved');
		expect((await getCircle(db, who.sanne, 'autisme-cafe-ridderveld'))?.my_role).toBe('member');
		expect(code(await joinCircle(db, who.sanne, cafe))).toBe('already_member');
		const note = (await listNotifications(db, who.sanne))[0];
		expect(note.kind).toBe('join_request_approved');
		// Written with the Dutch name only; read with the circle's English name beside it.
		expect(note.payload).toMatchObject({
			circle: 'Autisme-café Ridderveld',
			circle_en: 'Autism café Ridderveld'
		});
	});

	it('a declined request tells the resident why', async () => {
		const cafe = await circleId('autisme-cafe-ridderveld');
		await joinCircle(db, who.joke, cafe);
		const [request] = await listJoinRequests(db, who.mohamed, cafe);
		expect(await decideJoinRequest(db, who.mohamed, request.id, false, 'Alleen voor ouders')).toBe(
			'declined'
		);
		const [note] = await listNotifications(db, who.joke);
		expect(note).toMatchObject({
			kind: 'join_request_declined',
			payload: { reason: 'Alleen voor ouders' }
		});
		expect(code(await decideJoinRequest(db, who.mohamed, request.id, true))).toBe(
			'request_not_open'
		);
	});

	it('a full circle puts people on the waiting list, which moves up when a seat frees', async () => {
		const slug = await createCircle(
			db,
			who.fatima,
			{ ...baseCircle, name: 'Wandelkring Centrum' },
			true
		);
		const id = await circleId(slug);
		// Capacity 2: the host plus one.
		expect(await joinCircle(db, who.r50, id)).toBe('joined');
		expect(await joinCircle(db, who.r51, id)).toBe('waiting');
		expect((await getCircle(db, who.r51, slug))?.my_request).toBe('waiting');
		expect(await leaveCircle(db, who.r50, id)).toBe(true);
		expect((await getCircle(db, who.r51, slug))?.my_role).toBe('member');
		expect((await listNotifications(db, who.r51))[0].kind).toBe('waiting_list_moved_up');
	});

	it('the last host cannot leave, but can after handing over', async () => {
		const id = await circleId('wandelkring-centrum');
		expect(code(await leaveCircle(db, who.fatima, id))).toBe('last_host');
		// Co-hosting is offered; it starts when the member accepts.
		expect(await setMemberRole(db, who.fatima, id, who.r51.id, 'host')).toBe('offered');
		expect(code(await leaveCircle(db, who.fatima, id))).toBe('last_host');
		const offer = (await myPendingInvitations(db, who.r51)).find((i) => i.circle_id === id);
		expect(await acceptInvitation(db, who.r51, offer!.id)).toBe('wandelkring-centrum');
		expect(await leaveCircle(db, who.fatima, id)).toBe(true);
		expect(code(await setMemberRole(db, who.r51, id, who.r51.id, 'member'))).toBe('last_host');
	});

	it('a host removes a member with a reason', async () => {
		const cafe = await circleId('autisme-cafe-ridderveld');
		expect(code(await removeMember(db, who.sanne, cafe, who.mohamed.id))).toBe('not_host');
		await removeMember(db, who.mohamed, cafe, who.sanne.id, 'Te vaak onvriendelijk');
		expect((await getCircle(db, who.sanne, 'autisme-cafe-ridderveld'))?.my_role).toBeNull();
		expect((await listNotifications(db, who.sanne))[0]).toMatchObject({
			kind: 'removed_from_circle',
			payload: { reason: 'Te vaak onvriendelijk' }
		});
	});
});

describe('hosting', () => {
	it('a resident proposes a circle; a worker cannot be impersonated; a host edits and closes it', async () => {
		const slug = await createCircle(
			db,
			who.sanne,
			{ ...baseCircle, name: 'Moestuin voor mantelzorgers' },
			false
		);
		const mine = await getCircle(db, who.sanne, slug);
		expect(mine).toMatchObject({ status: 'proposed', my_role: 'host' });
		expect(await getCircle(db, null, slug)).toBeNull();
		await expect(
			createCircle(db, who.sanne, { ...baseCircle, name: 'Direct live' }, true)
		).rejects.toThrow(/publish/);
		expect(
			await updateCircle(db, who.sanne, mine!.id, {
				...baseCircle,
				name: 'Moestuin voor mantelzorgers',
				meeting_note: 'Zaterdagochtend'
			})
		).toBe(true);
		expect(await updateCircle(db, who.joke, mine!.id, { ...baseCircle, name: 'Overgenomen' })).toBe(
			false
		);
		expect(code(await setCircleStatus(db, who.sanne, mine!.id, 'published'))).toBe(
			'publish_not_allowed'
		);
		expect(await setCircleStatus(db, who.sanne, mine!.id, 'closed')).toBe(true);
		// Closed: the last host may leave now, and members still read it.
		expect((await getCircle(db, who.sanne, slug))?.status).toBe('closed');
	});

	it('a private circle is reachable by invitation link only', async () => {
		const slug = await createCircle(
			db,
			who.fatima,
			{ ...baseCircle, name: 'Besloten rouwkring', visibility: 'private', capacity: '' },
			true
		);
		const id = await circleId(slug);
		expect(await getCircle(db, who.joke, slug)).toBeNull();
		expect(code(await joinCircle(db, who.joke, id))).toBe('circle_not_joinable');
		const token = await createInvitationLink(db, who.fatima, id);
		await expect(createInvitationLink(db, who.joke, id)).rejects.toThrow(/not_allowed/);
		expect(await acceptInvitationLink(db, who.joke, token)).toBe(slug);
		expect((await getCircle(db, who.joke, slug))?.my_role).toBe('member');
		expect(code(await acceptInvitationLink(db, who.joke, 'x'.repeat(32)))).toBe(
			'no open invitation'
		);
		const names = await listMembers(db, who.joke, id);
		expect(names.map((n) => n.name)).toContain('Joke Bakker');
		expect(await listMembers(db, who.sanne, id)).toEqual([]);
	});
});

describe('gatherings', () => {
	const inTwoDays = () => {
		const d = new Date(Date.now() + 2 * 86400_000);
		return d.toISOString().slice(0, 10);
	};
	const gathering = {
		title: 'Koffieavond',
		description: 'We praten over school.',
		date: '',
		time: '19:30',
		duration_minutes: 90,
		recurrence: 'weekly' as const,
		count: 3,
		location_name: 'Buurthuis',
		address: 'Kerkstraat 1',
		room: 'Zaal 2',
		online_url: '',
		capacity: '2'
	};

	it('a host plans a weekly series; members hear about it once; strangers cannot plan', async () => {
		const cafe = await circleId('autisme-cafe-ridderveld');
		const ids = await planGatherings(db, who.mohamed, cafe, { ...gathering, date: inTwoDays() });
		expect(Array.isArray(ids) && ids.length).toBe(3);
		await expect(
			planGatherings(db, who.joke, cafe, { ...gathering, date: inTwoDays() })
		).rejects.toThrow(/row-level security/);
		expect(
			code(await planGatherings(db, who.mohamed, cafe, { ...gathering, date: '2020-01-07' }))
		).toBe('gathering_in_past');
		const upcoming = (await upcomingGatherings(db, null, cafe, 20)).filter(
			(g) => g.title === 'Koffieavond'
		);
		expect(upcoming).toHaveLength(3);
		expect(upcoming[0].online_url).toBeNull();
		const [member] = await db.query<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'member' limit 1`,
			[cafe]
		);
		const notes = await listNotifications(db, { id: member.user_id });
		expect(notes.filter((n) => n.kind === 'gathering_new')).toHaveLength(1);
	});

	it('members answer yes/maybe/no within capacity; non-members cannot; the list shows who comes', async () => {
		const cafe = await circleId('autisme-cafe-ridderveld');
		const next = (await upcomingGatherings(db, null, cafe, 20)).find(
			(g) => g.title === 'Koffieavond'
		)!;
		const members = await db.query<{ user_id: string }>(
			`select user_id from public.memberships where circle_id = $1 and role = 'member' order by user_id limit 3`,
			[cafe]
		);
		const [a, b, c] = members.map((m) => ({ id: m.user_id }));
		expect(await answerGathering(db, a, next.id, 'yes')).toBe(true);
		expect(await answerGathering(db, b, next.id, 'yes')).toBe(true);
		expect(code(await answerGathering(db, c, next.id, 'yes'))).toBe('gathering_full');
		expect(await answerGathering(db, c, next.id, 'maybe')).toBe(true);
		await expect(answerGathering(db, who.joke, next.id, 'maybe')).rejects.toThrow(
			/row-level security/
		);
		const seen = await getGathering(db, a, next.id);
		expect(seen).toMatchObject({ yes_count: 2, maybe_count: 1, my_answer: 'yes', is_member: true });
		expect((await gatheringAttendees(db, a, next.id)).length).toBe(3);
		expect(await gatheringAttendees(db, null, next.id)).toEqual([]);
		expect(await gatheringAttendees(db, who.joke, next.id)).toEqual([]);
	});

	it('no answers once a gathering has started', async () => {
		const cafe = await circleId('autisme-cafe-ridderveld');
		const next = (await upcomingGatherings(db, null, cafe, 20)).find(
			(g) => g.title === 'Koffieavond'
		)!;
		await db.query(
			`update public.gatherings set starts_at = now() - interval '5 minutes', ends_at = now() + interval '1 hour' where id = $1`,
			[next.id]
		);
		expect(code(await answerGathering(db, who.mohamed, next.id, 'no'))).toBe('gathering_started');
	});

	it('sends each reminder once, not to people who said no', async () => {
		const cafe = await circleId('autisme-cafe-ridderveld');
		const sent = await sendDueReminders(db, '10 days');
		expect(sent).toBeGreaterThan(0);
		expect(await sendDueReminders(db, '10 days')).toBe(0);
		// The page header's count, read with the profile in one transaction.
		const header = await readNavigation(db, who.mohamed);
		expect(header.profile?.id).toBe(who.mohamed.id);
		expect(header.unreadNotifications).toBeGreaterThan(0);
		await markNotificationsRead(db, who.mohamed);
		expect((await readNavigation(db, who.mohamed)).unreadNotifications).toBe(0);
		expect(cafe).toBeTruthy();
	});

	it('makes a valid iCalendar feed per person, with a revocable address', async () => {
		const token = await calendarFeedToken(db, who.mohamed);
		expect(await calendarFeedToken(db, who.mohamed)).toBe(token);
		const owner = await calendarFeedOwner(db, token);
		expect(owner?.id).toBe(who.mohamed.id);
		const items = await myGatherings(db, owner!);
		const text = gatheringsCalendar('Kring', 'https://kring.example', items);
		const parsed = new ICAL.Component(ICAL.parse(text));
		const events = parsed.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
		expect(events.length).toBe(items.length);
		expect(events.some((e) => e.summary.includes('Koffieavond'))).toBe(true);
		// iCalendar keeps whole seconds.
		expect(events[0].startDate.toJSDate().getTime()).toBe(
			Math.floor(new Date(items[0].starts_at).getTime() / 1000) * 1000
		);
		expect(events[0].uid).toBe(`${items[0].id}@kring`);
		const renewed = await renewCalendarFeed(db, who.mohamed);
		expect(renewed).not.toBe(token);
		expect(await calendarFeedOwner(db, token)).toBeNull();
	});
});

describe('proposed circles', () => {
	it("a worker publishes a resident's proposal and the resident hears about it; a resident cannot", async () => {
		const slug = await createCircle(
			db,
			who.joke,
			{ ...baseCircle, name: 'Samen koken voor nieuwkomers' },
			false
		);
		const id = await circleId(slug);
		expect(code(await setCircleStatus(db, who.r50, id, 'published'))).toBe(false);
		expect(await setCircleStatus(db, who.fatima, id, 'published')).toBe(true);
		expect((await getCircle(db, null, slug))?.status).toBe('published');
		expect((await listNotifications(db, who.joke))[0]).toMatchObject({ kind: 'circle_published' });
		// Once published, it is the host's again: the worker cannot change it.
		expect(await setCircleStatus(db, who.fatima, id, 'closed')).toBe(false);
	});
});
