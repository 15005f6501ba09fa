/**
 * The proposals job: reads open, consenting questions and the circles that already serve
 * people (service path: a system job, see DESIGN.md), groups the rest with cluster.ts, and
 * stores the groups as proposals for neighbourhood workers. Idempotent: a proposal is
 * identified by its need and place (group_key), so a second run updates the same rows,
 * and questions already behind a seeded circle never come back.
 */
import { asService } from '../db/session';
import type { Database, Sql } from '../db/types';
import { proposeGroups, type ClusterQuestion, type Place, type ProposedGroup } from './cluster';
import { meaningfulWords } from './analyse';
import { themeSlugs } from './themes';
import { log } from '../log';

export type RunTrigger = 'schedule' | 'worker' | 'test' | 'bench';

export type RunResult = {
	runId: string;
	questions: number;
	created: number;
	updated: number;
	closed: number;
	/** True when another run was already going; its id is returned. */
	alreadyRunning: boolean;
};

/** Neighbourhoods within this distance of each other are "nearby" (for grouping and for workers). */
export const nearbyKm = 3;

// One run per process at a time; the database check below covers other processes.
const running = new Map<Database, Promise<RunResult>>();

async function setProgress(db: Database, runId: string, progress: number, step: string) {
	await asService(db, (tx) =>
		tx.query(`update public.proposal_runs set progress = $2, step = $3 where id = $1`, [
			runId,
			progress,
			step
		])
	);
}

type QuestionRow = {
	id: string;
	body: string;
	theme_slugs: string[];
	neighbourhood_id: string | null;
	preferred_times: string[];
	preferred_format: ClusterQuestion['format'];
	languages: string[];
	visible_anonymously: boolean;
	created_at: Date | string;
	/** Themes of the published circles the asker already belongs to. */
	member_themes: string[];
};

/** Open questions whose owners consented, minus those already behind a seeded circle. */
export async function loadEligibleQuestions(tx: Sql): Promise<ClusterQuestion[]> {
	const rows = await tx.query<QuestionRow>(
		`select q.id, q.body, q.theme_slugs, q.neighbourhood_id, q.preferred_times,
		   q.preferred_format, q.languages, q.visible_anonymously, q.created_at,
		   array(select distinct t from public.memberships m
		     join public.circles c on c.id = m.circle_id, unnest(c.theme_slugs) as t
		     where m.user_id = q.user_id and c.status = 'published') as member_themes
		 from public.questions q
		 where q.status = 'open' and q.consent_to_contact
		   and not exists (
		     select 1 from public.circle_proposal_questions pq
		     join public.circle_proposals p on p.id = pq.proposal_id
		     where pq.question_id = q.id and p.status = 'seeded'
		   )`
	);
	return (
		rows
			.map((r) => ({
				row: r,
				// A question saved without themes is grouped by the themes its words show.
				themes: r.theme_slugs.length ? r.theme_slugs : themeSlugs(r.body)
			}))
			// Someone already in a circle about their question's main theme has a fitting circle.
			.filter(({ row, themes }) => !(themes[0] && row.member_themes.includes(themes[0])))
			.map(({ row: r, themes }) => ({
				id: r.id,
				themes,
				neighbourhoodId: r.neighbourhood_id,
				// Meaningful words only: no stop words and no hollow ones ("same", "situation").
				words: [...new Set(meaningfulWords(r.body))].slice(0, 40),
				seen: r.visible_anonymously,
				times: r.preferred_times,
				format: r.preferred_format,
				languages: r.languages,
				createdAt: new Date(r.created_at)
			}))
	);
}

/** Which (theme, neighbourhood) pairs a published public circle with open seats serves. */
export async function loadServed(tx: Sql) {
	const rows = await tx.query<{
		theme_slugs: string[];
		neighbourhood_id: string | null;
		format: string;
	}>(
		`select c.theme_slugs, c.neighbourhood_id, c.format
		 from public.circles c
		 where c.status = 'published' and c.visibility = 'public'
		   and (c.capacity is null
		        or (select count(*) from public.memberships m where m.circle_id = c.id) < c.capacity)`
	);
	const local = new Set<string>();
	const online = new Set<string>();
	for (const r of rows) {
		for (const t of r.theme_slugs) {
			if (r.format !== 'online' && r.neighbourhood_id) local.add(`${t}|${r.neighbourhood_id}`);
			if (r.format !== 'in_person') online.add(t);
		}
	}
	return (theme: string, neighbourhoodId: string, format: ClusterQuestion['format']) =>
		local.has(`${theme}|${neighbourhoodId}`) || (format !== 'in_person' && online.has(theme));
}

async function saveGroups(tx: Sql, groups: ProposedGroup[]) {
	const open = await tx.query<{ id: string; group_key: string }>(
		`select id, group_key from public.circle_proposals where status = 'open'`
	);
	const openByKey = new Map(open.map((p) => [p.group_key, p.id]));
	// A worker set these aside; the same people in the same group do not come back.
	const dismissed = await tx.query<{ group_key: string; questions: string[] }>(
		`select p.group_key, array_agg(pq.question_id::text) as questions
		 from public.circle_proposals p
		 join public.circle_proposal_questions pq on pq.proposal_id = p.id
		 where p.status = 'dismissed'
		 group by p.id, p.group_key`
	);
	let created = 0;
	let updated = 0;
	const keep = new Set<string>();
	for (const g of groups) {
		if (
			dismissed.some(
				(d) => d.group_key === g.key && g.questionIds.every((id) => d.questions.includes(id))
			)
		) {
			continue;
		}
		const values = [
			g.themes,
			g.anchorId,
			g.neighbourhoodIds,
			g.frequentWords,
			g.size,
			g.bestTimes,
			g.bestFormat,
			g.languages,
			g.oldest.toISOString()
		];
		let id = openByKey.get(g.key);
		if (id) {
			await tx.query(
				`update public.circle_proposals
				 set theme_slugs = $2, anchor_neighbourhood_id = $3, neighbourhood_ids = $4,
				   frequent_words = $5, size = $6, best_times = $7, best_format = $8, languages = $9,
				   oldest_question_at = $10
				 where id = $1`,
				[id, ...values]
			);
			await tx.query(
				`delete from public.circle_proposal_questions
				 where proposal_id = $1 and not (question_id = any ($2::uuid[]))`,
				[id, g.questionIds]
			);
			updated++;
		} else {
			const [row] = await tx.query<{ id: string }>(
				`insert into public.circle_proposals
				   (group_key, theme_slugs, anchor_neighbourhood_id, neighbourhood_ids, frequent_words,
				    size, best_times, best_format, languages, oldest_question_at)
				 values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) returning id`,
				[g.key, ...values]
			);
			id = row.id;
			created++;
		}
		await tx.query(
			`insert into public.circle_proposal_questions (proposal_id, question_id)
			 select $1, unnest($2::uuid[]) on conflict do nothing`,
			[id, g.questionIds]
		);
		keep.add(id);
	}
	// Open proposals whose group fell apart (people closed their question, a circle started).
	const stale = open.filter((p) => !keep.has(p.id)).map((p) => p.id);
	if (stale.length) {
		await tx.query(`delete from public.circle_proposals where id = any ($1::uuid[])`, [stale]);
	}
	return { created, updated, closed: stale.length };
}

async function run(
	db: Database,
	options: { trigger: RunTrigger; requestedBy?: string | null; minSize: number }
): Promise<RunResult> {
	const started = await asService(db, async (tx) => {
		// Another process may be running it right now (or crashed mid-run, ten minutes ago).
		const [busy] = await tx.query<{ id: string }>(
			`select id from public.proposal_runs
			 where status = 'running' and started_at > now() - interval '10 minutes'
			 order by started_at desc limit 1`
		);
		if (busy) return { id: busy.id, busy: true };
		const [row] = await tx.query<{ id: string }>(
			`insert into public.proposal_runs (trigger, requested_by, step) values ($1, $2, 'start')
			 returning id`,
			[options.trigger, options.requestedBy ?? null]
		);
		return { id: row.id, busy: false };
	});
	if (started.busy) {
		return {
			runId: started.id,
			questions: 0,
			created: 0,
			updated: 0,
			closed: 0,
			alreadyRunning: true
		};
	}
	const runId = started.id;
	try {
		const { questions, places, served } = await asService(db, async (tx) => ({
			questions: await loadEligibleQuestions(tx),
			places: await tx.query<Place>(
				`select id, slug, latitude, longitude from public.neighbourhoods`
			),
			served: await loadServed(tx)
		}));
		await setProgress(db, runId, 30, 'group');
		const groups = proposeGroups(questions, places, served, {
			minSize: options.minSize,
			radiusKm: nearbyKm
		});
		await setProgress(db, runId, 60, 'save');
		const saved = await asService(db, (tx) => saveGroups(tx, groups));
		await asService(db, (tx) =>
			tx.query(
				`update public.proposal_runs
				 set status = 'done', progress = 100, step = 'done', finished_at = now(),
				   questions_considered = $2, proposals_created = $3, proposals_updated = $4,
				   proposals_closed = $5
				 where id = $1`,
				[runId, questions.length, saved.created, saved.updated, saved.closed]
			)
		);
		return { runId, questions: questions.length, ...saved, alreadyRunning: false };
	} catch (error) {
		await asService(db, (tx) =>
			tx.query(
				`update public.proposal_runs set status = 'failed', step = $2, finished_at = now() where id = $1`,
				[runId, String(error).slice(0, 200)]
			)
		);
		throw error;
	}
}

/** Runs the proposals job once (or joins the run already going in this process). */
export function runProposals(
	db: Database,
	options: { trigger: RunTrigger; requestedBy?: string | null; minSize: number }
): Promise<RunResult> {
	const current = running.get(db);
	if (current) return current;
	const promise = run(db, options).finally(() => running.delete(db));
	running.set(db, promise);
	return promise;
}

const scheduleStore = globalThis as unknown as {
	__kringProposalsTimer?: ReturnType<typeof setInterval>;
};

/** How often the job runs on its own. */
export const scheduleMinutes = 15;

/**
 * Starts the in-process schedule: a first run shortly after start-up, then every
 * `scheduleMinutes`. Once per process (kept on globalThis for Vite's reloads).
 */
export function startProposalsSchedule(db: Database, minSize: number) {
	if (scheduleStore.__kringProposalsTimer) return;
	const tick = () =>
		runProposals(db, { trigger: 'schedule', minSize }).catch((e) =>
			log.error({ err: e }, 'proposals job failed')
		);
	setTimeout(tick, 20_000).unref();
	scheduleStore.__kringProposalsTimer = setInterval(tick, scheduleMinutes * 60_000);
	scheduleStore.__kringProposalsTimer.unref();
}
