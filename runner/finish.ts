/** The end of every run: exit code, the four report files, the terminal summary, whatever happened before. */
import { writeReports } from '../reporters';
import { renderSummary } from '../reporters/terminal';
import { exitCodeFor } from '../src/judge/exit-code';
import type { UnusedWaiver } from '../src/judge/waivers';
import type { BaselineSummary, RunReport } from '../src/model/report';
import type { TraceFile } from '../src/model/trace';
import { type CheckResult, summarize } from '../src/model/verdict';
import type { RunConfig } from './options';
import { SUITE } from './suite-info';

export interface Finished {
  config: RunConfig;
  trace: TraceFile;
  results: CheckResult[];
  unusedWaivers: UnusedWaiver[];
  fatal?: string;
  started: number;
  secrets: string[];
  options: Record<string, unknown>;
  baseline?: BaselineSummary;
  /** Write the reports but print nothing (an option error has already said its one line). */
  quiet?: boolean;
}

export async function finish(f: Finished): Promise<number> {
  const exitCode = exitCodeFor(f.results, {
    strict: f.config.strict,
    failOn: f.config.failOn,
    unusedWaivers: f.unusedWaivers,
    fatal: f.fatal,
  });
  const report: RunReport = {
    suite: SUITE,
    target: f.trace.target,
    startedAt: f.trace.startedAt,
    durationMs: Date.now() - f.started,
    options: f.options,
    summary: summarize(f.results),
    results: f.results,
    unusedWaivers: f.unusedWaivers,
    exitCode,
    fatal: f.fatal ?? (f.results.length === 0 ? 'nothing was tested' : undefined),
    trace: f.trace,
    ...(f.baseline ? { baseline: f.baseline } : {}),
  };
  try {
    await writeReports(report, f.config.reportDir, { secrets: f.secrets });
  } catch (e) {
    process.stderr.write(
      `gws-conformance: could not write the reports to ${f.config.reportDir}: ${firstLine(e)}\n`,
    );
  }
  let summary: string;
  try {
    summary = renderSummary(report, { color: process.stdout.isTTY === true, secrets: f.secrets });
  } catch (e) {
    summary = `gws-conformance: exit ${exitCode}; the summary could not be drawn (${firstLine(e)}): see the reports`;
  }
  if (!f.quiet) process.stdout.write(`${summary}\n`);
  return exitCode;
}

/** An error as one line: its message's first line, never its stack. */
export function firstLine(e: unknown): string {
  const message =
    typeof (e as { message?: unknown })?.message === 'string' ? (e as Error).message : String(e);
  return message.split('\n')[0]!.slice(0, 500);
}
