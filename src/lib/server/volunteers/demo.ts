/**
 * The volunteer side of the demo town: real profiles for the demo volunteer (Joke) and the
 * 15 other volunteers, open help requests from residents and from a circle's host, and six
 * residents in Centrum who need help with their tax forms on Saturday morning, enough for a
 * collective proposal that Fatima (the demo worker) can turn into a gathering.
 *
 * Joke has one seeded request that fits her (help with a phone app in Centrum on Wednesday
 * morning), so the demo volunteer has something to say yes to from the first visit, and keeps
 * room for a new paperwork request in Ridderveld on a weekday evening (the end-to-end test asks
 * one as Sanne).
 */
import type { Sql } from '../db/types';
import { proposeCollectives } from './job';

type DemoVolunteer = {
	email: string;
	skills: string[];
	languages: string[];
	places: string[];
	online?: boolean;
	availability: string[];
	hours: number;
	vog?: boolean;
	intro: string;
	experience?: string[];
};

const volunteerProfiles: DemoVolunteer[] = [
	{
		email: 'joke@kring.example',
		skills: ['paperwork-and-money', 'listening-ear', 'digital-help'],
		languages: ['nl', 'en'],
		places: ['centrum', 'ridderveld'],
		availability: ['2-evening', '3-morning', '4-evening'],
		hours: 4,
		vog: true,
		intro: 'Ik was boekhouder. Ik help graag met post, formulieren en een plan voor geld.'
	},
	{
		email: 'v01@kring.example',
		skills: ['transport', 'listening-ear'],
		languages: ['nl'],
		places: ['ridderveld', 'centrum'],
		availability: ['1-morning', '3-afternoon', '5-morning'],
		hours: 3,
		intro: 'Ik heb een auto en tijd overdag.'
	},
	{
		email: 'v02@kring.example',
		skills: ['childcare', 'language-practice'],
		languages: ['nl', 'ar'],
		places: ['kerk-en-zanen', 'centrum'],
		availability: ['1-afternoon', '3-afternoon', '4-evening'],
		hours: 4,
		vog: true,
		intro: 'Moeder van drie, spreek Arabisch. Oppassen en taalmaatje.'
	},
	{
		email: 'v03@kring.example',
		skills: ['paperwork-and-money'],
		languages: ['nl', 'tr'],
		places: ['kerk-en-zanen'],
		availability: ['1-morning'],
		hours: 2,
		intro: 'Ik help met toeslagen en formulieren, op maandagochtend.'
	},
	{
		email: 'v04@kring.example',
		skills: ['circle-facilitation', 'experience-expert'],
		experience: ['autism', 'parenting'],
		languages: ['nl'],
		places: ['ridderveld'],
		availability: ['2-evening', '4-evening'],
		hours: 3,
		intro: 'Vader van een autistische zoon. Ik leid graag een gesprek.'
	},
	{
		email: 'v05@kring.example',
		skills: ['digital-help'],
		languages: ['nl', 'en'],
		places: [],
		online: true,
		availability: ['1-evening', '2-evening', '3-evening'],
		hours: 2,
		intro: 'ICT-er. Hulp met telefoon, DigiD en e-mail, ook online.'
	},
	{
		email: 'v06@kring.example',
		skills: ['meeting-room'],
		languages: ['nl'],
		places: ['centrum'],
		availability: ['2-morning', '2-afternoon', '4-afternoon'],
		hours: 6,
		intro: 'Beheerder van de buurtkamer aan de Hoofdstraat.'
	},
	{
		email: 'v07@kring.example',
		skills: ['listening-ear', 'experience-expert'],
		experience: ['grief'],
		languages: ['nl'],
		places: ['kerk-en-zanen', 'ridderveld'],
		availability: ['5-afternoon', '6-afternoon'],
		hours: 2,
		intro: 'Ik verloor mijn man. Ik luister graag.'
	},
	{
		email: 'v08@kring.example',
		skills: ['childcare'],
		languages: ['nl', 'pl'],
		places: ['ridderveld'],
		availability: ['4-evening', '5-evening'],
		hours: 3,
		intro: 'Student pedagogiek. VOG is aangevraagd.'
	},
	{
		email: 'v09@kring.example',
		skills: ['transport'],
		languages: ['nl'],
		places: ['kerk-en-zanen'],
		availability: ['2-morning', '4-morning'],
		hours: 4,
		intro: 'Gepensioneerd, rij graag.'
	},
	{
		email: 'v10@kring.example',
		skills: ['language-practice', 'listening-ear'],
		languages: ['nl', 'uk', 'pl'],
		places: ['centrum'],
		availability: ['3-evening', '6-afternoon'],
		hours: 2,
		intro: 'Taalmaatje voor nieuwkomers.'
	},
	{
		email: 'v11@kring.example',
		skills: ['circle-facilitation'],
		languages: ['nl', 'en'],
		places: ['centrum', 'kerk-en-zanen'],
		availability: ['3-evening', '5-evening'],
		hours: 2,
		intro: 'Ik begeleid graag een groep.'
	}
];

type DemoRequest = {
	email: string;
	skill: string;
	place: string | null;
	slots: string[];
	hours: number;
	body: string;
	children?: boolean;
	circle?: string;
	online?: boolean;
};

const requests: DemoRequest[] = [
	{
		email: 'r01@kring.example',
		skill: 'transport',
		place: 'ridderveld',
		slots: ['3-afternoon'],
		hours: 1.5,
		body: 'Vervoer naar het ziekenhuis voor controle.'
	},
	{
		email: 'r02@kring.example',
		skill: 'childcare',
		place: 'kerk-en-zanen',
		slots: ['4-evening'],
		hours: 2,
		children: true,
		body: 'Oppas voor twee kinderen op donderdagavond, dan heb ik mijn cursus.'
	},
	{
		email: 'r03@kring.example',
		skill: 'language-practice',
		place: 'centrum',
		slots: ['3-evening'],
		hours: 1,
		body: 'Ik wil beter Nederlands praten.'
	},
	{
		email: 'mohamed@kring.example',
		skill: 'circle-facilitation',
		place: 'ridderveld',
		slots: ['4-evening'],
		hours: 2,
		circle: 'autisme-cafe-ridderveld',
		body: 'Een co-host voor ons autisme-café op donderdagavond.'
	},
	{
		email: 'r26@kring.example',
		skill: 'digital-help',
		place: 'centrum',
		slots: ['3-morning'],
		hours: 1,
		body: 'Mijn DigiD-app doet het niet meer. Wie kan een keer naast me zitten en het met me instellen?'
	}
];

/** Six residents in Centrum with tax forms on Saturday morning: a collective proposal. */
const taxForms = ['r31', 'r34', 'r37', 'r40', 'r43', 'r46'];

export async function seedVolunteerDemo(tx: Sql, ids: Map<string, string>) {
	const place = async (slug: string) =>
		(
			await tx.query<{ id: string }>(`select id from public.neighbourhoods where slug = $1`, [slug])
		)[0]?.id;
	const [{ id: fatima }] = await tx.query<{ id: string }>(
		`select id from auth.users where email = 'fatima@kring.example'`
	);
	for (const v of volunteerProfiles) {
		const user = ids.get(v.email);
		if (!user) continue;
		const places = [];
		for (const p of v.places) places.push(await place(p));
		await tx.query(
			`insert into public.volunteer_profiles
			   (user_id, intro, skills, experience_themes, languages, neighbourhood_ids, online, availability,
			    hours_per_week, vog_status, vog_date, vog_recorded_by)
			 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
			 on conflict (user_id) do nothing`,
			[
				user,
				v.intro,
				v.skills,
				v.experience ?? [],
				v.languages,
				places,
				v.online ?? false,
				v.availability,
				v.hours,
				v.vog ? 'valid' : v.email === 'v08@kring.example' ? 'requested' : 'none',
				v.vog ? '2026-03-02' : null,
				v.vog ? fatima : null
			]
		);
	}
	const all = [
		...requests,
		...taxForms.map((r) => ({
			email: `${r}@kring.example`,
			skill: 'paperwork-and-money',
			place: 'centrum',
			slots: ['6-morning'],
			hours: 1.5,
			body: 'Hulp bij mijn belastingaangifte en de toeslagen.'
		}))
	] as DemoRequest[];
	for (const r of all) {
		const user = ids.get(r.email);
		if (!user) continue;
		await tx.query(
			`insert into public.help_requests
			   (requester_id, circle_id, skill_slug, neighbourhood_id, online, time_slots, hours, involves_children, body)
			 values ($1, (select id from public.circles where slug = $2), $3, $4, $5, $6, $7, $8, $9)`,
			[
				user,
				r.circle ?? null,
				r.skill,
				r.place ? await place(r.place) : null,
				r.online ?? false,
				r.slots,
				r.hours,
				r.children ?? false,
				r.body
			]
		);
	}
	await proposeCollectives(tx, 5);
}
