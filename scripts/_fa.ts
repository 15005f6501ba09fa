import { readFileSync } from 'node:fs';
import { detectByRules, detectCrisis } from '../src/lib/server/safety/crisis';
const { phrasings } = JSON.parse(readFileSync('tests/fixtures/crisis-phrasings.json', 'utf8'));
for (const p of phrasings.filter((p: any) => process.argv.slice(2).includes(p.split) && !p.crisis)) {
	const r = detectByRules(p.text);
	if (r.crisis) console.log(p.split, 'RULE', r.matched, '::', p.text.slice(0, 220));
	else if (detectCrisis(p.text).crisis) console.log(p.split, 'MODEL', detectCrisis(p.text).matched, '::', p.text.slice(0, 220));
}
