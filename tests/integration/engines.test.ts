import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

type Lock = {
	packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};

const root = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

// The README promises the Node range in package.json; every locked package must accept all of
// it, or `npm install` warns (EBADENGINE) and the package may break on the oldest Node we allow.
describe('engines', () => {
	it('every locked package supports the oldest Node that package.json allows', () => {
		const oldest = semver.minVersion(root.engines.node)!.version;
		const refusing = Object.entries(lock.packages)
			.filter(([path, pkg]) => {
				const wanted = pkg.engines && !Array.isArray(pkg.engines) ? pkg.engines.node : undefined;
				return path && wanted && !semver.satisfies(oldest, wanted);
			})
			.map(([path, pkg]) => `${path} wants node ${JSON.stringify(pkg.engines)}`);
		expect(refusing).toEqual([]);
	});
});
