/** The exit code a run earns (spec/RUNNER.md, "Exit codes"): verdict policy, decided here and drawn by the reporters. */
import type { ExitCode } from '../model/report';
import type { CheckResult } from '../model/verdict';

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
