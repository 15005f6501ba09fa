import { describe, expect, it } from 'vitest';
import { toMigrations } from './migrate';

describe('toMigrations', () => {
	it('orders migrations by version whatever the order of the files', () => {
		const list = toMigrations({
			'/supabase/migrations/20261124000200_b.sql': 'select 2',
			'/supabase/migrations/20261124000100_a.sql': 'select 1'
		});
		expect(list.map((m) => `${m.version}:${m.name}`)).toEqual([
			'20261124000100:a',
			'20261124000200:b'
		]);
	});

	it('refuses a file without a version', () => {
		expect(() => toMigrations({ 'schema.sql': 'select 1' })).toThrow(/<version>_<name>\.sql/);
	});
});
