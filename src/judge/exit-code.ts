/** The exit code a run earns (spec/RUNNER.md, "Exit codes"): verdict policy, decided here and drawn by the reporters. */
import type { ExitCode } from '../model/report';
import type { CheckResult } from '../model/verdict';

/** What each exit code means (spec/RUNNER.md), as `--help` prints it. */
export const EXIT_CODES: Record<ExitCode, string> = {
  0: 'no fail and no error (with --strict, no warn either; with --fail-on=new, no new fail or error)',
  1: 'at least one unwaived fail or error (or warn under --strict; only new ones under --fail-on=new)',
  2: 'the run could not do its job: bad options, target unreachable, nothing was tested',
};

export interface ExitCodeOptions {
  strict: boolean;
  /** `new`: only results a baseline marks `new` gate the run. */
  failOn?: 'any' | 'new';
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
  const gating = results.filter((r) => !r.waived && (opts.failOn !== 'new' || r.baseline?.change === 'new'));
  if (gating.some((r) => r.verdict === 'fail' || r.verdict === 'error')) return 1;
  if (opts.strict && gating.some((r) => r.verdict === 'warn')) return 1;
  if (opts.strict && opts.unusedWaivers.length > 0) return 1;
  return 0;
}
