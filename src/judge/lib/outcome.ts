/**
 * Building outcomes. A breach takes its verdict from the requirement's level (never a hard-coded
 * verdict in a check body); failures read Requirement / Expected / Actual with short quoted JSON.
 */
import type { DocVariant } from '../../model/channels';
import type { Level, RequirementId } from '../../model/requirements';
import {
  BREACH_VERDICT,
  breachVerdict,
  type Outcome,
  SEVERITY,
  type Verdict,
  worst,
} from '../../model/verdict';
import type { ValidationIssue } from '../../validate';

/** What may accompany a message. */
export interface Extra {
  expected?: string;
  actual?: string;
  evidence?: number[];
  pointer?: string;
  variant?: DocVariant;
}

/** Thrown by look-ups whose precondition is missing; the check's wrapper returns its outcome. */
export class Halt extends Error {
  readonly outcome: Outcome;
  constructor(outcome: Outcome) {
    super(outcome.message);
    this.name = 'Halt';
    this.outcome = outcome;
  }
}

function make(verdict: Verdict, message: string, extra: Extra = {}): Outcome {
  const out: Outcome = { verdict, message };
  for (const [k, v] of Object.entries(extra)) {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0))
      (out as unknown as Record<string, unknown>)[k] = v;
  }
  return out;
}

export const pass = (message: string, extra?: Extra): Outcome => make('pass', message, extra);

/** A breach of `req`: fail for MUST, warn for SHOULD, info for INFO. */
export const breach = (req: RequirementId, message: string, extra?: Extra): Outcome =>
  make(breachVerdict(req), message, extra);

/** A breach judged at an explicit level (a check whose level differs from its requirement's). */
export const breachAt = (level: Level, message: string, extra?: Extra): Outcome =>
  make(BREACH_VERDICT[level], message, extra);

/**
 * Only the SHOULD detail of `req` is broken ("non-zero statusCode, SHOULD be 6"): warn for a MUST
 * or SHOULD requirement, info for an INFO one.
 */
export function detail(req: RequirementId, message: string, extra?: Extra): Outcome {
  const own = breachVerdict(req);
  const should = BREACH_VERDICT.SHOULD;
  return make(SEVERITY[own] < SEVERITY[should] ? own : should, message, extra);
}

/** What the target chose, for an INFO requirement. */
export const record = (message: string, extra?: Extra): Outcome => make(BREACH_VERDICT.INFO, message, extra);

export const skip = (reason: string): Outcome => make('skip', reason);
export const error = (reason: string, extra?: Extra): Outcome => make('error', reason, extra);

/** The target copied a seed page's variant: the table's verdict, naming the page and the reconciled form. */
export function fromVariant(v: DocVariant, what: string, extra: Extra = {}): Outcome {
  return make(
    v.verdict,
    `${what} uses ${JSON.stringify(v.value)} as on ${v.source.file} (${v.source.section}); the reconciled form is ${JSON.stringify(v.reconciled)}: ${v.note}`,
    { expected: JSON.stringify(v.reconciled), actual: JSON.stringify(v.value), ...extra, variant: v },
  );
}

/** Several findings: the worst one leads, the others are named after it; none is a pass. */
export function combine(findings: Outcome[], passed: Outcome): Outcome {
  const lead = worst(findings);
  if (lead === undefined || lead.verdict === 'pass') return passed;
  // Each distinct message once, with how often it was found.
  const counts = new Map<string, number>();
  for (const f of findings) if (f.verdict !== 'pass') counts.set(f.message, (counts.get(f.message) ?? 0) + 1);
  const times = (message: string) =>
    (counts.get(message) ?? 1) > 1 ? ` (${counts.get(message)} times)` : '';
  const others = [...counts.keys()].filter((m) => m !== lead.message);
  const head = `${lead.message}${times(lead.message)}`;
  if (others.length === 0) return { ...lead, message: head };
  const tail = others
    .slice(0, 3)
    .map((m) => `${m}${times(m)}`)
    .join(' ');
  const more = others.length > 3 ? ` (+${others.length - 3} more)` : '';
  return { ...lead, message: `${head} Also: ${tail}${more}` };
}

/** Short JSON of a value for Expected/Actual. */
export function quote(value: unknown, max = 200): string {
  let text: string;
  try {
    text = value === undefined ? 'undefined' : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A text body (not JSON), cut short. */
export function quoteText(text: string | undefined, max = 120): string {
  if (text === undefined) return '(no body)';
  const one = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(one.length > max ? `${one.slice(0, max - 1)}…` : one);
}

/** Schema issues as one short line, and the first issue's pointer. */
export function issuesText(issues: ValidationIssue[]): string {
  const shown = issues
    .slice(0, 3)
    .map((i) => i.message)
    .join('; ');
  return issues.length > 3 ? `${shown} (+${issues.length - 3} more)` : shown;
}

/** Count of each value, as `a (x2), b (x1)` in first-seen order. */
export function tally(values: string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v} (x${n})`).join(', ');
}
