/**
 * What the runner hands to the Jest suite and what the suite hands back, both as files in one
 * temporary folder the runner removes after Jest ends. The runner names the handoff file through
 * Jest's own `globals` (set in the config given to runCLI): no options or secrets travel through
 * the environment, and the handoff holds the trace (redacted as recorded) and the judging options
 * only, no RunConfig.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Channel } from '../src/model/channels';
import type { TraceFile } from '../src/model/trace';
import type { CheckResult } from '../src/model/verdict';

/** The Jest global that holds the handoff file's path. */
export const HANDOFF_GLOBAL = '__GWS_CONFORMANCE_HANDOFF__';

export interface Handoff {
  /** The trace to judge: just driven, or given with --replay (the same code path). */
  trace: TraceFile;
  channels: Channel[];
  /** --only: a glob over check ids and requirement ids. */
  only?: string;
  /** Where the suite writes every result it judged, as one JSON array. */
  resultsFile: string;
}

export function writeHandoff(dir: string, h: Omit<Handoff, 'resultsFile'>): string {
  const file = join(dir, 'handoff.json');
  writeFileSync(file, JSON.stringify({ ...h, resultsFile: join(dir, 'results.json') } satisfies Handoff));
  return file;
}

/** In the Jest suite: the handoff the runner named in `globals`. */
export function readHandoff(
  globals: Record<string, unknown> = globalThis as Record<string, unknown>,
): Handoff {
  const file = globals[HANDOFF_GLOBAL];
  if (typeof file !== 'string')
    throw new Error('no handoff from the runner: run the conformance suite with `npm test`, not bare jest');
  return JSON.parse(readFileSync(file, 'utf8')) as Handoff;
}

export function writeResults(h: Handoff, results: CheckResult[]): void {
  writeFileSync(h.resultsFile, JSON.stringify(results));
}

/** The suite's results, or undefined when it wrote none (nothing ran, or it crashed). */
export function readResults(dir: string): CheckResult[] | undefined {
  try {
    return JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as CheckResult[];
  } catch {
    return undefined;
  }
}
