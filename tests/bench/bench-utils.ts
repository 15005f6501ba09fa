import { cpus, totalmem } from 'node:os';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return Number(sorted[Math.max(0, index)].toFixed(2));
}

export function machine(): string {
	return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Replaces (or adds) one `## Heading` section of BENCHMARKS.md, leaving the others alone. */
export function writeSection(heading: string, body: string, file = 'BENCHMARKS.md') {
	const current = existsSync(file)
		? readFileSync(file, 'utf8')
		: '# Benchmarks\n\nEach section is written by its `npm run bench:*` command.\n';
	const marker = `## ${heading}\n`;
	const start = current.indexOf(marker);
	let next: string;
	if (start === -1) {
		next = `${current.trimEnd()}\n\n${marker}\n${body.trim()}\n`;
	} else {
		const rest = current.slice(start + marker.length);
		const end = rest.search(/^## /m);
		next =
			current.slice(0, start) +
			marker +
			'\n' +
			body.trim() +
			'\n' +
			(end === -1 ? '' : '\n' + rest.slice(end));
	}
	writeFileSync(file, next);
}
