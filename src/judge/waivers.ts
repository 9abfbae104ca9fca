/**
 * Known failures (`--waivers=FILE`): a waived result keeps its verdict but no longer gates the run.
 * Waivers carry an owner and an expiry so they cannot quietly outlive the bug (OIDF-style: unused
 * and expired entries are reported, and fail the run under --strict).
 */
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import picomatch from 'picomatch';
import { CHANNELS, isChannel } from '../model/channels';
import type { UnusedWaiver, Waiver } from '../model/report';
import type { CheckResult } from '../model/verdict';

export type { UnusedWaiver, Waiver };

export class WaiverError extends Error {
  override name = 'WaiverError';
}

const FIELDS = new Set(['id', 'channel', 'reason', 'owner', 'expires']);
const WAIVABLE = new Set(['fail', 'warn', 'error']);

/** Reads and checks a waivers file: an array of entries, or `{"waivers": [...]}`. */
export function loadWaivers(path: string): Waiver[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new WaiverError(`${path}: cannot read waivers file (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  // jsonc-parser, strict (no comments, no trailing commas), gives the offsets Node's JSON.parse does not.
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const why = errors[0] ? words(printParseErrorCode(errors[0].error)) : (e as Error).message;
    throw new WaiverError(`${path}:${lineAt(text, errors[0]?.offset ?? 0)}: not valid JSON: ${why}`);
  }
  const isWrapped = typeof doc === 'object' && doc !== null && !Array.isArray(doc);
  const list = isWrapped ? (doc as Record<string, unknown>).waivers : doc;
  if (!Array.isArray(list)) {
    throw new WaiverError(`${path}:1: expected an array of waivers or {"waivers": [...]}`);
  }
  return list.map((entry, n) => {
    const problem = entryProblem(entry);
    if (problem) {
      const node = tree && findNodeAtLocation(tree, isWrapped ? ['waivers', n] : [n]);
      throw new WaiverError(`${path}:${lineAt(text, node?.offset ?? 0)}: waiver entry ${n}: ${problem}`);
    }
    return entry as Waiver;
  });
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** `CloseBraceExpected` -> `close brace expected`. */
function words(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function entryProblem(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'must be an object';
  const e = entry as Record<string, unknown>;
  const unknown = Object.keys(e).find((k) => !FIELDS.has(k));
  if (unknown) return `unknown member "${unknown}" (allowed: ${[...FIELDS].join(', ')})`;
  for (const k of ['id', 'reason', 'owner'] as const) {
    if (typeof e[k] !== 'string' || (e[k] as string).trim() === '')
      return `"${k}" must be a non-empty string`;
  }
  if (e.channel !== undefined && !isChannel(e.channel))
    return `"channel" must be one of ${CHANNELS.join(', ')}`;
  if (typeof e.expires !== 'string' || !isDate(e.expires)) return '"expires" must be a date YYYY-MM-DD';
  return undefined;
}

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}

export function isExpired(waiver: Waiver, today: Date): boolean {
  return today.toISOString().slice(0, 10) > waiver.expires;
}

/** Whether a waiver's id (check id or requirement id, glob allowed) and channel select a result. */
export function waiverMatches(waiver: Waiver, result: CheckResult): boolean {
  if (waiver.channel && waiver.channel !== result.channel) return false;
  const isMatch = picomatch(waiver.id);
  return isMatch(result.id) || result.requirements.some((req) => isMatch(req));
}

/**
 * Marks every fail/warn/error result that an unexpired waiver matches (the first matching waiver
 * is quoted). Returns new result objects; the input is not changed.
 */
export function applyWaivers(
  results: readonly CheckResult[],
  waivers: readonly Waiver[],
  today: Date,
): { results: CheckResult[]; unused: UnusedWaiver[] } {
  const live = waivers.filter((w) => !isExpired(w, today));
  const used = new Set<Waiver>();
  const out = results.map((r) => {
    if (!WAIVABLE.has(r.verdict)) return r;
    const matching = live.filter((w) => waiverMatches(w, r));
    if (matching.length === 0) return r;
    for (const w of matching) used.add(w);
    const { reason, owner, expires } = matching[0]!;
    return { ...r, waived: { reason, owner, expires } };
  });
  const unused: UnusedWaiver[] = waivers
    .filter((w) => !used.has(w))
    .map((w) => ({ ...w, problem: isExpired(w, today) ? 'expired' : 'unmatched' }));
  return { results: out, unused };
}
