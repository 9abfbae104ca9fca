/**
 * Baselines (`--baseline=FILE`): each result compared with the same result (same id) of a previous
 * conformance.json. Verdict policy, so it lives here: `new` and `fixed` are about fail and error,
 * the verdicts that gate a run; `--fail-on=new` then gates on `new` alone (exit-code.ts).
 */
import { readFileSync } from 'node:fs';
import type { BaselineSummary, StoredReport } from '../model/report';
import { CHANGES, type Change, type CheckResult, VERDICTS, type Verdict } from '../model/verdict';

export class BaselineError extends Error {
  override name = 'BaselineError';
}

/** What a baseline contributes: the verdict of each result id, and where the run came from. */
export interface Baseline {
  file: string;
  target: string;
  startedAt: string;
  verdicts: Map<string, Verdict>;
}

const BAD = new Set<Verdict>(['fail', 'error']);

/** Marks every result against the baseline (pure). */
export function markAgainst(
  results: readonly CheckResult[],
  baseline: Baseline,
): { results: CheckResult[]; summary: BaselineSummary } {
  const counts = Object.fromEntries(CHANGES.map((c) => [c, 0])) as Record<Change, number>;
  const marked = results.map((r) => {
    const was = baseline.verdicts.get(r.id);
    const change = changeOf(r.verdict, was);
    counts[change]++;
    return { ...r, baseline: was === undefined ? { change } : { change, was } };
  });
  const seen = new Set(results.map((r) => r.id));
  const missing = [...baseline.verdicts.keys()].filter((id) => !seen.has(id));
  const { file, target, startedAt } = baseline;
  return { results: marked, summary: { file, target, startedAt, counts, missing } };
}

export function changeOf(now: Verdict, was: Verdict | undefined): Change {
  if (was === undefined) return 'added';
  if (BAD.has(now) && !BAD.has(was)) return 'new';
  if (!BAD.has(now) && BAD.has(was)) return 'fixed';
  return 'same';
}

/** Reads a conformance.json (of this or an older suite version); anything unusable is a one-line BaselineError. */
export function readReport(path: string, what = '--baseline'): StoredReport {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new BaselineError(`${what} ${path}: not a readable conformance.json (${why})`);
  }
  const d = doc as Partial<StoredReport>;
  if (typeof d !== 'object' || d === null || !Array.isArray(d.results)) {
    throw new BaselineError(`${what} ${path}: not a conformance.json (no "results" array)`);
  }
  d.results.forEach((r, n) => {
    const ok =
      typeof r?.id === 'string' &&
      VERDICTS.includes(r.verdict) &&
      Array.isArray(r.requirements) &&
      (r.channel === null || typeof r.channel === 'string');
    if (!ok)
      throw new BaselineError(`${what} ${path}: results[${n}] lacks an id, verdict, requirements or channel`);
  });
  return {
    ...d,
    target: typeof d.target === 'string' ? d.target : 'unknown',
    startedAt: typeof d.startedAt === 'string' ? d.startedAt : 'unknown',
    results: d.results,
  };
}

export function loadBaseline(path: string): Baseline {
  const doc = readReport(path);
  const verdicts = new Map<string, Verdict>(doc.results.map((r) => [r.id, r.verdict]));
  return { file: path, target: doc.target, startedAt: doc.startedAt, verdicts };
}
