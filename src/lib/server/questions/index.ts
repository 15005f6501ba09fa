/** A resident's own questions and the invitations they received: always as the resident (RLS). */
import type { QuestionInput } from '$lib/schemas/question';
import { withUser, type Actor } from '../db/session';
import type { Database, Sql } from '../db/types';
import { suggestIn, type SuggestResult } from '../matching/suggest';
import type { PreferredTime } from '../matching/scoring';
import { themeSlugs } from '../matching/themes';

export type Question = {
	id: string;
	body: string;
	theme_slugs: string[];
	neighbourhood_id: string | null;
	neighbourhood_name: string | null;
	preferred_format: 'in_person' | 'online' | 'either';
	preferred_times: PreferredTime[];
	languages: string[];
	visible_anonymously: boolean;
	consent_to_contact: boolean;
	status: 'open' | 'paused' | 'closed';
	created_at: Date;
	updated_at: Date;
};

const columns = `q.id, q.body, q.theme_slugs, q.neighbourhood_id, n.name as neighbourhood_name,
	q.preferred_format, q.preferred_times, q.languages, q.visible_anonymously,
	q.consent_to_contact, q.status, q.created_at, q.updated_at`;

export function listMyQuestions(db: Database, actor: Actor): Promise<Question[]> {
	return withUser(db, actor, (tx) =>
		tx.query<Question>(
			`select ${columns} from public.questions q
			 left join public.neighbourhoods n on n.id = q.neighbourhood_id
			 where q.user_id = (select auth.uid())
			 order by (q.status = 'closed'), q.created_at desc`
		)
	);
}

async function getIn(tx: Sql, id: string): Promise<Question | null> {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	const [row] = await tx.query<Question>(
		`select ${columns} from public.questions q
		 left join public.neighbourhoods n on n.id = q.neighbourhood_id
		 where q.id = $1`,
		[id]
	);
	return row ?? null;
}

/** One of the actor's questions, or null (someone else's questions do not exist for them). */
export function getMyQuestion(db: Database, actor: Actor, id: string): Promise<Question | null> {
	return withUser(db, actor, (tx) => getIn(tx, id));
}

/** The themes among `slugs` that exist. */
export async function knownThemes(db: Database, actor: Actor, slugs: string[]): Promise<string[]> {
	if (!slugs.length) return [];
	const rows = await withUser(db, actor, (tx) =>
		tx.query<{ slug: string }>(`select slug from public.themes where slug = any ($1::text[])`, [
			slugs
		])
	);
	const known = new Set(rows.map((r) => r.slug));
	return slugs.filter((s) => known.has(s));
}

/** Themes to store: the ones chosen, or else the ones recognised in the text. */
function themesFor(input: QuestionInput): string[] {
	return (input.theme_slugs.length ? input.theme_slugs : themeSlugs(input.body)).slice(0, 5);
}

const params = (input: QuestionInput) => [
	input.body,
	themesFor(input),
	input.neighbourhood_id || null,
	input.preferred_format,
	input.preferred_times,
	input.languages,
	input.visible_anonymously,
	input.consent_to_contact
];

/** Saves a new question in one statement: it is stored whole or not at all. */
export async function createQuestion(db: Database, actor: Actor, input: QuestionInput) {
	const [row] = await withUser(db, actor, (tx) =>
		tx.query<{ id: string }>(
			`insert into public.questions
			   (body, theme_slugs, neighbourhood_id, preferred_format, preferred_times, languages,
			    visible_anonymously, consent_to_contact)
			 values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
			params(input)
		)
	);
	return row.id;
}

export async function updateQuestion(
	db: Database,
	actor: Actor,
	id: string,
	input: QuestionInput
): Promise<boolean> {
	const rows = await withUser(db, actor, (tx) =>
		tx.query(
			`update public.questions
			 set body = $2, theme_slugs = $3, neighbourhood_id = $4, preferred_format = $5,
			   preferred_times = $6, languages = $7, visible_anonymously = $8, consent_to_contact = $9
			 where id = $1 returning id`,
			[id, ...params(input)]
		)
	);
	return rows.length === 1;
}

export async function setQuestionStatus(
	db: Database,
	actor: Actor,
	id: string,
	status: Question['status']
): Promise<boolean> {
	const rows = await withUser(db, actor, (tx) =>
		tx.query(`update public.questions set status = $2 where id = $1 returning id`, [id, status])
	);
	return rows.length === 1;
}

/** Circles for one of the actor's questions, with reasons. */
export function suggestionsForQuestion(
	db: Database,
	actor: Actor,
	id: string
): Promise<{ question: Question; result: SuggestResult } | null> {
	return withUser(db, actor, async (tx) => {
		const question = await getIn(tx, id);
		if (!question) return null;
		const result = await suggestIn(tx, {
			text: question.body,
			themes: question.theme_slugs,
			neighbourhood: question.neighbourhood_id,
			format: question.preferred_format,
			times: question.preferred_times,
			languages: question.languages
		});
		return { question, result };
	});
}

export type Invitation = {
	id: string;
	circle_id: string;
	circle_name: string | null;
	circle_name_en: string | null;
	circle_slug: string | null;
	source: string;
	/** 'host': the hosts offer this member to co-host; 'member': an invitation to join. */
	role: 'member' | 'host';
	created_at: Date;
};

/** Invitations waiting for the actor's answer. */
export function myPendingInvitations(db: Database, actor: Actor): Promise<Invitation[]> {
	return withUser(db, actor, (tx) =>
		tx.query<Invitation>(
			`select i.id, i.circle_id, c.name as circle_name, c.name_en as circle_name_en,
			   c.slug as circle_slug, i.source, i.role, i.created_at
			 from public.circle_invitations i
			 left join public.circles c on c.id = i.circle_id
			 where i.user_id = (select auth.uid()) and i.status = 'pending'
			 order by i.created_at desc`
		)
	);
}

/** Accepts an invitation; returns the circle's slug, or null when there is no open invitation. */
export async function acceptInvitation(db: Database, actor: Actor, id: string) {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
	return withUser(db, actor, async (tx) => {
		const [mine] = await tx.query(
			`select 1 from public.circle_invitations where id = $1 and status = 'pending'`,
			[id]
		);
		if (!mine) return null;
		// Called once on its own: inside a WHERE it would run for every circle row.
		const [accepted] = await tx.query<{ circle_id: string }>(
			`select public.accept_circle_invitation($1) as circle_id`,
			[id]
		);
		const [row] = await tx.query<{ slug: string }>(
			`select slug from public.circles where id = $1`,
			[accepted.circle_id]
		);
		return row?.slug ?? null;
	});
}

export async function declineInvitation(db: Database, actor: Actor, id: string) {
	if (!/^[0-9a-f-]{36}$/i.test(id)) return false;
	const rows = await withUser(db, actor, (tx) =>
		tx.query(
			`update public.circle_invitations set status = 'declined', responded_at = now()
			 where id = $1 and status = 'pending' returning id`,
			[id]
		)
	);
	return rows.length === 1;
}
