import { z } from 'zod';

const flag = z
	.enum(['true', 'false', '1', '0', 'yes', 'no'])
	.transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z
	.object({
		NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
		DATABASE_URL: z
			.string()
			.regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
			.optional(),
		DATABASE_PREPARE: flag.default(true),
		KRING_DATA_DIR: z.string().min(1).default('.data/pglite'),
		PUBLIC_SUPABASE_URL: z.url('must be a URL such as https://abc.supabase.co').optional(),
		PUBLIC_SUPABASE_ANON_KEY: z
			.string()
			.min(20, 'looks too short for a Supabase anon key')
			.optional(),
		KRING_DEMO: flag.optional(),
		KRING_SESSION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
		SMTP_URL: z
			.string()
			.regex(
				/^smtps?:\/\//,
				'must start with smtp:// or smtps://, e.g. smtps://user:pass@mail.example.nl'
			)
			.optional(),
		MAIL_FROM: z.string().min(3).default('Kring <no-reply@localhost>'),
		KRING_PROPOSAL_MIN_SIZE: z.coerce
			.number()
			.int('must be a whole number')
			.min(2, 'must be at least 2')
			.max(50, 'must be at most 50')
			.default(4)
	})
	.refine((env) => Boolean(env.PUBLIC_SUPABASE_URL) === Boolean(env.PUBLIC_SUPABASE_ANON_KEY), {
		message: 'set both PUBLIC_SUPABASE_URL and PUBLIC_SUPABASE_ANON_KEY, or neither',
		path: ['PUBLIC_SUPABASE_ANON_KEY']
	})
	.refine((env) => !env.PUBLIC_SUPABASE_URL || env.DATABASE_URL, {
		message: 'with Supabase Auth, set DATABASE_URL to the Supabase database connection string',
		path: ['DATABASE_URL']
	});

export type Config = {
	env: 'development' | 'production' | 'test';
	databaseUrl?: string;
	/** Keep the hottest statements prepared per connection (off behind a transaction pooler). */
	databasePrepare: boolean;
	dataDir: string;
	supabase?: { url: string; anonKey: string };
	/**
	 * Demo town, demo sign-in buttons and the local mailbox page. Never on by default in
	 * production: there it takes an explicit KRING_DEMO=true, and a loud warning.
	 */
	demo: boolean;
	sessionDays: number;
	/** Outgoing mail (sign-in codes, reminders); without it, the demo mailbox and the log. */
	mail?: { url: string; from: string };
	/** How many people with the same unmet need make a proposal for a new circle. */
	proposalMinSize: number;
	/** Things an operator must know at start-up (logged loudly by the server). */
	warnings: string[];
};

/** Reads and checks the environment; throws one message that names every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
	const parsed = schema.safeParse(cleaned);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || 'env'}: ${i.message}`);
		throw new Error(`Kring cannot start, check these environment variables:\n${lines.join('\n')}`);
	}
	const e = parsed.data;
	const production = e.NODE_ENV === 'production';
	// The demo is on by default only for the embedded, zero-configuration setup, and never
	// by default in production: there anyone could read every sign-in code at /dev/mailbox
	// and become an admin with one click (issue 10, point 12).
	const demo = e.KRING_DEMO ?? (!production && !e.DATABASE_URL && !e.PUBLIC_SUPABASE_URL);
	const warnings: string[] = [];
	if (production && demo)
		warnings.push(
			'KRING_DEMO is on in production: anyone can sign in as any demo account (admin included) and read every sign-in code at /dev/mailbox. Never do this with real people.'
		);
	if (production && !e.PUBLIC_SUPABASE_URL && !e.SMTP_URL)
		warnings.push(
			'SMTP_URL is not set in production: sign-in codes are written to the server log instead of being emailed.'
		);
	return {
		env: e.NODE_ENV,
		databaseUrl: e.DATABASE_URL,
		databasePrepare: e.DATABASE_PREPARE,
		dataDir: e.KRING_DATA_DIR,
		supabase: e.PUBLIC_SUPABASE_URL
			? { url: e.PUBLIC_SUPABASE_URL, anonKey: e.PUBLIC_SUPABASE_ANON_KEY! }
			: undefined,
		demo,
		sessionDays: e.KRING_SESSION_DAYS,
		mail: e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM } : undefined,
		proposalMinSize: e.KRING_PROPOSAL_MIN_SIZE,
		warnings
	};
}

let cached: Config | undefined;
export function config(): Config {
	return (cached ??= loadConfig());
}

/** Writes the configuration's warnings to the log, impossible to miss. */
export function logConfigWarnings(
	cfg: Config = config(),
	log: (line: string) => void = console.warn
) {
	for (const warning of cfg.warnings) {
		const bar = '!'.repeat(78);
		log(`${bar}\n[kring] WARNING: ${warning}\n${bar}`);
	}
}
