import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluate, loadQuestions } from '../../scripts/eval-matching';
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

describe('matching on the evaluation set', () => {
	let db: TestDatabase;
	beforeAll(async () => {
		db = await createTestDatabase({ seed: true });
	});
	afterAll(() => db?.close());

	// Before this round's change (same set, same town): locked hit@3 0.722, theme recall 0.582,
	// keyword baseline 0.632. Thresholds sit a little under the measured figures (BENCHMARKS.md).
	const thresholds = { hitAt3: 0.7, themeRecall: 0.55, overKeyword: 1 };

	it('recognises themes and suggests fitting circles on the locked split', async () => {
		const { report } = await evaluate(db);
		console.info(`[matching-eval] ${JSON.stringify(report)}`);
		expect(report.hit_at_3).toBeGreaterThanOrEqual(thresholds.hitAt3);
		expect(report.theme_recall).toBeGreaterThanOrEqual(thresholds.themeRecall);
		expect(report.hit_at_3 as number).toBeGreaterThanOrEqual(
			thresholds.overKeyword * (report.keyword_hit_at_3 as number)
		);
	}, 240_000);
});
