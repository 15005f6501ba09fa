import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestDatabase } from './database';

/**
 * Every notification the migrated database and the server code can write, read from their
 * source: each function that calls public.notify() or inserts into public.notifications, and
 * each server module that does the same. A kind added by a new migration or module is found
 * here without anyone listing it (tests/integration/notification-kinds.test.ts).
 */

export type Producer = { kind: string; link: string | null; where: string };

/** The arguments of a call whose "(" is at `open`, split at top-level commas. */
function argumentsAt(src: string, open: number): string[] {
	const args: string[] = [];
	let depth = 0;
	let current = '';
	for (let i = open + 1; i < src.length; i++) {
		const c = src[i];
		if (c === "'") {
			const end = src.indexOf("'", i + 1);
			current += src.slice(i, end + 1);
			i = end;
			continue;
		}
		if (c === '(') depth++;
		if (c === ')') {
			if (depth === 0) {
				args.push(current.trim());
				return args;
			}
			depth--;
		}
		if (c === ',' && depth === 0) {
			args.push(current.trim());
			current = '';
			continue;
		}
		current += c;
	}
	throw new Error(`unbalanced call at ${open}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The values a variable or column can take in this source: `x := 'a'`, `x in ('a', 'b')`, `x = 'a'`. */
function valuesOf(expr: string, src: string): string[] {
	const x = escape(expr);
	const values = new Set<string>();
	for (const r of [
		new RegExp(`${x}\\s*:=\\s*'([a-z_]+)'`, 'gi'),
		new RegExp(`${x}\\s*=\\s*'([a-z_]+)'`, 'gi')
	])
		for (const match of src.matchAll(r)) values.add(match[1]);
	for (const match of src.matchAll(new RegExp(`${x}\\s+in\\s*\\(([^)]*)\\)`, 'gi')))
		for (const lit of match[1].matchAll(/'([a-z_]+)'/g)) values.add(lit[1]);
	return [...values];
}

/** The kinds one kind expression can give: a literal, 'prefix_' || variable, or a variable. */
function kindsOf(expr: string, src: string, where: string): string[] {
	const literal = /^'([a-z_]+)'$/.exec(expr);
	if (literal) return [literal[1]];
	const concat = /^'([a-z_]+)'\s*\|\|\s*([a-z_.]+)$/i.exec(expr);
	const variable = /^([a-z_.]+)$/i.exec(expr);
	const [prefix, name] = concat ? [concat[1], concat[2]] : variable ? ['', variable[1]] : ['', ''];
	const values = name ? valuesOf(name, src) : [];
	if (values.length === 0)
		throw new Error(`${where}: cannot tell which kinds "${expr}" gives; make it a literal`);
	return values.map((v) => prefix + v);
}

/** Every notification a piece of SQL can write: public.notify(...) and inserts. */
function producers(src: string, where: string): Producer[] {
	const found: Producer[] = [];
	for (const call of src.matchAll(/\b(?:public\.)?notify\s*\(/gi)) {
		const args = argumentsAt(src, call.index! + call[0].length - 1);
		const link = args[3] && !/^null$/i.test(args[3]) ? args[3] : null;
		for (const kind of kindsOf(args[1], src, where)) found.push({ kind, link, where });
	}
	for (const insert of src.matchAll(
		/insert\s+into\s+public\.notifications\s*\(([^)]*)\)\s*(values\s*\(|select\s)/gi
	)) {
		const columns = insert[1].split(',').map((c) => c.trim());
		const start = insert.index! + insert[0].length;
		let values: string[];
		if (insert[2].toLowerCase().startsWith('values')) values = argumentsAt(src, start - 1);
		else {
			const list = src.slice(start, src.slice(start).search(/\bfrom\b/i) + start);
			values = argumentsAt(`(${list})`, 0);
		}
		const link = values[columns.indexOf('link')] ?? null;
		for (const kind of kindsOf(values[columns.indexOf('kind')], src, where))
			found.push({ kind, link: link && !/^null$/i.test(link) ? link : null, where });
	}
	return found;
}

function serverSources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return serverSources(path);
		return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
	});
}

/** Every notification the database (migrated `db`) and `src/lib/server` can write. */
export async function notificationProducers(db: TestDatabase): Promise<Producer[]> {
	const functions = await db.query<{ name: string; src: string }>(
		`select n.nspname || '.' || p.proname as name, p.prosrc as src
		 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
		 where n.nspname not in ('pg_catalog', 'information_schema')
		   and p.prosrc ~* '(\\mnotify\\s*\\(|insert\\s+into\\s+public\\.notifications)'
		   and not (n.nspname = 'public' and p.proname = 'notify')`
	);
	const all = functions.flatMap((f) => producers(f.src, f.name));
	for (const file of serverSources('src/lib/server')) {
		const src = readFileSync(file, 'utf8');
		// In TypeScript only the schema-qualified call is SQL (rooms.notify() is socket.io).
		const sql = src.replace(/\b(?<!public\.)notify\s*\(/g, 'not_a_call(');
		all.push(...producers(sql, file));
	}
	return all;
}
