/**
 * npm run eval:matching — how well matching understands residents, on the labelled
 * questions in tests/fixtures/matching-questions.json against the demo town, through the
 * same suggest() that /api/suggest uses (as an anonymous visitor, so row-level security
 * applies). Prints ONE JSON line: the locked split's figures at the top level, the tuning
 * split's under `tuning`, the independent fresh set's (tests/fixtures/matching-fresh.json)
 * under `fresh`, the second tuning set's (tests/fixtures/matching-tuning2.json) under
 * `tuning2`, and a third writer's held-out set (tests/fixtures/matching-blind5.json) under `blind5`.
 *
 * - hit_at_3: share of questions with a fitting circle that get one in the top three.
 * - theme_recall: share of all labelled themes that are recognised (top three themes).
 * - primary_theme: share of questions whose first labelled theme is recognised.
 * - theme_precision: share of the recognised themes (top three, every question) that are
 *   labelled: how often a theme is named that the question is not about.
 * - keyword_hit_at_3: the same hit@3 for plain BM25 (k1 1.2, b 0.75) over each circle's
 *   page text (names, descriptions, theme labels, meeting note, place, house rules), words
 *   lower-cased and accent-free, stop words out, no stemming: the keyword baseline.
 * - no_circle: questions with a fitting circle that got no circle at all.
 * - crisis_recall, crisis_false_alarm_rate: src/lib/server/safety/crisis.ts on the crisis
 *   phrasings (tests/fixtures/crisis-phrasings.json) of the same split;
 *   crisis_false_alarm_questions: its false alarms on this file's questions (none is a crisis).
 *
 * A fourth writer's set (tests/fixtures/matching-blind6.json) is reported under `blind6`, a
 * fifth writer's training questions (tests/fixtures/matching-train8q.json) under `train8q`, and
 * a sixth writer's set (tests/fixtures/matching-blind7.json) under `blind7`: held out for one
 * round (measured three times), then handed over to tune and train on. An eighth writer's set
 * (tests/fixtures/matching-blind8.json) is reported under `blind8`: held out for round 5 (measured
 * twice), then handed over to tune and train on. A ninth writer's set
 * (tests/fixtures/matching-blind9.json) is reported under `blind9`: held out for round 6 (measured
 * three times), then handed over to tune and train on (round 7). A tenth writer's training questions
 * (tests/fixtures/matching-train11q.json, round 7) are reported under `train11q`. Two sets by
 * writers who saw no code were held out for round 7 (measured twice, totals only) and are tuned
 * and trained on from round 8: `blind10` (tests/fixtures/matching-blind10.json) and `train11r`
 * (tests/fixtures/matching-train11r.json). Two more writers' training questions (round 8,
 * measured once on arrival) are reported under `train12q` and `train12r`. `blind11`
 * (tests/fixtures/matching-blind11.json, a writer who saw no code) was held out for round 8
 * (measured at its start and end, totals only) and is tuned and trained on from round 9.
 * Two training sets of round 9 (measured once on arrival) are reported under `train13q` and
 * `train13r`; `blind12` (tests/fixtures/matching-blind12.json, round 9) was held out the same way
 * and is tuned and trained on from round 10. Round 10's training sets: `train14q`, `train14r`;
 * `blind13` (tests/fixtures/matching-blind13.json) was held out for round 10 and is tuned and
 * trained on from round 11.  Round 11's training sets: `train15r`, `train15q`; `blind14`
 * (tests/fixtures/matching-blind14.json) was held out for rounds 11 and 12 and is trained on
 * from round 13. Round 13's training sets: `train16q`, `train16r`; `blind15` was held out for
 * round 13 and is trained on from round 14. Round 14's training sets: `train17r`, `train17q`;
 * `blind16` was held out for round 14 and is trained on from round 15. Round 15's training sets:
 * `train18q`, `train18r`; `blind17` was held out for round 15 and is trained on from round 16.
 * Round 16's training sets: `train19q`, `train19r`; `blind18` was held out for round 16 and is
 * trained on from round 17. Round 17's training sets: `train20q`, `train20r`; `blind19` was
 * held out for round 17 and is trained on from round 18. Round 18's training sets: `train21q`,
 * `train21r`; `blind20` was held out for round 18 and is trained on from round 19. Round 19's
 * training sets: `train22q`, `train22r`; `blind21` was held out for round 19 and is trained on
 * from round 20. Round 20's training sets: `train23q`, `train23r`, `train23s`; `blind22` was
 * held out for round 20 and is trained on from round 21. Round 21's training sets: `train24q`,
 * `train24r`, `train24s`; `blind23` (tests/fixtures/matching-blind23.json) is held out for round 21.
 *
 * `--misses` lists what went wrong on the splits tuned on (every set in question-sets.ts but the
 * held-out ones): locked, fresh and the newest blind set are never looked at question by
 * question while matching is being changed. The newest blind set's totals are printed only with
 * `--all` (measured at the start and the end of its round).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { withUser } from '../src/lib/server/db/session';
import type { Database } from '../src/lib/server/db/types';
import { buildBm25, scoreBm25 } from '../src/lib/server/matching/bm25';
import { suggest } from '../src/lib/server/matching/suggest';
import { normalise, stopwords } from '../src/lib/server/matching/text';
import { heldOut, questionSetFile, questionSets } from './question-sets';

export type Labelled = {
	id: number;
	split: 'locked' | 'tuning' | (typeof questionSets)[number];
	lang: 'nl' | 'en';
	register: string;
	themes: string[];
	circles: string[];
	neighbourhood?: string;
	text: string;
};
type Phrasing = { split: 'locked' | 'tuning'; crisis: boolean; text: string };

export const questionsFile = new URL('../tests/fixtures/matching-questions.json', import.meta.url);
/** An independent set written before the matcher was read; only its totals are ever looked at. */
export const freshFile = questionSetFile('fresh');
const crisisFile = new URL('../tests/fixtures/crisis-phrasings.json', import.meta.url);

export function loadQuestions(file: URL = questionsFile): Labelled[] {
	return (JSON.parse(readFileSync(file, 'utf8')) as { questions: Labelled[] }).questions;
}

function loadOptional(file: URL): Labelled[] {
	try {
		return loadQuestions(file);
	} catch {
		return [];
	}
}

function loadPhrasings(): Phrasing[] {
	try {
		return (JSON.parse(readFileSync(crisisFile, 'utf8')) as { phrasings: Phrasing[] }).phrasings;
	} catch {
		return [];
	}
}

type Detector = (text: string) => { crisis: boolean };
/** The crisis check's two levels (crisis, or the gentle "concern"), if it has them. */
type Assessor = (text: string) => { level: 'crisis' | 'concern' | 'none' };
async function loadAssessor(): Promise<Assessor | null> {
	try {
		const mod = (await import('../src/lib/server/safety/crisis')) as { assessText?: Assessor };
		return mod.assessText ?? null;
	} catch {
		return null;
	}
}
async function loadDetector(): Promise<Detector | null> {
	try {
		const mod = (await import('../src/lib/server/safety/crisis')) as { detectCrisis?: Detector };
		return mod.detectCrisis ?? null;
	} catch {
		return null;
	}
}

/** Plain words for the keyword baseline: no stemming, no synonyms, stop words out. */
export function plainWords(text: string): string[] {
	return normalise(text)
		.split(' ')
		.filter((w) => w.length >= 2 && !stopwords.has(w));
}

type CirclePage = {
	slug: string;
	name: string;
	name_en: string | null;
	description: string;
	description_en: string | null;
	meeting_note: string;
	meeting_note_en: string;
	location_name: string | null;
	house_rules: string;
	labels: string;
};

/** The keyword baseline's index: one document per circle an anonymous visitor can see. */
export async function keywordBaseline(db: Database) {
	const pages = await withUser(db, null, (tx) =>
		tx.query<CirclePage>(
			`select c.slug, c.name, c.name_en, c.description, c.description_en, c.meeting_note,
			   c.meeting_note_en, c.location_name, c.house_rules,
			   coalesce((select string_agg(t.label_nl || ' ' || t.label_en, ' ')
			     from public.themes t where t.slug = any (c.theme_slugs)), '') as labels
			 from public.circles c where c.status = 'published' and c.visibility = 'public'
			 order by c.slug`
		)
	);
	const index = buildBm25(
		pages.map((p) =>
			plainWords(
				[
					p.name,
					p.name_en,
					p.labels,
					p.description,
					p.description_en,
					p.meeting_note,
					p.meeting_note_en,
					p.location_name,
					p.house_rules
				].join(' ')
			)
		)
	);
	return (text: string): string[] =>
		scoreBm25(index, plainWords(text))
			.map((score, i) => ({ score, slug: pages[i].slug }))
			.filter((x) => x.score > 0)
			.sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug))
			.slice(0, 3)
			.map((x) => x.slug);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export type Figures = {
	questions: number;
	hit_at_3: number;
	theme_recall: number;
	keyword_hit_at_3: number;
	crisis_recall: number | null;
	crisis_false_alarm_rate: number | null;
	crisis_false_alarm_questions: number | null;
	/** Crisis phrasings shown the help lines at either level (crisis or concern). */
	help_lines_recall?: number | null;
	/** The gentle "concern" level on the crisis=false phrasings. */
	concern_rate?: number | null;
	/** The gentle "concern" level on this file's ordinary questions. */
	concern_rate_questions?: number | null;
	primary_theme: number;
	theme_precision: number;
	no_circle: number;
	/** Questions with a fitting circle that were still told "we are not sure". */
	unsure_with_fit: number;
	/** Questions without any fitting circle that were honestly told "we are not sure". */
	unsure_without_fit: string;
	suggest_p95_ms: number;
};

export async function evaluate(
	db: Database,
	options: { misses?: boolean; sets?: readonly (typeof questionSets)[number][] } = {}
) {
	// `sets`: only these of the writers' sets (the locked and tuning splits always): a test that
	// reads three splits need not read every set each round adds.
	const sets = options.sets ?? questionSets;
	const questions = [
		...loadQuestions(),
		...sets.flatMap((split) => loadOptional(questionSetFile(split)))
	];
	const phrasings = loadPhrasings();
	const detector = await loadDetector();
	const assessor = await loadAssessor();
	const keyword = await keywordBaseline(db);
	const report: Partial<Record<Labelled['split'], Figures>> = {};
	const misses: string[] = [];
	// Misses are listed for the splits tuned on only: held-out sets are looked at as totals.
	const tunable = (split: Labelled['split']) => !heldOut.includes(split);
	for (const split of ['locked', 'tuning', ...questionSets] as const) {
		const set = questions.filter((q) => q.split === split);
		if (!set.length) continue;
		let labelled = 0;
		let found = 0;
		let primary = 0;
		let named = 0;
		let namedRight = 0;
		let withThemes = 0;
		let withCircles = 0;
		let hits = 0;
		let keywordHits = 0;
		let empty = 0;
		let crisisOnQuestions = 0;
		let concernOnQuestions = 0;
		let unsureWithFit = 0;
		let unsureWithoutFit = 0;
		let withoutFit = 0;
		const times: number[] = [];
		for (const q of set) {
			const started = performance.now();
			const result = await suggest(db, null, {
				text: q.text,
				neighbourhood: q.neighbourhood,
				languages: [q.lang]
			});
			times.push(performance.now() - started);
			const recognised = result.recognised.slice(0, 3).map((t) => t.slug);
			named += recognised.length;
			namedRight += recognised.filter((t) => q.themes.includes(t)).length;
			if (q.themes.length) {
				withThemes++;
				labelled += q.themes.length;
				found += q.themes.filter((t) => recognised.includes(t)).length;
				if (recognised.includes(q.themes[0])) primary++;
			}
			const top = result.suggestions.slice(0, 3).map((s) => s.circle.slug);
			if (q.circles.length) {
				withCircles++;
				const hit = top.some((slug) => q.circles.includes(slug));
				if (hit) hits++;
				if (!top.length) empty++;
				if (result.unsure) unsureWithFit++;
				if (keyword(q.text).some((slug) => q.circles.includes(slug))) keywordHits++;
				if (options.misses && tunable(split) && !hit) {
					misses.push(
						`${split} #${q.id} circles [${top}] want [${q.circles}] themes [${recognised}]: ${q.text.slice(0, 90)}`
					);
				}
			}
			if (!q.circles.length) {
				withoutFit++;
				if (result.unsure) unsureWithoutFit++;
			}
			const missing = q.themes.filter((t) => !recognised.includes(t));
			if (options.misses && tunable(split) && missing.length) {
				misses.push(
					`${split} #${q.id} themes [${recognised}] missing [${missing}]: ${q.text.slice(0, 90)}`
				);
			}
			const extra = recognised.filter((t) => !q.themes.includes(t));
			if (options.misses && tunable(split) && extra.length) {
				misses.push(`${split} #${q.id} extra themes [${extra}] labelled [${q.themes}]`);
			}
			if (detector?.(q.text).crisis) crisisOnQuestions++;
			if (assessor?.(q.text).level === 'concern') concernOnQuestions++;
		}
		// Crisis phrasings count for the matching splits of the same name only: the crisis set's
		// own `fresh` split is the crisis detector's held-out set, not this file's.
		const split_phrasings =
			split === 'locked' || split === 'tuning' ? phrasings.filter((p) => p.split === split) : [];
		const positives = split_phrasings.filter((p) => p.crisis);
		const negatives = split_phrasings.filter((p) => !p.crisis);
		times.sort((a, b) => a - b);
		report[split] = {
			questions: set.length,
			hit_at_3: round(hits / Math.max(1, withCircles)),
			theme_recall: round(found / Math.max(1, labelled)),
			keyword_hit_at_3: round(keywordHits / Math.max(1, withCircles)),
			crisis_recall:
				detector && positives.length
					? round(positives.filter((p) => detector(p.text).crisis).length / positives.length)
					: null,
			crisis_false_alarm_rate:
				detector && negatives.length
					? round(negatives.filter((p) => detector(p.text).crisis).length / negatives.length)
					: null,
			crisis_false_alarm_questions: detector ? round(crisisOnQuestions / set.length) : null,
			help_lines_recall:
				assessor && positives.length
					? round(
							positives.filter((p) => assessor(p.text).level !== 'none').length / positives.length
						)
					: null,
			concern_rate:
				assessor && negatives.length
					? round(
							negatives.filter((p) => assessor(p.text).level === 'concern').length /
								negatives.length
						)
					: null,
			concern_rate_questions: assessor ? round(concernOnQuestions / set.length) : null,
			primary_theme: round(primary / Math.max(1, withThemes)),
			theme_precision: round(namedRight / Math.max(1, named)),
			no_circle: empty,
			unsure_with_fit: unsureWithFit,
			unsure_without_fit: `${unsureWithoutFit}/${withoutFit}`,
			suggest_p95_ms: round(times[Math.floor(times.length * 0.95)] ?? 0)
		};
	}
	const locked = report.locked as Figures;
	return {
		report: {
			split: 'locked',
			...locked,
			tuning: report.tuning as Figures,
			...(Object.fromEntries(
				questionSets.flatMap((split) => (report[split] ? [[split, report[split]]] : []))
			) as Partial<Record<(typeof questionSets)[number], Figures>>)
		},
		misses
	};
}

async function main() {
	const { createTestDatabase } = await import('../tests/helpers/database');
	const db = await createTestDatabase({ seed: true });
	try {
		const { report, misses } = await evaluate(db, { misses: process.argv.includes('--misses') });
		for (const m of misses) console.error(m);
		// The newest writer's set is held out for a round: its totals too only with --all, so
		// that nobody tunes on them in passing (locked and fresh are the line itself, as asked).
		const newest = heldOut.filter((split) => split !== 'locked' && split !== 'fresh');
		const shown = process.argv.includes('--all')
			? report
			: Object.fromEntries(Object.entries(report).filter(([key]) => !newest.includes(key)));
		console.log(JSON.stringify(shown));
	} finally {
		await db.close();
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	main().catch((error) => {
		console.error(error);
		process.exit(1);
	});
}
