import { m } from '$lib/paraglide/messages';

/** "5 members · 11 seats open" (or "full"), for cards and the circle page alike. */
export function circleSizeText(circle: { member_count: number; capacity: number | null }): string {
	const open = circle.capacity === null ? null : Math.max(0, circle.capacity - circle.member_count);
	return [
		m.circle_members({ count: circle.member_count }),
		open === null ? null : open === 0 ? m.circle_full() : m.circle_open_seats({ count: open })
	]
		.filter(Boolean)
		.join(' · ');
}
