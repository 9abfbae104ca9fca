/**
 * `npm test`: options -> target (embedded reference server, the user's URL, or a stored trace) ->
 * drive every channel at once -> Jest judges the trace -> reports. The conformance reporter, not
 * Jest's exit code, decides the exit code, and the reports are written whatever happens.
 */
import { type Baseline, BaselineError, loadBaseline, markAgainst } from '../src/judge/baseline';
import { errorResults, selectedChecks } from '../src/judge/judge';
import { applyWaivers, loadWaivers, type Waiver, WaiverError } from '../src/judge/waivers';
import { CHANNELS } from '../src/model/channels';
import type { TraceFile } from '../src/model/trace';
import type { CheckResult } from '../src/model/verdict';
import { driveAll } from './drive';
import { finish, firstLine } from './finish';
import { jestOptionNames, judgeInJest } from './judge';
import { listChecks, listRequested, renderList } from './list';
import { buildConfig, leniently, OptionError, publicOptions, type RunConfig, secretsOf } from './options';
import { SetupError } from './replay';
import { SUITE } from './suite-info';
import { type Prepared, prepareTarget } from './target';
import { renderUsage, wantsHelp } from './usage';

export async function main(argv: string[]): Promise<number> {
  const started = Date.now();
  let config: RunConfig;
  let jestArgs: string[];
  let waivers: Waiver[] = [];
  let baseline: Baseline | undefined;
  if (wantsHelp(argv)) return print(renderUsage());
  try {
    const list = listRequested(argv, jestOptionNames());
    if (list) return print(renderList(listChecks(list.only), list.json));
    ({ config, jest: jestArgs } = buildConfig(argv, process.env, jestOptionNames()));
    if (config.waivers) waivers = loadWaivers(config.waivers);
    if (config.only && CHANNELS.every((c) => selectedChecks(c, config.only).length === 0))
      throw new OptionError(`--only=${config.only} matches no check id or requirement id`);
    if (config.baseline) baseline = loadBaseline(config.baseline);
  } catch (e) {
    if (e instanceof OptionError || e instanceof WaiverError || e instanceof BaselineError)
      return usage(e.message, argv, started);
    throw e;
  }
  const trace = emptyTrace(
    config.replay ? `replay:${config.replay}` : (config.target ?? 'embedded reference server'),
    started,
  );
  let prepared: Prepared | undefined;
  let results: CheckResult[] = [];
  let fatal: string | undefined;
  try {
    prepared = await prepareTarget(config);
    fatal = prepared.fatal;
    if (prepared.stored) trace.target = `replay:${config.replay} (${prepared.stored.target})`;
    else if (!config.target) trace.target = prepared.target;
    // A target that could not be reached still gets a verdict per check: `error`, with the reason.
    results = fatal
      ? errorResults(prepared.channels, fatal)
      : await driveAndJudge(config, prepared, trace, jestArgs);
  } catch (e) {
    fatal = e instanceof SetupError ? e.message : `internal error of the suite: ${firstLine(e)}`;
    results = errorResults(prepared?.channels ?? [], fatal);
  } finally {
    await prepared?.stop?.().catch(() => {});
  }
  const waived = applyWaivers(results, waivers, new Date());
  const compared = baseline ? markAgainst(waived.results, baseline) : undefined;
  return finish({
    config,
    trace,
    results: compared?.results ?? waived.results,
    baseline: compared?.summary,
    unusedWaivers: waived.unused,
    fatal,
    started,
    secrets: secretsOf(config),
    options: publicOptions(config),
  });
}

async function driveAndJudge(
  config: RunConfig,
  prepared: Prepared,
  trace: TraceFile,
  jestArgs: string[],
): Promise<CheckResult[]> {
  if (prepared.stored) {
    for (const c of prepared.channels) trace.channels[c] = prepared.stored.channels[c];
  } else {
    const undrivable = await driveAll(config, prepared.target, prepared.channels, trace, secretsOf(config));
    if (undrivable) throw new SetupError(undrivable);
  }
  // The suite judges the trace as handed over: a live run and its replay take the same path.
  return judgeInJest(trace, prepared.channels, config.only, jestArgs);
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function emptyTrace(target: string, started: number): TraceFile {
  return {
    format: 'gws-conformance-trace/1',
    suite: SUITE,
    target,
    startedAt: new Date(started).toISOString(),
    channels: {},
  };
}

/**
 * A run that cannot start: one line, exit 2, and still the reports ("every run, whatever its
 * outcome", RUNNER.md), so a CI gate never reads a previous run's junit.xml as this one's. They go
 * where --report-dir (or GWS_REPORT_DIR) says, unless that option is itself what is wrong.
 */
async function usage(message: string, argv: string[], started: number): Promise<number> {
  process.stderr.write(`gws-conformance: ${message}\n`);
  const given = leniently(argv);
  const reportDir = given.reportDir ?? process.env.GWS_REPORT_DIR ?? 'reports';
  if (reportDir === '' || message.startsWith('--report-dir')) return 2;
  await finish({
    config: { ...buildConfig([], {}, new Set()).config, reportDir },
    trace: emptyTrace('(none: the options were refused)', started),
    results: [],
    unusedWaivers: [],
    fatal: `bad options: ${message}`,
    started,
    secrets: given.secrets,
    options: {},
    quiet: true,
  });
  return 2;
}
