import type { StoryInput, VoiceAnswer } from '$lib/schemas/voices';
import { withUser, type Actor, type Database, type Sql } from '../db';
import type { VoiceCount } from './aggregate';

export { voiceTable } from './aggregate';

/** A round: after an answer or a "not now", the question stays away this long. */
export const voiceRoundDays = 120;
/** A new member is asked only after settling in. */
export const voiceAfterJoiningDays = 28;

/**
 * Whether to ask the actor about this circle now: a member for four weeks or more, with
 * no answer and no "not now" in this round. Never for anyone else.
 */
export async function shouldAskVoiceIn(tx: Sql, circleId: string): Promise<boolean> {
	const [row] = await tx.query<{ ask: boolean }>(
		`select exists (
		   select 1 from public.memberships m
		   where m.circle_id = $1 and m.user_id = (select auth.uid())
		     and m.joined_at <= now() - make_interval(days => $2)
		 ) and not exists (
		   select 1 from public.circle_voices v
		   where v.circle_id = $1 and v.user_id = (select auth.uid())
		     and v.created_at > now() - make_interval(days => $3)
		 ) as ask`,
		[circleId, voiceAfterJoiningDays, voiceRoundDays]
	);
	return Boolean(row?.ask);
}

export function shouldAskVoice(db: Database, actor: Actor, circleId: string) {
	if (!actor) return Promise.resolve(false);
	return withUser(db, actor, (tx) => shouldAskVoiceIn(tx, circleId));
}

/** Stores an answer, or "not now" (`null`). False when the actor may not answer now. */
export function answerVoice(
	db: Database,
	actor: Actor,
	circleId: string,
	answer: VoiceAnswer | null
): Promise<boolean> {
	return withUser(db, actor, async (tx) => {
		if (!(await shouldAskVoiceIn(tx, circleId))) return false;
		await tx.query(
			`insert into public.circle_voices (circle_id, status, helps_with, missing)
			 values ($1, $2, $3, $4)`,
			[circleId, answer ? 'answered' : 'skipped', answer?.helps_with ?? [], answer?.missing ?? []]
		);
		return true;
	});
}

/** The raw counts of the actor's area (workers) or all (admins); show only through voiceTable. */
export function voiceCounts(db: Database, actor: Actor): Promise<VoiceCount[]> {
	return withUser(db, actor, (tx) =>
		tx.query<VoiceCount>(
			`select neighbourhood_id, theme_slug, question, option, people
			 from private.circle_voice_counts()`
		)
	);
}

export type MyStory = {
	id: string;
	title: string;
	body: string;
	theme_slugs: string[];
	neighbourhood_id: string | null;
	named: boolean;
	created_at: Date;
};

export function myStories(db: Database, actor: Actor): Promise<MyStory[]> {
	return withUser(db, actor, (tx) =>
		tx.query<MyStory>(
			`select id, title, body, theme_slugs, neighbourhood_id, named, created_at
			 from public.resident_stories where user_id = (select auth.uid()) order by created_at desc`
		)
	);
}

export function shareStory(db: Database, actor: Actor, story: StoryInput): Promise<string> {
	return withUser(db, actor, async (tx) => {
		const [row] = await tx.query<{ id: string }>(
			`insert into public.resident_stories (title, body, theme_slugs, neighbourhood_id, named)
			 values ($1, $2, $3, $4, $5) returning id`,
			[story.title, story.body, story.theme_slugs, story.neighbourhood_id, story.named]
		);
		return row.id;
	});
}

/** Withdrawing removes the story: nothing of it stays. */
export function withdrawStory(db: Database, actor: Actor, id: string): Promise<boolean> {
	return withUser(db, actor, async (tx) => {
		const rows = await tx.query(
			`delete from public.resident_stories where id = $1 and user_id = (select auth.uid()) returning id`,
			[id]
		);
		return rows.length > 0;
	});
}

export type MunicipalStory = {
	id: string;
	title: string;
	body: string;
	theme_slugs: string[];
	neighbourhood: string | null;
	/** Only when the writer chose to be named. */
	author: string | null;
	created_at: Date;
};

/** Stories as workers and admins read them; empty for anyone else. */
export function storiesForMunicipality(db: Database, actor: Actor): Promise<MunicipalStory[]> {
	return withUser(db, actor, (tx) =>
		tx.query<MunicipalStory>(`select * from private.stories_for_municipality()`)
	);
}
