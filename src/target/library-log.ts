/**
 * The CometD client's own logging, routed through the suite. The library writes to `console`,
 * where a target's text (escape sequences, secrets) and floods (one line per unknown message) would
 * reach the user's terminal. Here every line is counted by kind, the first few are kept in the trace
 * (secrets scrubbed, control characters escaped, cut), and one summary line is printed at the end.
 */
import type { Actor } from '../model/trace';
import type { Recorder } from './recorder';

/** Distinct kinds of line kept in the trace; the rest are counted only. */
const KEPT = 5;
const LINE_MAX = 300;

type Level = 'warn' | 'info' | 'debug';

export class LibraryLog {
  private readonly counts = new Map<string, number>();
  private total = 0;
  private summarized = false;

  constructor(
    private readonly recorder: Recorder,
    private readonly actor: Actor,
    private readonly print: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
  ) {}

  /** Replaces the client's log methods (its only way to the console) with this sink. */
  attach(client: object): void {
    const target = client as { _warn?: unknown; _info?: unknown; _debug?: unknown };
    target._warn = (...args: unknown[]) => this.line('warn', args);
    target._info = () => {};
    target._debug = () => {};
  }

  private line(level: Level, args: unknown[]): void {
    this.total++;
    const kind = this.recorder
      .safeText(String(args.find((a) => typeof a === 'string') ?? level))
      .slice(0, 80);
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    if (n === 1 && this.counts.size <= KEPT)
      this.recorder.note(this.actor, 'info', `CometD client ${level}: ${this.format(args)}`);
  }

  private format(args: unknown[]): string {
    const text = args
      .map((a) => {
        if (typeof a === 'string') return a;
        try {
          return JSON.stringify(a)?.slice(0, LINE_MAX) ?? String(a);
        } catch {
          return '[unprintable value]';
        }
      })
      .join(' ');
    return this.recorder.safeText(text.slice(0, LINE_MAX));
  }

  /** Once: one line saying how much the library logged, and the commonest kinds. */
  summarize(): void {
    if (this.summarized || this.total === 0) return;
    this.summarized = true;
    const kinds = [...this.counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, n]) => `${n} × "${k}"`)
      .join(', ');
    const line = `agent ${this.actor}: the CometD client logged ${this.total} warning(s): ${kinds} (first ones in the trace)`;
    this.recorder.note(this.actor, 'info', line);
    this.print(`  ${line}`);
  }
}
