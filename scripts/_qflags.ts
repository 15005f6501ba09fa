import { readFileSync } from 'node:fs';
import { assessText } from '../src/lib/server/safety/crisis';
for (const s of process.argv.slice(2)) {
	const qs = JSON.parse(readFileSync(`tests/fixtures/matching-${s}.json`, 'utf8')).questions as { text: string }[];
	const a = qs.map((q) => assessText(q.text).level);
	console.log(s, 'crisis', a.filter((l) => l === 'crisis').length, 'concern', a.filter((l) => l === 'concern').length, 'of', qs.length);
}
