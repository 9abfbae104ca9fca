/**
 * `npm run build`: plain JavaScript in dist/, so the packed tarball and `npm test` run with Node alone
 * (no tsx, no swc). Each entry is one CommonJS bundle of our code plus the ESM-only CometD client
 * packages (cometd, cometd-nodejs-client and their proxy/ws deps), which Node 20 cannot require()
 * everywhere and Jest on Node 20 cannot load untransformed. The package's `dependencies` stay
 * external and are installed beside it. Files read at run time (schemas/, the HTML client scripts,
 * package.json) ship as they are, found through src/model/package-root.ts. The stamp file, written
 * last, tells scripts/run-built.js the build is whole.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
/** Written after every bundle: its absence (or age) means dist/ must be built again. */
export const STAMP = 'build-stamp';

/** One entry as one CommonJS bundle, the way every part of dist/ (and the bench's floor) is built. */
export async function bundle(
  entry: string,
  outfile: string,
  bin = false,
  inline: string[] = [],
): Promise<void> {
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // ESM builds first: jsonc-parser's UMD main requires its parts at run time, out of esbuild's sight.
    mainFields: ['module', 'main'],
    // ws's optional native helpers: it falls back to JavaScript when they are absent.
    external: [
      ...Object.keys(pkg.dependencies).filter((d) => !inline.includes(d)),
      'bufferutil',
      'utf-8-validate',
    ],
    banner: bin ? { js: '#!/usr/bin/env node' } : undefined,
    logLevel: 'warning',
    legalComments: 'none',
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(join(DIST, 'suites'), { recursive: true });
  await Promise.all(
    Object.entries(ENTRIES).map(([entry, out]) =>
      bundle(entry, join(DIST, out), BIN.has(out), out.startsWith('suites/') ? ['ajv', 'picomatch'] : []),
    ),
  );
  copyFileSync(join(ROOT, 'scripts', 'jest.dist.config.js'), join(DIST, 'jest.config.js'));
  writeFileSync(join(DIST, STAMP), `${new Date().toISOString()}\n`);
  process.stdout.write(`built dist/ in ${Date.now() - started} ms\n`);
}

if (require.main === module) {
  main().catch((e: Error) => {
    process.stderr.write(`build failed: ${e.message}\n`);
    process.exit(1);
  });
}
