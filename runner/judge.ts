/** Jest judges the trace: one suite per channel, one test per check; results come back as part files. */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCLI } from 'jest';
import { buildArgv, yargsOptions } from 'jest-cli';
import type { Channel } from '../src/model/channels';
import { BUILT, packageRoot } from '../src/model/package-root';
import type { CheckResult } from '../src/model/verdict';
import { HANDOFF_ENV, type Handoff, partsDir } from './handoff';
import type { RunConfig } from './options';
import { gatherParts } from './results';

const ROOT = packageRoot();
// From dist/ the suite is plain JavaScript with its own config (nothing to transform).
const JEST_CONFIG = BUILT ? join(ROOT, 'dist', 'jest.config.js') : join(ROOT, 'jest.config.ts');

export async function judgeInJest(
  config: RunConfig,
  traceFile: string,
  channels: Channel[],
  jestArgs: string[],
): Promise<CheckResult[]> {
  for (const c of channels) rmSync(join(partsDir(config.reportDir), `${c}.json`), { force: true });
  const handoff: Handoff = { config, trace: resolve(traceFile), channels };
  process.env[HANDOFF_ENV] = JSON.stringify(handoff);
  const argv = await buildArgv([...jestArgs, '--config', JEST_CONFIG, '--rootDir', ROOT]);
  argv.reporters ??= [resolve(ROOT, 'scripts', 'jest-progress.js')];
  // Judging is pure and fast: worker processes would cost more than they save.
  if (argv.maxWorkers === undefined) argv.runInBand = true;
  // A channel with no part after a clean Jest run had all its checks filtered out (-t, --only).
  let why: string | undefined;
  try {
    // The project is named by its config file: given a folder, Jest reads that folder's own config
    // (none in the installed package) instead of --config.
    const { results } = await runCLI(argv, [JEST_CONFIG]);
    const errors = results.testResults.map((t) => t.testExecError?.message).filter(Boolean);
    if (errors.length > 0) why = errors.join('; ');
  } catch (e) {
    why = `Jest could not run: ${(e as Error).message}`;
  }
  const results = gatherParts(config.reportDir, channels, why);
  rmSync(partsDir(config.reportDir), { recursive: true, force: true });
  return results;
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
