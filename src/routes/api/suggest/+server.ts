import { json } from '@sveltejs/kit';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { reasonText } from '$lib/components/matching/reasons';
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { suggestRequestSchema } from '$lib/schemas/question';
import { searchDirectory } from '$lib/server/directory';
import { suggest } from '$lib/server/matching/suggest';
import { listThemes } from '$lib/server/reference';
import { concernSuggestAnswer, crisisSuggestAnswer } from '$lib/server/safety/answer';
import { assessText } from '$lib/server/safety/crisis';
import type { RequestHandler } from './$types';

/** 30 suggestions a minute per address: plenty for a person or a front end, not for scraping. */
const limiter = new RateLimiterMemory({ keyPrefix: 'suggest', points: 30, duration: 60 });

/**
 * POST /api/suggest {text, lang?, neighbourhood?}: the recognised themes and ranked circles
 * with their reasons. Open to anonymous visitors; runs as the caller, so row-level
 * security decides which circles exist for them.
 */
export const POST = (async ({ request, locals, getClientAddress }) => {
	try {
		await limiter.consume(getClientAddress());
	} catch {
		return json(
			{ error: 'rate_limited', message: 'Too many requests; try again in a minute.' },
			{ status: 429, headers: { 'Retry-After': '60' } }
		);
	}
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		return json({ error: 'invalid_json', message: 'Send a JSON object.' }, { status: 400 });
	}
	const parsed = suggestRequestSchema.safeParse(body);
	if (!parsed.success) {
		return json(
			{
				error: 'invalid',
				issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
			},
			{ status: 400 }
		);
	}
	const lang = parsed.data.lang ?? (getLocale() === 'en' ? 'en' : 'nl');
	// Words about suicide or self-harm: the help lines, and no circle as if it were the answer.
	const level = assessText(parsed.data.text).level;
	if (level === 'crisis') return json(crisisSuggestAnswer(lang));
	const [result, themes, services] = await Promise.all([
		suggest(locals.db, locals.user, {
			text: parsed.data.text,
			neighbourhood: parsed.data.neighbourhood,
			languages: [lang]
		}),
		listThemes(locals.db, locals.user),
		searchDirectory(locals.db, locals.user, parsed.data.text, 4)
	]);
	const label = (slug: string) => {
		const t = themes.find((x) => x.slug === slug);
		return t ? (lang === 'en' ? t.label_en : t.label_nl) : slug;
	};
	return json({
		crisis: false,
		// Heavy or hopeless but not a crisis: a calm line with 113 to show above the circles.
		concern: level === 'concern' ? concernSuggestAnswer(lang) : null,
		themes: result.recognised.map((t) => ({
			slug: t.slug,
			label: label(t.slug),
			confidence: t.confidence,
			evidence: t.evidence
		})),
		circles: result.suggestions.map((s) => ({
			slug: s.circle.slug,
			name: lang === 'en' && s.circle.name_en ? s.circle.name_en : s.circle.name,
			url: `/circles/${s.circle.slug}`,
			themes: s.circle.theme_slugs,
			score: s.score,
			confidence: s.confidence,
			reasons: s.reasons.map((r) => ({ ...r, text: reasonText(r, label, lang) }))
		})),
		// Who does what: the local organisations and services that fit, next to the circles.
		services: services.map(({ entry: e, themes: matched }) => ({
			id: e.id,
			kind: e.kind,
			name: lang === 'en' && e.name_en ? e.name_en : e.name,
			what: lang === 'en' && e.what_en ? e.what_en : e.what,
			for_whom: lang === 'en' && e.for_whom_en ? e.for_whom_en : e.for_whom,
			hours: lang === 'en' && e.hours_en ? e.hours_en : e.hours,
			phone: e.phone,
			email: e.email,
			website: e.website,
			address: e.address,
			themes: matched,
			last_checked: e.last_checked_at,
			url: `/directory#entry-${e.id}`
		})),
		// No circle fits with confidence: say so, and offer to keep the question open.
		confidence: result.confidence,
		unsure: result.unsure,
		...(result.unsure
			? {
					message: m.match_unsure({}, { locale: lang }),
					keep_open: { url: '/questions/new', text: m.match_keep_open({}, { locale: lang }) }
				}
			: {})
	});
}) satisfies RequestHandler;
