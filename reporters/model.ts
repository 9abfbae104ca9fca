/**
 * What a run hands to the reporters, and the exit code it earns (spec/RUNNER.md, "Exit codes").
 * Every report file is drawn from one RunReport, so they never disagree.
 */
import type { TraceFile } from '../src/trace/types';
import type { CheckResult, Summary } from '../src/verdict';
import type { UnusedWaiver } from './waivers';

export interface RunReport {
  suite: { name: string; version: string };
  /** URL or `replay:<file>`; never contains credentials (see stripCredentials). */
  target: string;
  startedAt: string;
  durationMs: number;
  /** The run's options, secrets already removed. */
  options: Record<string, unknown>;
  /** Counts per verdict; waived results still count under their verdict. */
  summary: Summary;
  results: CheckResult[];
  /** Waivers that waived nothing, or had expired (see applyWaivers). */
  unusedWaivers: UnusedWaiver[];
  exitCode: ExitCode;
  /** Why the run could not do its job (exit 2), e.g. "target unreachable: connect ECONNREFUSED 127.0.0.1:1". */
  fatal?: string;
  /** May have no channels (fatal before driving). */
  trace: TraceFile;
  /**
   * Check id without its channel (`accept/notification-order`) -> the scenarios whose timeline its
   * detail shows (Check.scenarios). Results of checks missing here show their evidence events only.
   */
  checkScenarios?: Record<string, string[]>;
}

export type ExitCode = 0 | 1 | 2;

export interface ExitCodeOptions {
  strict: boolean;
  unusedWaivers: readonly unknown[];
  fatal?: string;
}

/** Verdicts that mean the target was actually exercised and judged. */
const TESTED = new Set(['pass', 'fail', 'warn', 'info']);

/**
 * 2: fatal, or nothing was tested (no results, or every result is skip or error).
 * 1: an unwaived fail; under strict also an unwaived warn or any unused/expired waiver.
 *    An unwaived `error` next to results that did test something is also 1: RUNNER.md says 0 needs
 *    "no fail and no error", and the run did its job for the rest, so it gates like a failure
 *    rather than masquerading as "could not run at all".
 * 0: otherwise. Waived results never count.
 */
export function exitCodeFor(results: readonly CheckResult[], opts: ExitCodeOptions): ExitCode {
  if (opts.fatal) return 2;
  if (!results.some((r) => TESTED.has(r.verdict))) return 2;
  const gating = results.filter((r) => !r.waived);
  if (gating.some((r) => r.verdict === 'fail' || r.verdict === 'error')) return 1;
  if (opts.strict && gating.some((r) => r.verdict === 'warn')) return 1;
  if (opts.strict && opts.unusedWaivers.length > 0) return 1;
  return 0;
}

/** PASS / FAIL / ERROR, the word every report shows next to the exit code. */
export function overallWord(exitCode: ExitCode): 'PASS' | 'FAIL' | 'ERROR' {
  return exitCode === 0 ? 'PASS' : exitCode === 1 ? 'FAIL' : 'ERROR';
}

/** Removes `user:pass@` from a URL; anything that is not a URL (e.g. `replay:trace.json`) is kept. */
export function stripCredentials(target: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return target;
  try {
    const url = new URL(target);
    if (!url.username && !url.password) return target;
    url.username = '';
    url.password = '';
    return url.toString();
  } catch {
    // Not parseable: drop anything between the scheme and an '@' to be safe.
    return target.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@]*@/i, '$1');
  }
}

/** `chat/accept/notification-order` -> `accept/notification-order` (the Check id). */
export function checkIdOf(result: Pick<CheckResult, 'id' | 'channel'>): string {
  return result.channel && result.id.startsWith(`${result.channel}/`)
    ? result.id.slice(result.channel.length + 1)
    : result.id;
}
