/**
 * `npm run build`: plain JavaScript in dist/, so the packed tarball runs with Node alone (no tsx, no
 * swc). Each entry is one CommonJS bundle of our code plus the ESM-only CometD client packages
 * (cometd, cometd-nodejs-client and their proxy/ws deps), which Node 20 cannot require() everywhere
 * and Jest on Node 20 cannot load untransformed. The package's `dependencies` stay external and are
 * installed beside it. Files read at run time (schemas/, the HTML client scripts, package.json) ship
 * as they are, found through src/model/package-root.ts.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Entry -> bundle under dist/. */
export const ENTRIES: Record<string, string> = {
  'runner/cli.ts': 'cli.js',
  'reference/main.ts': 'reference.js',
  'scripts/compare.ts': 'compare.js',
  'suites/conformance.test.ts': 'suites/conformance.test.js',
};
const BIN = new Set(['cli.js', 'reference.js', 'compare.js']);

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(join(DIST, 'suites'), { recursive: true });
  await Promise.all(
    Object.entries(ENTRIES).map(([entry, out]) =>
      build({
        entryPoints: [join(ROOT, entry)],
        outfile: join(DIST, out),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        // ws's optional native helpers: it falls back to JavaScript when they are absent.
        external: [...Object.keys(pkg.dependencies), 'bufferutil', 'utf-8-validate'],
        banner: BIN.has(out) ? { js: '#!/usr/bin/env node' } : undefined,
        logLevel: 'warning',
        legalComments: 'none',
      }),
    ),
  );
  copyFileSync(join(ROOT, 'scripts', 'jest.dist.config.js'), join(DIST, 'jest.config.js'));
  process.stdout.write(`built dist/ in ${Date.now() - started} ms\n`);
}

main().catch((e: Error) => {
  process.stderr.write(`build failed: ${e.message}\n`);
  process.exit(1);
});
