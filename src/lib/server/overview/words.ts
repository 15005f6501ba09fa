import { m } from '$lib/paraglide/messages';
import type { CsvWords } from './csv';

/** The CSV's words in the reader's language (paraglide picks the request's locale). */
export function csvWords(): CsvWords {
	return {
		header: [
			m.overview_csv_section(),
			m.overview_csv_where(),
			m.overview_csv_item(),
			m.overview_csv_measure(),
			m.overview_csv_value()
		],
		sections: {
			openByTheme: m.overview_questions_title(),
			askedByWeek: m.overview_trend_title(),
			growing: m.overview_csv_growing(),
			circles: m.overview_circles_title(),
			proposals: m.overview_proposals_title(),
			helpWaiting: m.overview_help_title(),
			hours: m.overview_hours_title(),
			map: m.overview_csv_map()
		},
		measures: {
			open: m.overview_open(),
			asked12: m.overview_asked12(),
			asked: m.overview_asked(),
			earlier: m.overview_earlier(),
			recent: m.overview_recent(),
			members: m.overview_members(),
			messages: m.overview_messages(),
			gatherings: m.overview_gatherings(),
			waiting: m.overview_waiting(),
			nextGathering: m.overview_next(),
			attention: m.overview_attention(),
			people: m.overview_proposal_people(),
			waitingLong: m.overview_waiting_long(),
			volunteers: m.overview_volunteers(),
			available: m.overview_available(),
			requests: m.overview_requests(),
			requested: m.overview_requested(),
			need: m.overview_need(),
			total: m.overview_total()
		},
		reasons: {
			no_gathering: m.overview_reason_no_gathering(),
			host_inactive: m.overview_reason_host_inactive(),
			full_waiting: m.overview_reason_full_waiting()
		},
		none: m.overview_none()
	};
}
