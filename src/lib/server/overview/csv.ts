import { stringify } from 'csv-stringify/sync';
import type { AttentionReason, Overview } from './overview';

/**
 * The overview as CSV (issue 14 point 4): every figure on the page, as the page shows it
 * (the same suppressed text: "< 5", "≥ 30", "–"), one figure per line so a spreadsheet can
 * filter it. Nothing is counted again here, so nothing escapes suppression.
 */

export type CsvWords = {
	header: [string, string, string, string, string];
	sections: {
		openByTheme: string;
		askedByWeek: string;
		growing: string;
		circles: string;
		proposals: string;
		helpWaiting: string;
		hours: string;
		map: string;
	};
	measures: {
		open: string;
		asked12: string;
		asked: string;
		earlier: string;
		recent: string;
		members: string;
		messages: string;
		gatherings: string;
		waiting: string;
		nextGathering: string;
		attention: string;
		people: string;
		waitingLong: string;
		volunteers: string;
		available: string;
		requests: string;
		requested: string;
		need: string;
		total: string;
	};
	reasons: Record<AttentionReason, string>;
	none: string;
};

export function overviewCsv(o: Overview, w: CsvWords): string {
	const area = o.selectedNames.join(' + ');
	const rows: string[][] = [w.header];
	const add = (section: string, where: string, item: string, measure: string, value: string) =>
		rows.push([section, where, item, measure, value]);
	const s = w.sections;
	const m = w.measures;

	add(s.openByTheme, area, m.total, m.open, o.questions.total.text);
	for (const t of o.questions.byTheme) {
		add(s.openByTheme, area, t.label, m.open, t.open.text);
		add(s.openByTheme, area, t.label, m.asked12, t.asked.text);
	}
	for (const t of o.questions.trend)
		t.weeks.forEach((f, i) =>
			add(s.askedByWeek, area, t.label, `${m.asked} ${o.weeks[i]}`, f.text)
		);
	for (const g of o.questions.growing) {
		add(s.growing, g.neighbourhood, g.label, m.earlier, g.earlier.text);
		add(s.growing, g.neighbourhood, g.label, m.recent, g.recent.text);
	}
	for (const c of o.circles.rows) {
		add(s.circles, c.neighbourhood, c.name, m.members, c.members.text);
		add(s.circles, c.neighbourhood, c.name, m.messages, c.messages.text);
		add(s.circles, c.neighbourhood, c.name, m.gatherings, c.gatherings.text);
		add(s.circles, c.neighbourhood, c.name, m.waiting, c.waiting.text);
		add(
			s.circles,
			c.neighbourhood,
			c.name,
			m.nextGathering,
			c.nextGathering?.slice(0, 10) ?? w.none
		);
		add(
			s.circles,
			c.neighbourhood,
			c.name,
			m.attention,
			c.attention.map((r) => w.reasons[r]).join('; ') || w.none
		);
	}
	for (const p of o.proposals) add(s.proposals, p.neighbourhood, p.label, m.people, p.size.text);
	add(s.helpWaiting, area, m.total, m.waitingLong, o.helpWaiting.total.text);
	for (const k of o.helpWaiting.bySkill)
		add(s.helpWaiting, area, k.label, m.waitingLong, k.waiting.text);
	for (const h of o.hours) {
		add(s.hours, area, h.label, m.volunteers, h.volunteers.text);
		add(s.hours, area, h.label, m.available, h.available.text);
		add(s.hours, area, h.label, m.requests, h.requests.text);
		add(s.hours, area, h.label, m.requested, h.requested.text);
	}
	for (const a of o.map.areas) add(s.map, a.name, a.name, m.need, a.need.text);
	// A byte-order mark so spreadsheet programs read the accents and "≥" as UTF-8.
	return '\ufeff' + stringify(rows);
}
