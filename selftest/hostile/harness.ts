/**
 * One hostile run from start to end (start the target, run the runner against it, close the target)
 * and the promises every such run must keep, whatever the target did.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostileCase } from './cases';
import { inBatches, type RunOutcome, runRunner } from './run-runner';

export const TIMEOUT_MS = 1000;
/** --timeout plus run overhead, with a wide margin for a shared 2-core machine. */
export const BOUND_MS = 25_000;
/** Runs at once: each run is a tsx + Jest process (and a proxy here), and the machine has 2 cores. */
const WIDTH = 2;

export const REPORTS = ['conformance.json', 'conformance.html', 'junit.xml', 'trace.json', 'summary.md'];

export interface CaseRun {
  c: HostileCase;
  run: RunOutcome;
}

export async function runCase(c: HostileCase): Promise<CaseRun> {
  const target = await c.start();
  try {
    const args = [
      `--target=${target.url}`,
      `--user=${target.user}`,
      `--password=${target.password}`,
      `--timeout=${TIMEOUT_MS}`,
      ...(target.control ? [`--control=${target.control}`] : []),
      ...(target.args ?? []),
    ];
    return { c, run: await runRunner({ args, hardLimitMs: BOUND_MS * 3 }) };
  } finally {
    await target.close();
  }
}

export const runCases = (cases: HostileCase[]): Promise<CaseRun[]> => inBatches(cases, WIDTH, runCase);

/** A stack frame as Node prints it: "    at fn (file.ts:12:5)" or "    at file.ts:12:5". */
const STACK_FRAME = /^\s+at .*:\d+:\d+\)?$/m;

/** The reports a run left in its report directory. */
export const reportsWritten = (run: RunOutcome): number =>
  REPORTS.filter((f) => existsSync(join(run.reportDir, f))).length;

/** What the user reads: exit code, seconds, peak memory, reports written, and the line that says why. */
export function describeRun({ c, run }: CaseRun): string {
  const printed = `${run.stdout}\n${run.stderr}`;
  const why = printed.match(c.reason)?.[0] ?? '(no reason matched)';
  const rss = run.maxRssMb === undefined ? '? MB' : `${run.maxRssMb} MB`;
  return `${c.name} -> exit ${run.code}, ${(run.ms / 1000).toFixed(1)} s, max RSS ${rss}, reports ${reportsWritten(run)}/${REPORTS.length}, "${why.slice(0, 140)}"`;
}

export function expectHonestEnd({ c, run }: CaseRun): void {
  const printed = `${run.stdout}\n${run.stderr}`;
  expect(run.killed).toBe(false);
  expect(run.ms).toBeLessThan(BOUND_MS);
  expect(run.code).toBe(c.exit);
  expect(printed).toMatch(c.reason);
  expect(printed).not.toMatch(/Unhandled/i);
  expect(printed).not.toMatch(STACK_FRAME);
  for (const file of REPORTS) expect(existsSync(join(run.reportDir, file))).toBe(true);
  const report = JSON.parse(readFileSync(join(run.reportDir, 'conformance.json'), 'utf8'));
  expect(report.exitCode).toBe(run.code);
  expect(report.results.length).toBeGreaterThan(0);
}
