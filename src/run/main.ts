/**
 * `npm test`: options -> (embedded reference server) -> preflight -> Jest runs the channel suites
 * -> reports. The conformance reporter, not Jest's exit code, decides the process exit code, and
 * the reports are written whatever happens.
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { runCLI } from 'jest';
import { buildArgv, yargsOptions } from 'jest-cli';
import { applyWaivers, loadWaivers, type Waiver, WaiverError } from '../../reporters/waivers';
import { CHANNELS, type Channel, isChannel } from '../channels';
import { buildConfig, OptionError, publicOptions, type RunConfig, secretsOf } from '../config';
import type { TraceFile } from '../trace/types';
import type { CheckResult } from '../verdict';
import { finish } from './finish';
import { HANDOFF_ENV, type Handoff, partsDir } from './handoff';
import { preflight } from './preflight';
import { loadTrace, SetupError } from './replay';
import { gatherParts } from './results';
import { SUITE } from './suite-info';

const ROOT = resolve(__dirname, '..', '..');

export async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  let config: RunConfig;
  let jestArgs: string[];
  let waivers: Waiver[] = [];
  try {
    ({ config, jest: jestArgs } = buildConfig(argv, process.env, jestOptionNames()));
    if (config.waivers) waivers = loadWaivers(config.waivers);
  } catch (e) {
    if (e instanceof OptionError || e instanceof WaiverError) return usage(e.message);
    throw e;
  }
  const trace: TraceFile = {
    format: 'gws-conformance-trace/1',
    suite: SUITE,
    target: config.target ?? 'embedded',
    startedAt: new Date(started).toISOString(),
    channels: {},
  };
  const secrets = secretsOf(config);
  let stopServer: (() => Promise<void>) | undefined;
  let results: CheckResult[] = [];
  let fatal: string | undefined;
  try {
    const handoff = await prepare(config, trace);
    stopServer = handoff.stop;
    secrets.push(...secretsOf(config));
    fatal = handoff.fatal;
    if (!fatal) results = await runSuites(handoff, trace, jestArgs);
  } catch (e) {
    fatal = e instanceof SetupError ? e.message : `internal error: ${(e as Error).stack ?? e}`;
  } finally {
    await stopServer?.().catch(() => {});
  }
  const waived = applyWaivers(results, waivers, new Date());
  return finish({
    config,
    trace,
    results: waived.results,
    unusedWaivers: waived.unused,
    fatal,
    started,
    secrets,
    options: publicOptions(config),
  });
}

interface Prepared {
  handoff: Handoff;
  channels: Channel[];
  fatal?: string;
  stop?: () => Promise<void>;
}

/** Resolves the target: a replayed trace, the embedded reference server, or the user's URL (checked first). */
async function prepare(
  config: RunConfig,
  trace: TraceFile,
): Promise<Prepared & { stop?: () => Promise<void> }> {
  if (config.replay) {
    const stored = loadTrace(config.replay);
    trace.target = `replay:${config.replay} (${stored.target})`;
    const channels = (Object.keys(stored.channels) as Channel[]).filter(
      (c) => isChannel(c) && (!config.channels || config.channels.includes(c)),
    );
    return {
      handoff: { config, target: stored.target, replay: resolve(config.replay) },
      channels,
      fatal: channels.length ? undefined : 'the replayed trace holds none of the channels asked for',
    };
  }
  const channels = config.channels ?? [...CHANNELS];
  if (!config.target) {
    const { startReference } = await import('../../reference/server');
    const controlToken = config.controlToken ?? randomBytes(12).toString('hex');
    // Self-validation hooks: run the whole suite against a deliberately broken (or varied) reference.
    const list = (name: string) => process.env[name]?.split(',').map((x) => x.trim()).filter(Boolean);
    const server = await startReference({ csrf: true, controlToken, faults: list('GWS_REFERENCE_FAULTS'), variations: list('GWS_REFERENCE_VARIATIONS') }).catch(
      (e: Error) => {
        throw new SetupError(`the embedded reference server could not start: ${e.message}`);
      },
    );
    const [first, second] = server.agents;
    Object.assign(config, {
      user: first.user,
      password: first.password,
      user2: second?.user,
      password2: second?.password,
      controlToken,
    });
    trace.target = server.url;
    return { handoff: { config, target: server.url }, channels, stop: () => server.close() };
  }
  const unreachable = await preflight(config.target, config.timeoutMs, config.insecure);
  return { handoff: { config, target: config.target }, channels, fatal: unreachable };
}

async function runSuites(prepared: Prepared, trace: TraceFile, jestArgs: string[]): Promise<CheckResult[]> {
  const { handoff, channels } = prepared;
  const reportDir = handoff.config.reportDir;
  rmSync(partsDir(reportDir), { recursive: true, force: true });
  process.env[HANDOFF_ENV] = JSON.stringify(handoff);
  const argv = await buildArgv([...jestArgs, '--config', resolve(ROOT, 'jest.config.ts'), '--rootDir', ROOT]);
  argv.testPathPatterns = channels.map((c) => `suites/${c}\\.test\\.ts$`);
  argv.reporters ??= [resolve(ROOT, 'scripts', 'jest-progress.js')];
  let why = 'its Jest suite did not finish';
  try {
    const { results } = await runCLI(argv, [ROOT]);
    if (results.numRuntimeErrorTestSuites > 0)
      why =
        results.testResults
          .map((t) => t.testExecError?.message)
          .filter(Boolean)
          .join('; ') || why;
  } catch (e) {
    why = `Jest could not run: ${(e as Error).message}`;
  }
  const results = gatherParts(reportDir, channels, trace, why);
  rmSync(partsDir(reportDir), { recursive: true, force: true });
  return results;
}

function jestOptionNames(): Set<string> {
  const names = new Set<string>();
  for (const [name, opt] of Object.entries(yargsOptions)) {
    names.add(name);
    for (const alias of [opt.alias ?? []].flat()) names.add(alias);
  }
  return names;
}

function usage(message: string): number {
  process.stderr.write(`gws-conformance: ${message}\n`);
  return 2;
}
