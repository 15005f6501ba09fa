import { describe, expect, it } from 'vitest';
import { loadConfig, logConfigWarnings } from './config';

describe('loadConfig', () => {
	it('needs nothing for the embedded default, with the demo on', () => {
		expect(loadConfig({})).toMatchObject({
			databaseUrl: undefined,
			dataDir: '.data/pglite',
			demo: true,
			supabase: undefined
		});
	});

	it('turns the demo off by default once a real database is configured', () => {
		expect(loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/kring' }).demo).toBe(false);
		expect(
			loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/kring', KRING_DEMO: 'true' }).demo
		).toBe(true);
	});

	it('never turns the demo on by itself in production (issue 10, point 12)', () => {
		const production = loadConfig({ NODE_ENV: 'production' });
		expect(production.demo).toBe(false);
		expect(production.warnings.join(' ')).not.toMatch(/KRING_DEMO/);
		const asked = loadConfig({ NODE_ENV: 'production', KRING_DEMO: 'true' });
		expect(asked.demo).toBe(true);
		expect(asked.warnings.join(' ')).toMatch(/KRING_DEMO is on in production/);
		const lines: string[] = [];
		logConfigWarnings(asked, (line) => lines.push(line));
		expect(lines.join('\n')).toMatch(/WARNING: KRING_DEMO/);
		expect(loadConfig({ NODE_ENV: 'development' }).demo).toBe(true);
		expect(loadConfig({ NODE_ENV: 'production', KRING_DEMO: 'false' }).demo).toBe(false);
	});

	it('names the variable that is wrong', () => {
		expect(() => loadConfig({ DATABASE_URL: 'mysql://nope' })).toThrow(
			/DATABASE_URL: must start with postgres/
		);
		expect(() => loadConfig({ KRING_DEMO: 'perhaps' })).toThrow(/KRING_DEMO/);
		expect(() => loadConfig({ KRING_SESSION_DAYS: '0' })).toThrow(/KRING_SESSION_DAYS/);
	});

	it('wants both Supabase variables, and the Supabase database, or none', () => {
		expect(() => loadConfig({ PUBLIC_SUPABASE_URL: 'https://abc.supabase.co' })).toThrow(
			/PUBLIC_SUPABASE_ANON_KEY/
		);
		expect(() =>
			loadConfig({
				PUBLIC_SUPABASE_URL: 'https://abc.supabase.co',
				PUBLIC_SUPABASE_ANON_KEY: 'x'.repeat(40)
			})
		).toThrow(/DATABASE_URL/);
		const cfg = loadConfig({
			PUBLIC_SUPABASE_URL: 'https://abc.supabase.co',
			PUBLIC_SUPABASE_ANON_KEY: 'x'.repeat(40),
			DATABASE_URL: 'postgresql://postgres@db.abc.supabase.co:5432/postgres'
		});
		expect(cfg.supabase).toEqual({ url: 'https://abc.supabase.co', anonKey: 'x'.repeat(40) });
		expect(cfg.demo).toBe(false);
	});

	it('sets up outgoing mail only with a valid SMTP_URL', () => {
		expect(loadConfig({}).mail).toBeUndefined();
		expect(() => loadConfig({ SMTP_URL: 'mail.example.nl' })).toThrow(
			/SMTP_URL: must start with smtp/
		);
		expect(
			loadConfig({
				SMTP_URL: 'smtps://u:p@mail.example.nl',
				MAIL_FROM: 'Kring <kring@gemeente.nl>'
			}).mail
		).toEqual({
			url: 'smtps://u:p@mail.example.nl',
			from: 'Kring <kring@gemeente.nl>'
		});
	});

	it('keeps hot statements prepared unless DATABASE_PREPARE says no', () => {
		expect(loadConfig({}).databasePrepare).toBe(true);
		expect(loadConfig({ DATABASE_PREPARE: 'false' }).databasePrepare).toBe(false);
		expect(() => loadConfig({ DATABASE_PREPARE: 'sometimes' })).toThrow(/DATABASE_PREPARE/);
	});

	it('treats empty variables as not set', () => {
		expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
	});
});
