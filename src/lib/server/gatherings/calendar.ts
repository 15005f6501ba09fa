import ical, { ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block } from 'timezones-ical-library';

type CalendarGathering = {
	id: string;
	circle_name: string;
	circle_slug: string;
	title: string;
	description: string;
	starts_at: Date;
	ends_at: Date;
	time_zone: string;
	location_name: string;
	address: string;
	room: string;
	online_url: string | null;
	cancelled_at: Date | null;
};

/**
 * The RFC 5545 VTIMEZONE for an IANA zone, or null when the zone is unknown.
 * The library answers for a zone's canonical name (Europe/Amsterdam is a link to
 * Europe/Brussels since tzdata 2022b: the same rules); the block is labelled with
 * the name the events use, so a calendar shows "Amsterdam".
 */
export function vtimezone(timeZone: string): string | null {
	if (!vtimezones.has(timeZone)) {
		const answer = tzlib_get_ical_block(timeZone);
		const block = Array.isArray(answer) ? answer[0] : '';
		vtimezones.set(
			timeZone,
			block.includes('BEGIN:VTIMEZONE')
				? block
						.replace(/^TZID:.*$/m, `TZID:${timeZone}`)
						.replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${timeZone}`)
				: null
		);
	}
	return vtimezones.get(timeZone) ?? null;
}
const vtimezones = new Map<string, string | null>();

/**
 * The stored instant as wall-clock time in the gathering's zone. ical-generator writes a
 * plain Date with the server's local clock under the TZID label (an Amsterdam 19:30
 * became 18:30 on a UTC server); a Temporal.ZonedDateTime it writes in its own zone.
 */
function zoned(instant: Date | string, timeZone: string) {
	return Temporal.Instant.fromEpochMilliseconds(new Date(instant).getTime()).toZonedDateTimeISO(
		timeZone
	);
}

/**
 * Whether the wall-clock time names this instant alone. In the hour the clocks go back
 * (02:00–03:00 on the last Sunday of October in Amsterdam) every time happens twice;
 * RFC 5545 (3.3.5) reads it as the first, but readers differ (ical.js takes the second),
 * so a gathering that starts or ends in that hour is written in UTC instead.
 */
function unambiguous(instant: Date | string, timeZone: string) {
	const wall = zoned(instant, timeZone).toPlainDateTime();
	const first = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
	const second = wall.toZonedDateTime(timeZone, { disambiguation: 'later' });
	return first.epochMilliseconds === second.epochMilliseconds;
}

/** An RFC 5545 calendar (ical-generator) of gatherings, with stable UIDs so updates replace events. */
export function gatheringsCalendar(
	name: string,
	origin: string,
	gatherings: CalendarGathering[]
): string {
	const calendar = ical({
		name,
		prodId: { company: 'Kring', product: 'Kring', language: 'NL' },
		// One VTIMEZONE for every TZID the events use (RFC 5545 3.6.5).
		timezone: { name: null, generator: vtimezone }
	});
	for (const g of gatherings) {
		const place = [g.location_name, g.room, g.address].filter(Boolean).join(', ');
		// A zone without a VTIMEZONE would leave the TZID undefined for the reader, and a time
		// in the repeated hour would be read as its first occurrence: UTC then.
		const timeZone =
			g.time_zone &&
			vtimezone(g.time_zone) &&
			unambiguous(g.starts_at, g.time_zone) &&
			unambiguous(g.ends_at, g.time_zone)
				? g.time_zone
				: null;
		calendar.createEvent({
			id: `${g.id}@kring`,
			start: timeZone ? zoned(g.starts_at, timeZone) : new Date(g.starts_at),
			end: timeZone ? zoned(g.ends_at, timeZone) : new Date(g.ends_at),
			timezone: timeZone,
			summary: `${g.title} · ${g.circle_name}`,
			description: [g.description, g.online_url].filter(Boolean).join('\n\n'),
			location: place || (g.online_url ? 'Online' : undefined),
			url: `${origin}/gatherings/${g.id}`,
			status: g.cancelled_at ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return calendar.toString();
}
