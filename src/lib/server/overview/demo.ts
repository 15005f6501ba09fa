import type { Sql } from '../db/types';
import boundaries from './demo-neighbourhoods.json';

/**
 * The demo town's part for the workers' overview (service path, from seedDemoTown):
 * neighbourhood boundaries for the map, a neighbourhood where debt questions grow
 * (Centrum: 21 asked in the four weeks before, 37 in the last four, enough to be shown
 * past small-count suppression), and a struggling circle whose host has not done anything
 * there for weeks. The extra residents did not agree to be contacted, so they stay out of
 * proposals and invitations that other demo flows count on.
 */

/** Debt questions asked per week in Centrum, by weeks ago (0 = the last 7 days). */
export const DEBT_WEEKS: Record<number, number> = {
	7: 5,
	6: 5,
	5: 5,
	4: 6,
	3: 7,
	2: 8,
	1: 10,
	0: 12
};

/** The demo circle that needs attention: its host has been quiet for 40 days. */
export const STRUGGLING_CIRCLE = 'naasten-van-verslaving';

const debtTexts = [
	'Ik heb schulden en de brieven blijven komen. Ik weet niet meer waar ik moet beginnen.',
	'Sinds ik minder uren werk kom ik niet meer rond. Wie heeft ook schulden en wil praten?',
	'De energierekening is zo hoog geworden. Ik loop achter met betalen en schaam me.',
	'Ik heb een betalingsachterstand bij de zorgverzekering. Hoe pakken anderen dat aan?',
	'Mijn toeslag moet ik terugbetalen en dat lukt niet. Ik zoek hulp en mensen die het kennen.',
	'Every month I am short of money and the debts keep growing. I want to talk to others.'
];
const firstNames = ['Ayla', 'Bart', 'Cem', 'Daphne', 'Erik', 'Fleur', 'Hamza', 'Inge', 'Joris'];
const lastNames = ['Kok', 'Dekker', 'Jacobs', 'van Dijk', 'Brouwer', 'Koster'];

export async function seedOverviewDemo(tx: Sql): Promise<void> {
	for (const f of boundaries.features) {
		await tx.query(
			`update public.neighbourhoods set boundary = $2::jsonb, code = $3 where slug = $1`,
			[f.properties.slug, f.geometry, f.properties.code]
		);
	}

	let n = 0;
	for (const [weeksAgo, count] of Object.entries(DEBT_WEEKS)) {
		for (let i = 0; i < count; i++) {
			n++;
			const text = debtTexts[n % debtTexts.length];
			const [user] = await tx.query<{ id: string }>(
				`insert into auth.users (email, raw_user_meta_data, email_confirmed_at)
				 values ($1, jsonb_build_object('display_name', $2::text), now()) returning id`,
				[
					`schulden${String(n).padStart(2, '0')}@kring.example`,
					`${firstNames[n % firstNames.length]} ${lastNames[(n * 5) % lastNames.length]}`
				]
			);
			await tx.query(
				`update public.profiles
				 set neighbourhood_id = (select id from public.neighbourhoods where slug = 'centrum'),
				     languages = $2
				 where id = $1`,
				[user.id, text.startsWith('Every') ? ['en', 'nl'] : ['nl']]
			);
			// Spread over the week, never in the future.
			const daysAgo = Number(weeksAgo) * 7 + 1 + (i % 6);
			await tx.query(
				`insert into public.questions
				   (user_id, body, theme_slugs, neighbourhood_id, languages, consent_to_contact, created_at, updated_at)
				 values ($1, $2, '{debt}', (select id from public.neighbourhoods where slug = 'centrum'),
				   $3, false, now() - make_interval(days => $4::int), now() - make_interval(days => $4::int))`,
				[user.id, text, [text.startsWith('Every') ? 'en' : 'nl'], daysAgo]
			);
		}
	}

	// The struggling circle: its host joined and planned its gatherings 40 days ago and
	// has not written since.
	await tx.query(
		`update public.memberships set joined_at = now() - interval '40 days'
		 where role = 'host' and circle_id = (select id from public.circles where slug = $1)`,
		[STRUGGLING_CIRCLE]
	);
	await tx.query(
		`update public.gatherings set created_at = now() - interval '40 days'
		 where circle_id = (select id from public.circles where slug = $1)`,
		[STRUGGLING_CIRCLE]
	);
}
