import { asService } from '../../src/lib/server/db/session';
import type { Database } from '../../src/lib/server/db/types';

export const CIRCLES = Number(process.env.BENCH_CIRCLES ?? 5000);
export const QUERIES = 300;

// A small deterministic generator so every run searches the same city.
let seed = 42;
export const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
export const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];

export const themes = [
	'autism',
	'adhd',
	'parenting',
	'foster-care',
	'family-caregiving',
	'dementia',
	'debt',
	'work',
	'grief',
	'loneliness',
	'brain-injury',
	'chronic-illness',
	'disability',
	'mental-health',
	'newcomers',
	'language',
	'addiction',
	'divorce',
	'older-people',
	'young-carers'
];
const nouns = [
	'ouders',
	'mantelzorgers',
	'buren',
	'lotgenoten',
	'vrouwen',
	'mannen',
	'jongeren',
	'ouderen',
	'gezinnen',
	'parents',
	'carers',
	'neighbours'
];
const topics = [
	'autisme',
	'schulden',
	'rouw',
	'dementie',
	'pleegzorg',
	'eenzaamheid',
	'hersenletsel',
	'taal',
	'werk',
	'scheiding',
	'verslaving',
	'opvoeden',
	'debt',
	'grief',
	'loneliness',
	'autism',
	'dementia'
];
const places = ['buurthuis', 'bibliotheek', 'wijkcentrum', 'kerk', 'online', 'school'];
export const queries = [
	'autisme',
	'autsime',
	'schulden',
	'rouw verlies',
	'mantelzorg dementie',
	'grief',
	'debt help',
	'eenzaam',
	'pleegouders',
	'taal oefenen',
	'werk zoeken',
	'ouders adhd'
];

export async function fillCity(db: Database) {
	await asService(db, async (tx) => {
		for (let i = 0; i < 40; i++) {
			await tx.query(
				`insert into public.neighbourhoods (slug, name, municipality, latitude, longitude) values ($1, $2, 'Benchstad', $3, $4)`,
				[`wijk-${i}`, `Wijk ${i}`, 52 + rand() / 10, 4.6 + rand() / 10]
			);
		}
		const hoods = (await tx.query<{ id: string }>('select id from public.neighbourhoods')).map(
			(r) => r.id
		);
		const batch = 500;
		for (let start = 0; start < CIRCLES; start += batch) {
			const rows = Array.from({ length: Math.min(batch, CIRCLES - start) }, (_, k) => {
				const n = start + k;
				const topic = pick(topics);
				return {
					slug: `kring-${n}`,
					name: `${topic} ${pick(nouns)} ${n}`,
					description: `Een kring over ${topic} voor ${pick(nouns)} in het ${pick(places)}. We praten, luisteren en helpen elkaar met ${pick(topics)}.`,
					themes: [pick(themes), pick(themes)].filter((t, idx, all) => all.indexOf(t) === idx),
					hood: pick(hoods),
					format: pick(['in_person', 'online', 'both'] as const),
					capacity: rand() < 0.3 ? null : 8 + Math.floor(rand() * 20),
					weekdays: [1 + Math.floor(rand() * 7)],
					parts: [pick(['morning', 'afternoon', 'evening'] as const)],
					languages: rand() < 0.2 ? ['nl', 'en'] : ['nl']
				};
			});
			await tx.query(
				`insert into public.circles
				   (slug, name, description, theme_slugs, neighbourhood_id, format, capacity, meeting_weekdays,
				    meeting_parts, languages, status)
				 select r.slug, r.name, r.description, array(select jsonb_array_elements_text(r.themes)),
				   r.hood::uuid, r.format, r.capacity, array(select jsonb_array_elements_text(r.weekdays))::smallint[],
				   array(select jsonb_array_elements_text(r.parts)), array(select jsonb_array_elements_text(r.languages)),
				   'published'
				 from jsonb_to_recordset($1::jsonb) as r(slug text, name text, description text, themes jsonb,
				   hood text, format text, capacity int, weekdays jsonb, parts jsonb, languages jsonb)`,
				[rows]
			);
		}
		// As the app does for PGlite at start (no autovacuum there): fresh planner statistics.
		await tx.query('analyze');
	});
}
