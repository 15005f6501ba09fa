import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, freshFile, loadQuestions } from '../../scripts/eval-matching';
import { suggest } from '../../src/lib/server/matching/suggest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';

/**
 * The evaluation set (tests/fixtures/matching-questions.json): labelled resident questions
 * against the demo town, split by a fixed hash of the text into a locked split (never used
 * for tuning) and a tuning split. The checksum below was taken when the set was written,
 * before matching was changed: editing, adding or removing a locked question fails here.
 */
const lockedChecksum = 'fc1dd0f6f1456056106b4c4ba7dbef1ca6dcaaa5884ca7d8b39b6e6e029d70b7';

const questions = loadQuestions();

function splitOf(text: string): 'locked' | 'tuning' {
	const hash = createHash('sha256').update(text).digest();
	return hash.readUInt32BE(0) / 2 ** 32 < 0.45 ? 'locked' : 'tuning';
}

describe('evaluation set', () => {
	it('has at least 300 labelled questions in Dutch and English, 40 % or more locked', () => {
		expect(questions.length).toBeGreaterThanOrEqual(300);
		expect(questions.filter((q) => q.lang === 'en').length).toBeGreaterThanOrEqual(40);
		const locked = questions.filter((q) => q.split === 'locked');
		expect(locked.length / questions.length).toBeGreaterThanOrEqual(0.4);
		expect(new Set(questions.map((q) => q.text)).size).toBe(questions.length);
	});

	it('splits by the hash of the text, not by hand', () => {
		const wrong = questions.filter((q) => q.split !== splitOf(q.text)).map((q) => q.id);
		expect(wrong).toEqual([]);
	});

	it('keeps the locked split exactly as it was written (checksum)', () => {
		const locked = questions
			.filter((q) => q.split === 'locked')
			.map((q) =>
				[q.id, q.lang, q.text, q.themes.join(','), q.circles.join(','), q.neighbourhood].join('\t')
			)
			.join('\n');
		expect(createHash('sha256').update(locked).digest('hex')).toBe(lockedChecksum);
	});
});

/**
 * The fresh set (tests/fixtures/matching-fresh.json), written before the matcher was read and
 * only ever looked at as totals: its checksum, taken when it was committed, fails here when it
 * is edited (tuning on it would make it one more tuning set).
 */
const freshChecksum = '27be27230f847c3f2725366f0c7ed826cdb32ea52b00ffca731d0dae85370159';

describe('fresh set', () => {
	it('keeps the fresh set exactly as it was written (checksum)', () => {
		const fresh = loadQuestions(freshFile);
		expect(fresh.length).toBeGreaterThanOrEqual(80);
		expect(fresh.every((q) => q.split === 'fresh')).toBe(true);
		const rows = fresh
			.map((q) =>
				[q.id, q.lang, q.text, q.themes.join(','), q.circles.join(','), q.neighbourhood].join('\t')
			)
			.join('\n');
		expect(createHash('sha256').update(rows).digest('hex')).toBe(freshChecksum);
	});
});

describe('matching on the evaluation set', () => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await createTestDatabase({ seed: true });
	});
	afterAll(() => db?.close());

	// Before this round's change (same set, same town): locked hit@3 0.722, theme recall 0.582,
	// keyword baseline 0.632. After: hit@3 0.951, theme recall 0.876 (BENCHMARKS.md, Matching
	// that understands residents). Thresholds sit a little under the measured figures, so a
	// change that makes matching worse on questions it was not tuned on fails here.
	const thresholds = { hitAt3: 0.93, themeRecall: 0.85, overKeyword: 1.45, noCircle: 2 };

	it('recognises themes and suggests fitting circles on the locked split', async () => {
		const { report } = await evaluate(db, { sets: ['fresh'] });
		console.info(`[matching-eval] ${JSON.stringify(report)}`);
		expect(report.hit_at_3).toBeGreaterThanOrEqual(thresholds.hitAt3);
		expect(report.theme_recall).toBeGreaterThanOrEqual(thresholds.themeRecall);
		expect(report.hit_at_3).toBeGreaterThanOrEqual(
			thresholds.overKeyword * report.keyword_hit_at_3
		);
		expect(report.no_circle).toBeLessThanOrEqual(thresholds.noCircle);
		expect(report.tuning.hit_at_3).toBeGreaterThanOrEqual(thresholds.hitAt3);
		// The fresh set, measured once before matching was changed for it: hit@3 0.962, theme
		// recall 0.884; after: 0.987 and 0.902 (BENCHMARKS.md, Generalisation). Thresholds sit
		// under the figures before, so this guards against getting worse, not a tuned target.
		expect(report.fresh?.hit_at_3).toBeGreaterThanOrEqual(0.95);
		expect(report.fresh?.theme_recall).toBeGreaterThanOrEqual(0.87);
	}, 240_000);

	// The earlier, smaller set (tests/fixtures/questions-eval.json, tuned on in an earlier
	// round): still recognised. Its circle labels predate the 16 new demo circles, so three of
	// its questions now get a better-fitting new circle first; precision@3 is no longer
	// measured on it (updated from the old test, which asserted precision@3 0.85 on 10 circles).
	it('still handles the earlier evaluation set', async () => {
		const { questions: old } = JSON.parse(
			readFileSync(new URL('../fixtures/questions-eval.json', import.meta.url), 'utf8')
		) as {
			questions: {
				text: string;
				lang: 'nl' | 'en';
				themes: string[];
				circles: string[];
				neighbourhood?: string;
			}[];
		};
		let labelled = 0;
		let found = 0;
		let hits = 0;
		let withCircles = 0;
		for (const q of old) {
			const result = await suggest(db, null, {
				text: q.text,
				neighbourhood: q.neighbourhood,
				languages: [q.lang]
			});
			const recognised = result.recognised.map((t) => t.slug);
			labelled += q.themes.length;
			found += q.themes.filter((t) => recognised.includes(t)).length;
			if (q.circles.length) {
				withCircles++;
				const top = result.suggestions.slice(0, 3).map((s) => s.circle.slug);
				if (top.some((slug) => q.circles.includes(slug))) hits++;
			}
		}
		expect(found / labelled).toBeGreaterThanOrEqual(0.95);
		expect(hits / withCircles).toBeGreaterThanOrEqual(0.9);
	}, 120_000);
});
