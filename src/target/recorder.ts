/**
 * The recorder: the one waiting primitive (how long to wait is src/drive/clock.ts's). Every HTTP
 * exchange and Bayeux message goes in with a monotonic timestamp; `waitFor` resolves on the first
 * matching event (already recorded or still to come) or, after its limit, leaves a timeout note
 * that says what did arrive. What goes in is scrubbed of every secret the run knows (it learns
 * cookie values and CSRF tokens as they arrive) and counted against a byte budget, so memory is
 * bounded by bytes, not events.
 */
import { performance } from 'node:perf_hooks';
import { Secrets, scrubValue } from '../model/redact';
import type { Actor, TraceEvent } from '../model/trace';

type NewEvent = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'seq' | 't'> & { t?: number }
    : never
  : never;

interface Waiter {
  match: (ev: TraceEvent) => boolean;
  resolve: (ev: TraceEvent | undefined) => void;
}

/** Past this many events, further notifications are counted, not stored (a flooding target). */
const MAX_EVENTS = 5_000;

/** Characters of text a channel's trace keeps (README "Secrets and limits"); past it long strings are cut. */
export const TRACE_BUDGET = 2 * 1024 * 1024;
/** What is left of a long string once the budget is spent. */
const CUT_AT = 1024;

export class Recorder {
  readonly events: TraceEvent[] = [];
  private readonly t0 = performance.now();
  private readonly waiters = new Set<Waiter>();
  private dropped = 0;
  private kept = 0;
  private inFlight = 0;
  private readonly secrets: Secrets;

  constructor(secrets: readonly string[] = []) {
    this.secrets = new Secrets(secrets);
  }

  /** Secrets learnt during the run (cookie values, tokens): scrubbed from every later event. */
  addSecrets(values: Iterable<string | undefined>): void {
    this.secrets.add(values);
  }

  /** A line of text from the target made safe to show: secrets out, control characters escaped. */
  safeText(text: string): string {
    return (
      this.secrets
        .text(text)
        // biome-ignore lint/suspicious/noControlCharactersInRegex: escaping them is the point
        .replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
    );
  }

  /**
   * How many bytes of the next body to read: `full` while the budget, less what reads in flight
   * may still bring, has room; `spent` otherwise. Concurrent reads cannot all count on the same room.
   * Call the returned release when the read is over.
   */
  claimRead(full: number, spent: number): { max: number; release: () => void } {
    const max = this.kept + this.inFlight < TRACE_BUDGET ? full : spent;
    this.inFlight += max;
    let open = true;
    const release = () => {
      if (open) this.inFlight -= max;
      open = false;
    };
    return { max, release };
  }

  /** Characters the trace may still keep in full. */
  budgetLeft(): number {
    return Math.max(0, TRACE_BUDGET - this.kept);
  }

  /** Milliseconds since the recorder was made. */
  now(): number {
    return Math.round((performance.now() - this.t0) * 10) / 10;
  }

  add<E extends TraceEvent>(event: NewEvent): E {
    if (this.events.length >= MAX_EVENTS && event.kind !== 'note') {
      if (this.dropped++ === 0)
        this.note(event.actor, 'error', `more than ${MAX_EVENTS} events: later ones are not recorded`);
      return { ...event, seq: -1, t: this.now() } as E;
    }
    const spent = this.kept >= TRACE_BUDGET;
    const stats = { chars: 0 };
    const recorded = scrubValue(
      { ...event, seq: this.events.length + 1, t: event.t ?? this.now() },
      this.secrets,
      {
        stats,
        maxString: spent ? CUT_AT : undefined,
        cutWhy: `the trace's budget of ${TRACE_BUDGET} characters per channel is spent`,
      },
    ) as E;
    this.kept += stats.chars;
    this.events.push(recorded);
    if (!spent && this.kept >= TRACE_BUDGET)
      this.note(
        event.actor,
        'info',
        `the trace holds ${TRACE_BUDGET} characters for this channel: later strings are cut to ${CUT_AT} characters`,
      );
    for (const w of this.waiters) {
      if (w.match(recorded)) {
        this.waiters.delete(w);
        w.resolve(recorded);
      }
    }
    return recorded;
  }

  note(actor: Actor, level: 'info' | 'timeout' | 'error', text: string, scenario?: string): void {
    this.add({ kind: 'note', actor, level, text, scenario });
  }

  /**
   * The first event from `sinceSeq` on that matches, waiting at most `timeoutMs`. On timeout it
   * records a note naming what was awaited and what arrived meanwhile, and resolves undefined.
   */
  waitFor<E extends TraceEvent>(
    match: (ev: TraceEvent) => ev is E,
    opts: { timeoutMs: number; what: string; sinceSeq?: number; scenario?: string; actor?: Actor },
  ): Promise<E | undefined>;
  waitFor(
    match: (ev: TraceEvent) => boolean,
    opts: { timeoutMs: number; what: string; sinceSeq?: number; scenario?: string; actor?: Actor },
  ): Promise<TraceEvent | undefined>;
  waitFor(
    match: (ev: TraceEvent) => boolean,
    opts: { timeoutMs: number; what: string; sinceSeq?: number; scenario?: string; actor?: Actor },
  ): Promise<TraceEvent | undefined> {
    const since = opts.sinceSeq ?? 0;
    const seen = this.events.find((ev) => ev.seq >= since && match(ev));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        match: (ev) => ev.seq >= since && match(ev),
        resolve: (ev) => {
          clearTimeout(timer);
          resolve(ev);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const arrived = this.events.filter(
          (ev) => ev.seq >= since && ev.kind === 'bayeux' && ev.direction === 'in',
        );
        const saw = arrived.length === 0 ? 'nothing' : arrived.slice(-6).map(describe).join('; ');
        this.note(
          opts.actor ?? 'A',
          'timeout',
          `waited ${opts.timeoutMs} ms for ${opts.what}; ${arrived.length} message(s) arrived meanwhile: ${saw}`,
          opts.scenario,
        );
        resolve(undefined);
      }, opts.timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Resolves every pending wait (as a timeout would, without the note): used when a run is cut short. */
  cancelWaits(): void {
    for (const w of this.waiters) w.resolve(undefined);
    this.waiters.clear();
  }
}

/** One line about an event, for timeout notes and logs. */
export function describe(ev: TraceEvent): string {
  if (ev.kind === 'http')
    return `${ev.request.method} ${ev.request.url} -> ${ev.response?.status ?? ev.error}`;
  if (ev.kind === 'bayeux') {
    const data = ev.message.data as Record<string, unknown> | undefined;
    if (!data || typeof data !== 'object')
      return `${ev.message.channel}${ev.message.successful === false ? ' (unsuccessful)' : ''}`;
    const state = Object.values(data).find((v) => v && typeof v === 'object' && 'state' in (v as object)) as
      | { state?: unknown; id?: unknown }
      | undefined;
    const tail = state ? ` ${String(state.state)} id=${String(state.id)}` : '';
    return `${String(data.messageType)}/${String(data.notificationType)}${tail}`;
  }
  return ev.kind === 'note' ? ev.text : `bayeux fault: ${ev.message}`;
}
