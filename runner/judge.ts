/**
 * Jest judges the trace: one test per check. The runner writes one handoff file, names it in Jest's
 * `globals`, and reads back the one results file the suite writes (suites/conformance.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCLI } from 'jest';
import { buildArgv, yargsOptions } from 'jest-cli';
import { errorResults } from '../src/judge/judge';
import type { Channel } from '../src/model/channels';
import { BUILT, packageRoot } from '../src/model/package-root';
import type { TraceFile } from '../src/model/trace';
import type { CheckResult } from '../src/model/verdict';
import { HANDOFF_GLOBAL, readResults, writeHandoff } from './handoff';

const ROOT = packageRoot();
// From dist/ the suite is plain JavaScript with its own config (nothing to transform).
const JEST_CONFIG = BUILT ? join(ROOT, 'dist', 'jest.config.js') : join(ROOT, 'jest.config.ts');

export async function judgeInJest(
  trace: TraceFile,
  channels: Channel[],
  only: string | undefined,
  jestArgs: string[],
): Promise<CheckResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gws-judge-'));
  try {
    const handoff = writeHandoff(dir, { trace, channels, only });
    const argv = await buildArgv([...jestArgs, '--config', JEST_CONFIG, '--rootDir', ROOT]);
    argv.globals = JSON.stringify({ ...userGlobals(argv.globals), [HANDOFF_GLOBAL]: handoff });
    argv.reporters ??= [resolve(ROOT, 'scripts', 'jest-progress.js')];
    // Judging is pure and fast: worker processes would cost more than they save.
    if (argv.maxWorkers === undefined) argv.runInBand = true;
    let crashed: string | undefined;
    try {
      // The project is named by its config file: given a folder, Jest reads that folder's own config
      // (none in the installed package) instead of --config.
      const { results } = await runCLI(argv, [JEST_CONFIG]);
      const errors = results.testResults.map((t) => t.testExecError?.message).filter(Boolean);
      if (errors.length > 0) crashed = `the conformance suite crashed: ${errors.join('; ')}`;
    } catch (e) {
      crashed = `Jest could not run: ${(e as Error).message}`;
    }
    // No results file: nothing ran (every check filtered out by -t) or the suite crashed.
    return readResults(dir) ?? (crashed ? errorResults(channels, crashed) : []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A `--globals` JSON the user gave Jest is kept beside the handoff. */
function userGlobals(given: unknown): Record<string, unknown> {
  if (typeof given !== 'string') return {};
  try {
    const parsed = JSON.parse(given);
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

/** Jest's option names and aliases: they pass through the wrapper untouched. */
export function jestOptionNames(): Set<string> {
  const names = new Set<string>();
  for (const [name, opt] of Object.entries(yargsOptions)) {
    names.add(name);
    for (const alias of [opt.alias ?? []].flat()) names.add(alias);
  }
  return names;
}
