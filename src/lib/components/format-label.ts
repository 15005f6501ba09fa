import { m } from '$lib/paraglide/messages';

const labels = { in_person: m.format_in_person, online: m.format_online, both: m.format_both };

export function formatLabel(format: 'in_person' | 'online' | 'both'): string {
	return labels[format]();
}
