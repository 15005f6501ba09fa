/**
 * npm run train:crisis — trains the crisis detector's logistic regression
 * (src/lib/server/safety/crisis-model.ts) and writes its weights to crisis-model.json.
 *
 * Data: the `tuning` split of tests/fixtures/crisis-phrasings.json (never `locked` or `fresh`),
 * the phrasings of crisis.test.ts, labelled by the rules and concepts (the tests pin those
 * verdicts down; most of them are false friends, which the fixture has few of), and the
 * matching tuning questions (none of them a crisis: long, ordinary questions of residents,
 * without which the model raised alarms on one question in twenty-five).
 * It prints, first, a check on text the model was not trained on: trained on one half of the
 * tuning split, tested on the other half, alone and added to the rules.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { detectByRules, prepareForCrisis } from '../src/lib/server/safety/crisis';
import {
	modelFeatures,
	modelScore,
	passesGate,
	type CrisisModel
} from '../src/lib/server/safety/crisis-model';

type Example = { crisis: boolean; text: string };
const threshold = 0.85;

const fixture = new URL('../tests/fixtures/crisis-phrasings.json', import.meta.url);
const tuning = (
	JSON.parse(readFileSync(fixture, 'utf8')) as { phrasings: (Example & { split: string })[] }
).phrasings.filter((p) => p.split === 'tuning');

/** The matching evaluation's tuning questions (never its locked or fresh ones). */
const questions: Example[] = [
	...load('matching-questions.json').filter((q) => q.split === 'tuning'),
	...load('matching-tuning2.json').filter((q) => q.split === 'tuning2'),
	...load('questions-eval.json')
].map((q) => ({ text: q.text, crisis: false }));
function load(name: string): { split?: string; text: string }[] {
	const file = new URL(`../tests/fixtures/${name}`, import.meta.url);
	return (
		JSON.parse(readFileSync(file, 'utf8')) as { questions: { split?: string; text: string }[] }
	).questions;
}

const testFile = new URL('../src/lib/server/safety/crisis.test.ts', import.meta.url);
const literals: Example[] = [];
for (const m of readFileSync(testFile, 'utf8').matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)) {
	const text = m[2].replace(/\\'/g, "'").replace(/\\"/g, '"');
	if (text.length >= 12 && /\s/.test(text) && !text.includes('${'))
		literals.push({ text, crisis: detectByRules(text).crisis });
}

/** Logistic regression by stochastic gradient descent, L2; the same order every run. */
function train(examples: Example[]): CrisisModel {
	const weights = new Map<string, number>();
	let bias = 0;
	const rate = 0.1;
	const l2 = 1e-3;
	const data = examples.map((e) => ({
		features: modelFeatures(prepareForCrisis(e.text)),
		y: e.crisis ? 1 : 0
	}));
	for (let epoch = 0; epoch < 40; epoch++)
		for (const d of data) {
			let z = bias;
			for (const f of d.features) z += weights.get(f) ?? 0;
			const g = 1 / (1 + Math.exp(-z)) - d.y;
			bias -= rate * g;
			for (const f of d.features) {
				const w = weights.get(f) ?? 0;
				weights.set(f, w - rate * (g + l2 * w));
			}
		}
	const kept = [...weights]
		.filter(([, w]) => Math.abs(w) >= 0.01)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([f, w]) => [f, Math.round(w * 1000) / 1000] as const);
	return { bias: Math.round(bias * 1000) / 1000, threshold, weights: Object.fromEntries(kept) };
}

function rates(set: Example[], fires: (text: string) => boolean) {
	const pos = set.filter((e) => e.crisis);
	const neg = set.filter((e) => !e.crisis);
	const round = (x: number) => Math.round(x * 1000) / 1000;
	return {
		recall: round(pos.filter((e) => fires(e.text)).length / pos.length),
		false_alarms: round(neg.filter((e) => fires(e.text)).length / neg.length),
		n: set.length
	};
}

// Halves of the tuning split and of the questions by position: train on one, test on the other.
for (const half of [0, 1]) {
	const test = tuning.filter((_, i) => i % 2 !== half);
	const heldOutQuestions = questions.filter((_, i) => i % 2 !== half);
	const m = train([
		...tuning.filter((_, i) => i % 2 === half),
		...questions.filter((_, i) => i % 2 === half),
		...literals
	]);
	const score = (t: string) => {
		const prepared = prepareForCrisis(t);
		return passesGate(prepared) && modelScore(prepared, m) >= threshold;
	};
	console.log(
		JSON.stringify({
			check: `trained on half ${half}, tested on the other half`,
			model_alone: rates(test, score),
			rules_alone: rates(test, (t) => detectByRules(t).crisis),
			rules_and_model: rates(test, (t) => detectByRules(t).crisis || score(t)),
			questions_false_alarms: `${heldOutQuestions.filter((q) => score(q.text)).length}/${heldOutQuestions.length}`
		})
	);
}

const model = train([...tuning, ...questions, ...literals]);
const out = new URL('../src/lib/server/safety/crisis-model.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(model, null, '\t')}\n`);
console.log(
	JSON.stringify({
		trained_on: tuning.length + questions.length + literals.length,
		features: Object.keys(model.weights).length
	})
);
