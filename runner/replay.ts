/** Reads a stored trace.json for `--replay`, with a one-line error when it is not one. */
import { readFileSync } from 'node:fs';
import type { TraceFile } from '../src/model/trace';

/** The run cannot start for a reason the user can fix: reported in one line, exit 2. */
export class SetupError extends Error {}

export function loadTrace(file: string): TraceFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SetupError(`--replay: cannot read ${file}: ${(e as Error).message}`);
  }
  const t = parsed as Partial<TraceFile>;
  if (t?.format !== 'gws-conformance-trace/1' || typeof t.channels !== 'object' || t.channels === null) {
    throw new SetupError(`--replay: ${file} is not a gws-conformance trace (format gws-conformance-trace/1)`);
  }
  return t as TraceFile;
}
