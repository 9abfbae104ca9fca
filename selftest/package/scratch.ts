/**
 * A scratch project that installs the packed tarball, as a vendor would (`npm install <tarball>`).
 * Its package-lock.json is seeded from the repository's (the runtime entries only) so that npm
 * resolves every dependency to the versions this repository installed, which are in the npm cache:
 * the install then works offline, and tests exactly the dependency tree the suite was tested with.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

export function seedScratch(dir: string, root: string, tarball: string): void {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const spec = `file:${basename(tarball)}`;
  const packages: Record<string, unknown> = {
    '': { name: 'scratch', dependencies: { [pkg.name]: spec } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: spec,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path !== '' && !entry.dev) packages[path] = entry;
  }
  writeFileSync(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'scratch', private: true, dependencies: { [pkg.name]: spec } }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'package-lock.json'),
    `${JSON.stringify({ name: 'scratch', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`,
  );
}
