/**
 * A workbench for choosing how many themes to name (not part of any check): reads every
 * writer's set with a theme model trained without it (as train:matching does) once, keeps
 * each question's candidates (judge features, labelled or not, protected phrase) in
 * /tmp/theme-lab.json, so the judge and the ways of choosing themes can be compared
 * leave-one-set-out in seconds instead of minutes.
 *
 *   npx tsx scripts/theme-lab.ts read     # the slow part (one model per writer)
 *   npx tsx scripts/theme-lab.ts          # compares the ways of choosing
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { compile, themeGuesses } from '../src/lib/server/matching/theme-model';
import { judge, type Judge } from '../src/lib/server/matching/theme-judge';
import { candidates, proposeThemes } from '../src/lib/server/matching/themes';
import { base, blinds, train, trainJudge, written } from './train-theme-model';

type Cand = { slug: string; f: number[]; y: boolean; kept: boolean; named: boolean };
type Q = { labels: string[]; cands: Cand[] };
const cache = process.env.THEME_LAB ?? '/tmp/theme-lab.json';

function read() {
	// LAB_WRITERS=blind5,train8q reads only these (one process per share of writers; the
	// caches are merged in the writers' order before comparing).
	const only = (process.env.LAB_WRITERS ?? '').split(',').filter(Boolean);
	const writers = Object.fromEntries(
		Object.entries({ ...blinds, ...written }).filter(([n]) => !only.length || only.includes(n))
	);
	const all = [...base, ...Object.values(blinds).flat()];
	const out: Record<string, Q[]> = {};
	for (const [name, set] of Object.entries(writers)) {
		if (!set.length) continue;
		const m = compile(train(all.filter((e) => !set.includes(e))));
		out[name] = set.map((e) => {
			const reading = proposeThemes(e.text, 3, undefined, (t) => themeGuesses(t, m));
			return {
				labels: e.themes,
				cands: candidates(reading).map((c) => ({
					slug: c.slug,
					f: c.features,
					y: e.themes.includes(c.slug),
					named: reading.themes.some((t) => t.slug === c.slug),
					kept:
						reading.themes.some((t) => t.slug === c.slug) &&
						reading.read.phrased.has(c.slug) &&
						(reading.read.scores.get(c.slug) ?? 0) >= 1
				}))
			};
		});
		console.error(name, set.length);
	}
	writeFileSync(cache, JSON.stringify(out));
}

type Scored = { labels: string[]; cands: (Cand & { p: number })[] }[];
type Choose = (q: Scored[number]) => string[];

function figures(sets: Record<string, Scored>, choose: Choose, cap = Infinity) {
	let labelled = 0,
		found = 0,
		named = 0,
		right = 0,
		primary = 0,
		withThemes = 0;
	for (const set of Object.values(sets))
		for (const q of set) {
			const themes = choose(q).slice(0, cap);
			named += themes.length;
			right += themes.filter((t) => q.labels.includes(t)).length;
			labelled += q.labels.length;
			found += q.labels.filter((t) => themes.includes(t)).length;
			if (q.labels.length) {
				withThemes++;
				if (themes.includes(q.labels[0])) primary++;
			}
		}
	const r = (x: number) => Math.round(x * 1000) / 1000;
	return {
		recall: r(found / labelled),
		precision: r(right / named),
		primary: r(primary / withThemes),
		per_q: r(named / Object.values(sets).flat().length)
	};
}

/** As judgeReading: threshold, the likeliest from the floor, protected phrases, at most max. */
export function chooser(o: {
	threshold: number;
	floor: number;
	max: number;
	fourth?: number;
	perTheme?: Map<string, number>;
	relative?: number;
}): Choose {
	return (q) => {
		const s = [...q.cands].sort((a, b) => b.p - a.p);
		const top = s[0]?.p ?? 0;
		const out: string[] = [];
		for (const [i, c] of s.entries()) {
			const t = o.perTheme?.get(c.slug) ?? o.threshold;
			const place = out.length;
			const need = place >= 3 && o.fourth !== undefined ? Math.max(t, o.fourth) : t;
			const ok =
				(c.p >= need && (!o.relative || c.p >= o.relative * top)) ||
				(i === 0 && c.p >= o.floor) ||
				(c.kept && place < 3);
			if (ok) out.push(c.slug);
			if (out.length >= o.max) break;
		}
		return out;
	};
}

function main() {
	if (process.argv[2] === 'read' || !existsSync(cache)) read();
	const data = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, Q[]>;
	// LAB_EXPAND=1: each theme its own trust in each reader (theme x model logit, theme x rule score).
	if (process.env.LAB_EXPAND)
		for (const set of Object.values(data))
			for (const q of set)
				for (const c of q.cands) {
					const hot = c.f.slice(18, 39);
					c.f = [...c.f, ...hot.map((h) => h * c.f[7]), ...hot.map((h) => h * c.f[0])];
				}
	const names = Object.keys(data);
	const weightOf = (name: string) => Number(JSON.parse(process.env.LAB_WEIGHTS ?? '{}')[name] ?? 1);
	const rows = (ns: string[]) =>
		ns.flatMap((n) =>
			data[n].flatMap((q) =>
				q.cands.map((c) => ({ features: c.f, labelled: c.y, weight: weightOf(n) }))
			)
		);
	// Each writer scored by a judge fitted on the others.
	const scored: Record<string, Scored> = {};
	const judges: Record<string, Judge> = {};
	for (const n of names) {
		const j = trainJudge(rows(names.filter((x) => x !== n)));
		judges[n] = j;
		scored[n] = data[n].map((q) => ({
			labels: q.labels,
			cands: q.cands.map((c) => ({ ...c, p: judge(j, c.f) }))
		}));
	}
	const show = (label: string, choose: Choose) =>
		console.log(
			JSON.stringify({ label, all: figures(scored, choose), first3: figures(scored, choose, 3) })
		);
	show('shipped 0.2/0.15 max3', chooser({ threshold: 0.2, floor: 0.15, max: 3 }));
	for (const t of [0.15, 0.25, 0.3, 0.35])
		show(`t${t} max3`, chooser({ threshold: t, floor: 0.15, max: 3 }));
	for (const f of [0.3, 0.4, 0.5, 0.6])
		show(`max4 fourth ${f}`, chooser({ threshold: 0.2, floor: 0.15, max: 4, fourth: f }));
	for (const r of [0.1, 0.2, 0.3])
		show(`relative ${r}`, chooser({ threshold: 0.2, floor: 0.15, max: 3, relative: r }));
	// Per-theme thresholds, each writer's chosen on the other writers' scored questions.
	const grid = [0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3, 0.35, 0.4];
	const aim = Number(process.env.LAB_AIM ?? 1); // F-beta: recall weighed aim times precision
	const perTheme: Record<string, Map<string, number>> = {};
	for (const n of names) {
		const others = Object.fromEntries(names.filter((x) => x !== n).map((x) => [x, scored[x]]));
		const themes = [
			...new Set(Object.values(data).flatMap((s) => s.flatMap((q) => q.cands.map((c) => c.slug))))
		];
		const map = new Map<string, number>();
		for (const theme of themes) {
			let best = 0.2,
				bestScore = -1;
			for (const t of grid) {
				map.set(theme, t);
				const f = figures(others, chooser({ threshold: 0.2, floor: 0.15, max: 3, perTheme: map }));
				const b2 = aim * aim;
				const score = ((1 + b2) * f.precision * f.recall) / (b2 * f.precision + f.recall);
				if (score > bestScore + 1e-9) {
					bestScore = score;
					best = t;
				}
			}
			map.set(theme, best);
		}
		perTheme[n] = map;
	}
	const perThemeScored: Choose = (q) => {
		const n = names.find((x) => scored[x].includes(q)) as string;
		return chooser({ threshold: 0.2, floor: 0.15, max: 3, perTheme: perTheme[n] })(q);
	};
	show(`per-theme (F${aim})`, perThemeScored);
	const shipped = chooser({ threshold: 0.2, floor: 0.15, max: 3 });
	// LAB_JUDGE=model.json: the same writers scored by that file's judge (one fitted without them).
	if (process.env.LAB_JUDGE) {
		const fixed = (JSON.parse(readFileSync(process.env.LAB_JUDGE, 'utf8')) as { judge: Judge })
			.judge;
		const byFixed = Object.fromEntries(
			names.map((n) => [
				n,
				data[n].map((q) => ({
					labels: q.labels,
					cands: q.cands.map((c) => ({ ...c, p: judge(fixed, c.f) }))
				}))
			])
		);
		const perFixed = names.map((n) => figures({ [n]: byFixed[n] }, shipped));
		const meanFixed = (k: 'recall' | 'precision' | 'primary') =>
			Math.round((perFixed.reduce((a, f) => a + f[k], 0) / perFixed.length) * 1000) / 1000;
		console.log(
			JSON.stringify({
				fixed_judge: process.env.LAB_JUDGE,
				pooled: figures(byFixed, shipped),
				mean_over_writers: {
					recall: meanFixed('recall'),
					precision: meanFixed('precision'),
					primary: meanFixed('primary')
				}
			})
		);
	}
	const per = names.map((n) => figures({ [n]: scored[n] }, shipped));
	const mean = (k: 'recall' | 'precision' | 'primary') =>
		Math.round((per.reduce((a, f) => a + f[k], 0) / per.length) * 1000) / 1000;
	console.log(
		JSON.stringify({
			mean_over_writers: {
				recall: mean('recall'),
				precision: mean('precision'),
				primary: mean('primary')
			}
		})
	);
	names.forEach((n, i) => console.log(n, JSON.stringify(per[i])));
	// Why labelled themes are missed (the shipped way of choosing).
	const why: Record<string, number> = {};
	const extra: Record<string, number> = {};
	for (const set of Object.values(scored))
		for (const q of set) {
			const named = shipped(q);
			for (const t of named) if (!q.labels.includes(t)) extra[t] = (extra[t] ?? 0) + 1;
			for (const t of q.labels) {
				if (named.includes(t)) continue;
				const c = q.cands.find((x) => x.slug === t);
				const k = !c
					? 'set aside by the rules or read as context'
					: c.p >= 0.2
						? 'crowded out by three others'
						: c.f[0] >= 1
							? 'a clear clue the judge turned down'
							: c.f[0] > 0
								? 'a half clue only'
								: c.f[8] >= 0.1
									? 'the model leaning too weakly'
									: 'told only through a situation';
				why[k] = (why[k] ?? 0) + 1;
			}
		}
	console.log(JSON.stringify({ missed: why, extra }));
}

main();
