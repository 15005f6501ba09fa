/**
 * npm run eval:crisis — recall and false-alarm rate of the crisis detector on the labelled
 * phrasings in tests/fixtures/crisis-phrasings.json: one JSON line per split (the locked
 * splits first: `locked` was written before the detector, `fresh` later by someone who had not
 * read the detector; `blind5` by a third writer on 30 Nov; none is ever used for tuning).
 * `--misses` also lists what went wrong on the tuning split (never on the locked ones).
 */
import { readFileSync } from 'node:fs';
import { detectCrisis } from '../src/lib/server/safety/crisis';

type Phrasing = {
	split: 'locked' | 'fresh' | 'blind5' | 'tuning';
	lang: string;
	crisis: boolean;
	text: string;
};

export function evaluate(phrasings: Phrasing[]) {
	const positives = phrasings.filter((p) => p.crisis);
	const negatives = phrasings.filter((p) => !p.crisis);
	const hits = positives.filter((p) => detectCrisis(p.text).crisis).length;
	const falseAlarms = negatives.filter((p) => detectCrisis(p.text).crisis).length;
	const round = (x: number) => Math.round(x * 1000) / 1000;
	return {
		crisis_recall: positives.length ? round(hits / positives.length) : null,
		crisis_false_alarm_rate: negatives.length ? round(falseAlarms / negatives.length) : null,
		n: phrasings.length,
		n_crisis: positives.length,
		n_not_crisis: negatives.length
	};
}

const file = new URL('../tests/fixtures/crisis-phrasings.json', import.meta.url);
const { phrasings } = JSON.parse(readFileSync(file, 'utf8')) as { phrasings: Phrasing[] };
for (const split of ['locked', 'fresh', 'blind5', 'tuning'] as const) {
	console.log(JSON.stringify({ split, ...evaluate(phrasings.filter((p) => p.split === split)) }));
}
if (process.argv.includes('--misses')) {
	for (const p of phrasings.filter((x) => x.split === 'tuning')) {
		const r = detectCrisis(p.text);
		if (r.crisis !== p.crisis)
			console.log(JSON.stringify({ expected: p.crisis, ...r, text: p.text }));
	}
}
