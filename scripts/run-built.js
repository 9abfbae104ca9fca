#!/usr/bin/env node
// `npm test`: the conformance run from the built JavaScript (dist/cli.js), so no run pays for tsx or
// for compiling TypeScript. dist/ is built first when it is missing or older than any file it is
// built from (about 0.7 s, once); the check itself is a walk over ~200 modification times (~3 ms).
// Plain CommonJS: it must run before anything is built.
const { spawnSync } = require('node:child_process');
const { readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const STAMP = join(ROOT, 'dist', 'build-stamp');
/** What dist/ is built from: our sources, the build itself, and the installed dependencies. */
const INPUTS = [
  'src',
  'runner',
  'reporters',
  'reference',
  'suites',
  'schemas',
  'scripts/build.ts',
  'scripts/jest.dist.config.js',
  'package.json',
  'package-lock.json',
];

/** The newest modification time under a file or folder (0 when it does not exist). */
function newest(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

function stale() {
  const built = newest(STAMP);
  return built === 0 || INPUTS.some((p) => newest(join(ROOT, p)) > built);
}

if (stale()) {
  // The build's own line goes to stderr: stdout is the run's summary.
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const b = spawnSync(tsx, [join(ROOT, 'scripts', 'build.ts')], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (b.status !== 0) {
    process.stderr.write(`gws-conformance: could not build dist/ (npm run build says why)\n`);
    process.exit(2);
  }
}
require('../dist/cli.js');
