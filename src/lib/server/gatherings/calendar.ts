import ical, { ICalEventStatus } from 'ical-generator';

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

/** An RFC 5545 calendar (ical-generator) of gatherings, with stable UIDs so updates replace events. */
export function gatheringsCalendar(
	name: string,
	origin: string,
	gatherings: CalendarGathering[]
): string {
	const calendar = ical({ name, prodId: { company: 'Kring', product: 'Kring', language: 'NL' } });
	for (const g of gatherings) {
		const place = [g.location_name, g.room, g.address].filter(Boolean).join(', ');
		calendar.createEvent({
			id: `${g.id}@kring`,
			start: g.starts_at,
			end: g.ends_at,
			timezone: g.time_zone,
			summary: `${g.title} · ${g.circle_name}`,
			description: [g.description, g.online_url].filter(Boolean).join('\n\n'),
			location: place || (g.online_url ? 'Online' : undefined),
			url: `${origin}/gatherings/${g.id}`,
			status: g.cancelled_at ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED
		});
	}
	return calendar.toString();
}
