import { withUser, type Database, type Sql } from '../db';
import type { SessionUser } from '../auth';

/** What a resident can agree to (consent_texts.purpose). */
export const CONSENT_PURPOSES = ['contact', 'seen_anonymously', 'volunteer_matching'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** One consent record as the resident's privacy page shows it. */
export type ConsentRecord = {
	id: string;
	purpose: ConsentPurpose;
	text_version: number;
	/** The exact sentence agreed to, in the reader's language. */
	text: string;
	given_at: Date;
	withdrawn_at: Date | null;
	/** Still in force: not withdrawn, and the question or request still exists. */
	standing: boolean;
	/** The start of the question or the request's skill, so the resident knows which. */
	subject: string | null;
	subject_kind: 'question' | 'help_request';
	subject_link: string | null;
};

const RECORDS = `
	select r.id, r.purpose, r.text_version,
	  case when $1 = 'en' then t.body_en else t.body_nl end as text,
	  r.given_at, r.withdrawn_at,
	  (r.withdrawn_at is null and (r.question_id is not null or r.help_request_id is not null)) as standing,
	  case when r.purpose = 'volunteer_matching' then 'help_request' else 'question' end as subject_kind,
	  coalesce(left(q.body, 80), nullif(left(h.body, 80), ''), h.skill_slug) as subject,
	  case when q.id is not null then '/questions/' || q.id
	       when h.id is not null then '/requests/' || h.id end as subject_link
	from public.consent_records r
	join public.consent_texts t on t.purpose = r.purpose and t.version = r.text_version
	left join public.questions q on q.id = r.question_id
	left join public.help_requests h on h.id = r.help_request_id
	where r.user_id = (select auth.uid())`;

/** Every consent the person gave, newest first, with the text and version they agreed to. */
export function listMyConsents(
	db: Database,
	user: SessionUser,
	locale: 'nl' | 'en' = 'nl'
): Promise<ConsentRecord[]> {
	return withUser(db, user, (tx) =>
		tx.query<ConsentRecord>(`${RECORDS} order by r.given_at desc, r.purpose`, [locale])
	);
}

/** The sentence the forms show now for a purpose, with its version. */
export async function currentConsentText(
	tx: Sql,
	purpose: ConsentPurpose,
	locale: 'nl' | 'en'
): Promise<{ version: number; text: string }> {
	const [row] = await tx.query<{ version: number; text: string }>(
		`select version, case when $2 = 'en' then body_en else body_nl end as text
		 from public.consent_texts where purpose = $1 order by version desc limit 1`,
		[purpose, locale]
	);
	return row;
}

/**
 * Withdraws one consent at once: turns its switch off as the person (row-level security
 * lets only the owner do that), and the database records the withdrawal and takes the
 * question out of every proposal, or pauses the request, which withdraws every proposal to
 * a volunteer. Returns false when it is not the person's or already withdrawn.
 */
export function withdrawConsent(db: Database, user: SessionUser, id: string): Promise<boolean> {
	return withUser(db, user, async (tx) => {
		const [r] = await tx.query<{
			purpose: ConsentPurpose;
			question_id: string | null;
			help_request_id: string | null;
		}>(
			`select purpose, question_id, help_request_id from public.consent_records
			 where id = $1 and user_id = (select auth.uid()) and withdrawn_at is null`,
			[id]
		);
		if (!r) return false;
		if (r.purpose === 'volunteer_matching' && r.help_request_id) {
			await tx.query(
				`update public.help_requests set status = 'paused' where id = $1 and status in ('open', 'matched')`,
				[r.help_request_id]
			);
		} else if (r.question_id) {
			const column = r.purpose === 'contact' ? 'consent_to_contact' : 'visible_anonymously';
			await tx.query(`update public.questions set ${column} = false where id = $1`, [
				r.question_id
			]);
		} else {
			return false;
		}
		const [after] = await tx.query<{ withdrawn: boolean }>(
			`select withdrawn_at is not null as withdrawn from public.consent_records where id = $1`,
			[id]
		);
		return Boolean(after?.withdrawn);
	});
}
