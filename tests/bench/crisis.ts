/**
 * npm run bench:crisis — time of detectCrisis per call: 10,000 calls over the fixture's
 * phrasings (every split, texts only; results are not looked at) and a 20,000-character text
 * made of the tuning split's false friends (it does not fire, so every part is read).
 */
import { readFileSync } from 'node:fs';
import * as crisis from '../../src/lib/server/safety/crisis';

const { detectCrisis } = crisis;

const file = new URL('../fixtures/crisis-phrasings.json', import.meta.url);
const phrasings = (
	JSON.parse(readFileSync(file, 'utf8')) as {
		phrasings: { split: string; crisis: boolean; text: string }[];
	}
).phrasings;
const texts = phrasings.map((p) => p.text);
const calls = 10_000;
for (let i = 0; i < 500; i++) detectCrisis(texts[i % texts.length]); // warm up
const start = performance.now();
for (let i = 0; i < calls; i++) detectCrisis(texts[i % texts.length]);
const total = performance.now() - start;
// The two-level check (crisis, concern or none), where the code has it.
const assess = (crisis as { assessText?: (text: string) => unknown }).assessText;
let assessMs: number | null = null;
if (assess) {
	const assessStart = performance.now();
	for (let i = 0; i < calls; i++) assess(texts[i % texts.length]);
	assessMs = Math.round(((performance.now() - assessStart) / calls) * 1000) / 1000;
}
// A long text that does not fire, so every part is read: the tuning split's false friends.
const quiet = phrasings.filter((p) => p.split === 'tuning' && !p.crisis).map((p) => p.text);
// Added one by one, and only while the whole still does not fire.
let long = '';
while (long.length < 20_000) {
	const before = long.length;
	for (const q of quiet)
		if (long.length < 20_000 && !detectCrisis(`${long} ${q}`).crisis) long += ` ${q}`;
	if (long.length === before) break;
}
long = long.slice(0, 20_000);
const longStart = performance.now();
for (let i = 0; i < 20; i++) detectCrisis(long);
const longMs = (performance.now() - longStart) / 20;
console.log(
	JSON.stringify({
		calls,
		total_ms: Math.round(total),
		per_call_ms: Math.round((total / calls) * 1000) / 1000,
		assess_per_call_ms: assessMs,
		long_text_chars: long.length,
		long_text_ms: Math.round(longMs * 10) / 10,
		long_text_fires: detectCrisis(long).crisis
	})
);
