/**
 * npm run eval:crisis — recall and false-alarm rate of the crisis detector on the labelled
 * phrasings in tests/fixtures/crisis-phrasings.json: one JSON line per split, with the gentle
 * second level beside it (`help_lines_recall`: crisis phrasings shown the help lines as crisis
 * or concern; `concern_rate`: concern on the crisis=false phrasings). `locked` (written
 * before the detector) and `fresh` (written later by someone who had not read it) are never
 * tuned on, and their figures are printed only with `--all`, so that nobody tunes on their totals
 * either; nor is `blind23` (a newest writer's set, held out for round 21). `blind5` to
 * `blind22` were written blind by other writers, measured before
 * any tuning on them (figures in the fixture's description), and are tuned on since, like any
 * later training split (train8a, train8b, train9a, train9b, … train11b); the tuning
 * split is also reported per set it came from (`set`: blind3, blind4, or none: written while
 * building the detector).
 * `--misses` also lists what went wrong on the splits that may be tuned on (never the locked ones).
 */
import { readFileSync } from 'node:fs';
import { assessText, detectCrisis } from '../src/lib/server/safety/crisis';
import { heldOut } from './question-sets';

type Phrasing = {
	split: string;
	set?: string;
	lang: string;
	crisis: boolean;
	text: string;
};

export function evaluate(phrasings: Phrasing[]) {
	const positives = phrasings.filter((p) => p.crisis);
	const negatives = phrasings.filter((p) => !p.crisis);
	const hits = positives.filter((p) => detectCrisis(p.text).crisis).length;
	const falseAlarms = negatives.filter((p) => detectCrisis(p.text).crisis).length;
	// The gentle second level: help lines shown at either level, and concern on ordinary text.
	const shown = positives.filter((p) => assessText(p.text).level !== 'none').length;
	const concern = negatives.filter((p) => assessText(p.text).level === 'concern').length;
	const round = (x: number) => Math.round(x * 1000) / 1000;
	return {
		crisis_recall: positives.length ? round(hits / positives.length) : null,
		crisis_false_alarm_rate: negatives.length ? round(falseAlarms / negatives.length) : null,
		help_lines_recall: positives.length ? round(shown / positives.length) : null,
		concern_rate: negatives.length ? round(concern / negatives.length) : null,
		n: phrasings.length,
		n_crisis: positives.length,
		n_not_crisis: negatives.length
	};
}

const file = new URL('../tests/fixtures/crisis-phrasings.json', import.meta.url);
const { phrasings } = JSON.parse(readFileSync(file, 'utf8')) as { phrasings: Phrasing[] };
/** Every split but the locked ones, in the order they were added (blind sets, training sets). */
const locked = heldOut;
const tunable = [...new Set(phrasings.map((p) => p.split as string))].filter(
	(s) => !locked.includes(s)
);
const splits = process.argv.includes('--all') ? [...locked, ...tunable] : tunable;
for (const split of splits) {
	const set = phrasings.filter((p) => p.split === split);
	if (set.length) console.log(JSON.stringify({ split, ...evaluate(set) }));
}
for (const origin of ['blind3', 'blind4'])
	console.log(
		JSON.stringify({
			split: 'tuning',
			set: origin,
			...evaluate(phrasings.filter((p) => p.split === 'tuning' && p.set === origin))
		})
	);
if (process.argv.includes('--misses')) {
	for (const p of phrasings.filter((x) => tunable.includes(x.split))) {
		const r = detectCrisis(p.text);
		if (r.crisis !== p.crisis)
			console.log(JSON.stringify({ split: p.split, expected: p.crisis, ...r, text: p.text }));
	}
}
