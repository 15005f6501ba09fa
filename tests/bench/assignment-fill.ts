/** The synthetic city of the assignment benchmark (tests/bench/assignment.ts). */
import { asService } from '../../src/lib/server/db/session';
import type { Database } from '../../src/lib/server/db/types';

const skills = [
	'listening-ear',
	'circle-facilitation',
	'childcare',
	'transport',
	'paperwork-and-money',
	'language-practice',
	'digital-help',
	'meeting-room'
];
const languages = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'];
const parts = ['morning', 'afternoon', 'evening'];

function rng(seed: number) {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function pickSome<T>(random: () => number, list: readonly T[], min: number, max: number): T[] {
	const n = min + Math.floor(random() * (max - min + 1));
	const copy = [...list];
	const out: T[] = [];
	while (out.length < n && copy.length)
		out.push(copy.splice(Math.floor(random() * copy.length), 1)[0]);
	return out;
}

const slot = (random: () => number) =>
	`${1 + Math.floor(random() * 7)}-${parts[Math.floor(random() * 3)]}`;

export async function fillCity(db: Database, volunteers: number, requests: number, seed = 7) {
	const random = rng(seed);
	await asService(db, async (tx) => {
		// 40 neighbourhoods on a 8 × 5 grid about 1.5 km apart.
		await tx.query(
			`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude)
			 select 'bench-' || i, 'Wijk ' || i, 'Benchstad', 52.10 + (i / 8) * 0.0135, 4.60 + (i % 8) * 0.022
			 from generate_series(0, 39) i`
		);
		const places = await tx.query<{ id: string }>(
			`select id from public.neighbourhoods where slug like 'bench-%' order by slug`
		);
		const residents = Math.ceil(requests / 2);
		await tx.query(
			`insert into auth.users (email, raw_user_meta_data)
			 select 'bench-' || kind || i || '@bench.example', jsonb_build_object('display_name', 'Bench ' || i)
			 from (values ('v', $1::int), ('r', $2::int)) k(kind, n), generate_series(1, n) i`,
			[volunteers, residents]
		);
		const vIds = (
			await tx.query<{ id: string }>(
				`select id from auth.users where email like 'bench-v%' order by email`
			)
		).map((r) => r.id);
		const rIds = (
			await tx.query<{ id: string }>(
				`select id from auth.users where email like 'bench-r%' order by email`
			)
		).map((r) => r.id);
		const vRows = vIds.map((id) => {
			const home = Math.floor(random() * places.length);
			const covered = [home, ...pickSome(random, [...places.keys()], 0, 3)];
			return {
				user_id: id,
				skills: pickSome(random, skills, 1, 3),
				languages: ['nl', ...pickSome(random, languages.slice(1), 0, 1)],
				neighbourhood_ids: [...new Set(covered)].map((i) => places[i].id),
				online: random() < 0.2,
				availability: [
					...new Set(Array.from({ length: 3 + Math.floor(random() * 6) }, () => slot(random)))
				],
				hours_per_week: 2 + Math.floor(random() * 7),
				vog: random() < 0.4
			};
		});
		await tx.query(
			`insert into public.volunteer_profiles
			   (user_id, skills, languages, neighbourhood_ids, online, availability, hours_per_week, vog_status, vog_date)
			 select user_id, skills, languages, neighbourhood_ids, online, availability, hours_per_week,
			   case when vog then 'valid' else 'none' end, case when vog then current_date - 30 end
			 from jsonb_to_recordset($1::text::jsonb) as x(user_id uuid, skills text[], languages text[],
			   neighbourhood_ids uuid[], online boolean, availability text[], hours_per_week numeric, vog boolean)`,
			[JSON.stringify(vRows)]
		);
		const qRows = Array.from({ length: requests }, (_, i) => {
			const skill = skills[Math.floor(random() * skills.length)];
			const online = skill !== 'childcare' && skill !== 'transport' && random() < 0.15;
			return {
				requester_id: rIds[i % rIds.length],
				skill_slug: skill,
				neighbourhood_id: places[Math.floor(random() * places.length)].id,
				online,
				time_slots: [
					...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => slot(random)))
				],
				hours: [0.5, 1, 1, 1.5, 2, 2, 3, 4][Math.floor(random() * 8)],
				urgency: random() < 0.1 ? 'high' : random() < 0.2 ? 'low' : 'normal',
				involves_children: skill === 'childcare' || random() < 0.05,
				home_visit: random() < 0.08,
				languages: random() < 0.8 ? ['nl'] : [languages[1 + Math.floor(random() * 5)]],
				created_at: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString()
			};
		});
		await tx.query(
			`insert into public.help_requests
			   (requester_id, skill_slug, neighbourhood_id, online, time_slots, hours, urgency,
			    involves_children, home_visit, languages, created_at)
			 select requester_id, skill_slug, neighbourhood_id, online, time_slots, hours, urgency,
			   involves_children, home_visit, languages, created_at
			 from jsonb_to_recordset($1::text::jsonb) as x(requester_id uuid, skill_slug text, neighbourhood_id uuid,
			   online boolean, time_slots text[], hours numeric, urgency text, involves_children boolean,
			   home_visit boolean, languages text[], created_at timestamptz)`,
			[JSON.stringify(qRows)]
		);
	});
	await db.exec('analyze');
}
