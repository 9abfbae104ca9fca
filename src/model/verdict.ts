/** Verdicts, check results and the level rules of REQUIREMENTS.md ("Levels and verdicts"). */
import type { Channel, DocVariant } from './channels';
import { type Level, type RequirementId, requirement } from './requirements';

export const VERDICTS = ['pass', 'fail', 'warn', 'info', 'skip', 'error'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What breaking a requirement of each level is reported as. */
export const BREACH_VERDICT: Record<Level, Verdict> = { MUST: 'fail', SHOULD: 'warn', INFO: 'info' };

/** How bad a verdict is, for picking the worst of several findings. */
export const SEVERITY: Record<Verdict, number> = { pass: 0, info: 1, skip: 2, warn: 3, fail: 4, error: 5 };

/** What one check concluded about one channel. */
export interface Outcome {
  verdict: Verdict;
  /** One line: what was seen (pass) or what went wrong. */
  message: string;
  expected?: string;
  actual?: string;
  /** A documentation variant the target matches, with the page it was copied from. */
  variant?: DocVariant;
  /** Trace event seq numbers that show the finding. */
  evidence?: number[];
  /** JSON pointer of the offending member inside the first evidence event's body. */
  pointer?: string;
}

/** One line of conformance.json `results`. */
export interface CheckResult extends Outcome {
  /** `<channel>/<check>` (`chat/accept/notification-order`), or the check id for a channel-less result. */
  id: string;
  /** The check's id without the channel (`accept/notification-order`). */
  check: string;
  /** The scenarios whose timeline shows the finding (the check's scenarios). */
  scenarios: string[];
  requirements: RequirementId[];
  channel: Channel | null;
  level: Level;
  title: string;
  durationMs: number;
  waived?: { reason: string; owner: string; expires: string };
  /** How it compares with the same result of a baseline run (--baseline). */
  baseline?: BaselineMark;
}

export const CHANGES = ['new', 'fixed', 'same', 'added'] as const;
/** new: fail or error now, not before; fixed: the reverse; same; added: the baseline had no such result. */
export type Change = (typeof CHANGES)[number];

export interface BaselineMark {
  change: Change;
  /** The baseline's verdict (absent for `added`). */
  was?: Verdict;
}

export function worst(outcomes: Outcome[]): Outcome | undefined {
  return outcomes.reduce<Outcome | undefined>(
    (w, o) => (w === undefined || SEVERITY[o.verdict] > SEVERITY[w.verdict] ? o : w),
    undefined,
  );
}

/** The verdict for breaking `id`, by its level. */
export function breachVerdict(id: RequirementId): Verdict {
  return BREACH_VERDICT[requirement(id).level];
}

export type Summary = Record<Verdict, number>;

export function summarize(results: readonly { verdict: Verdict }[]): Summary {
  const s = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Summary;
  for (const r of results) s[r.verdict]++;
  return s;
}
