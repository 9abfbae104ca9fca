/**
 * What a finished run hands to the reporters. Every report file is drawn from one RunReport, so
 * they never disagree; the exit code in it was decided by the judge (src/judge/exit-code.ts).
 */
import type { Channel } from './channels';
import type { TraceFile } from './trace';
import type { Change, CheckResult, Summary } from './verdict';

export interface Waiver {
  /** Check id (`chat/accept/notification-order`) or requirement id (`NTF-6`); globs allowed (`*\/accept/*`). */
  id: string;
  channel?: Channel;
  reason: string;
  owner: string;
  /** Last day the waiver applies, `YYYY-MM-DD` (UTC). */
  expires: string;
}

/** A waiver that waived nothing: it matched no fail/warn/error result, or it had expired. */
export interface UnusedWaiver extends Waiver {
  problem: 'unmatched' | 'expired';
}

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
  /** The run the results were compared with (--baseline), and what changed. */
  baseline?: BaselineSummary;
}

export interface BaselineSummary {
  file: string;
  target: string;
  startedAt: string;
  counts: Record<Change, number>;
  /** Results of the baseline that this run did not produce (check removed, channel or --only narrowed). */
  missing: string[];
}

export type ExitCode = 0 | 1 | 2;

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

/** The part of a conformance.json that baselines and `npm run compare` read. */
export interface StoredReport {
  target: string;
  startedAt: string;
  exitCode?: number;
  suite?: { name: string; version: string };
  results: Pick<CheckResult, 'id' | 'requirements' | 'channel' | 'verdict' | 'title' | 'message'>[];
}
