/**
 * The clock: every wait of one channel's run and the rules that bound it. A scenario asks it to wait
 * for a notification, to wait out the quiet window, or to keep the channel listening; the engine asks
 * it to cap the interaction phase and to settle. The state those answers depend on (which scenarios
 * are degraded, whether the agent's channel is silent, how long to keep listening) lives here only.
 */
import { isNotification } from '../model/protocol';
import type { ScenarioId } from '../model/scenarios';
import type { TraceEvent } from '../model/trace';
import type { Recorder } from '../target/recorder';

/** The quiet window of negative checks: long enough for a late notification, short enough to keep runs fast. */
export function quietMs(timeoutMs: number): number {
  return Math.min(1000, Math.max(200, Math.round(timeoutMs / 10)));
}

/**
 * How many whole timeouts the interaction phase may spend on the target. The phase is a safety net,
 * not a schedule: the longest scenario (the accept flow) makes its requests and waits one after
 * another, and a slow target that uses a whole timeout on up to eight of them is still judged on
 * everything it did. One slower than that on every call is cut, and what was recorded is judged.
 */
export const PHASE_TIMEOUTS = 8;
/** Fixed slack on top: connects, TLS and the command driver's process start-ups on a loaded machine. */
export const PHASE_SLACK_MS = 15_000;

/** The interaction phase's bound, from the timeout (time spent waiting for a person is not counted). */
export function phaseCapMs(timeoutMs: number): number {
  return timeoutMs * PHASE_TIMEOUTS + PHASE_SLACK_MS;
}

export class Clock {
  readonly quietMs: number;
  readonly phaseCapMs: number;
  /** After one wait of a scenario timed out, its later waits get the quiet window only: bounded runs. */
  private readonly degraded = new Set<ScenarioId>();
  /** The agent has had no notification at all and a wait timed out: the channel is silent, waits stop. */
  private silent = false;
  /** Recorder time until which the channel keeps listening after the last scenario (late notifications). */
  private listenUntil = 0;

  /** Milliseconds spent so far waiting for a person (the manual driver's prompts): the phase cap does not count them. */
  private readonly personMs: () => number;

  constructor(
    private readonly recorder: Recorder,
    readonly timeoutMs: number,
    opts: {
      personMs?: () => number /** Only to test the cap without waiting it out. */;
      phaseCapMs?: number;
    } = {},
  ) {
    this.quietMs = quietMs(timeoutMs);
    this.phaseCapMs = opts.phaseCapMs ?? phaseCapMs(timeoutMs);
    this.personMs = opts.personMs ?? (() => 0);
  }

  /** Is the agent's channel silent (no notification at all, and a wait timed out)? */
  isSilent(): boolean {
    return this.silent;
  }

  /**
   * The first event from `sinceSeq` on that matches, waiting a timeout (the quiet window once the
   * scenario is degraded, nothing once the channel is silent). A timeout leaves the recorder's note.
   */
  async waitFor(
    scenario: ScenarioId,
    match: (ev: TraceEvent) => boolean,
    what: string,
    sinceSeq: number,
  ): Promise<TraceEvent | undefined> {
    const limit = this.silent ? 0 : this.degraded.has(scenario) ? this.quietMs : this.timeoutMs;
    const ev = await this.recorder.waitFor(match, { timeoutMs: limit, what, sinceSeq, scenario });
    if (!ev) {
      this.degraded.add(scenario);
      // A target that has notified the agent nothing at all will not start now: stop waiting on it.
      if (!this.recorder.events.some((e) => e.actor === 'A' && isNotification(e))) this.silent = true;
    }
    return ev;
  }

  /** The quiet window of negative checks: late notifications of a bad request land before the next step. */
  quiet(): Promise<void> {
    // Nothing reaches a silent channel's agent: there is nothing to wait out.
    return sleep(this.silent ? 0 : this.quietMs);
  }

  /** Keeps the channel listening one quiet window past now, for a check that something is NOT notified. */
  listenPastNow(): void {
    this.listenUntil = Math.max(this.listenUntil, this.recorder.now() + this.quietMs);
  }

  /** After the last scenario: listen until the latest `listenPastNow` asked (not on a silent channel). */
  settle(): Promise<void> {
    return sleep(this.silent ? 0 : Math.max(0, this.listenUntil - this.recorder.now()));
  }

  /**
   * Resolves true when `work` ends within the phase cap, false when the cap passed first. Time spent
   * waiting for a person is added to the cap as it accrues, so no prompt of the manual driver is cut.
   */
  async cap(work: Promise<unknown>): Promise<boolean> {
    const excusedAtStart = this.personMs();
    const start = this.recorder.now();
    let timer: NodeJS.Timeout | undefined;
    const overrun = new Promise<boolean>((resolve) => {
      const arm = () => {
        const left = start + this.phaseCapMs + (this.personMs() - excusedAtStart) - this.recorder.now();
        timer = left > 0 ? setTimeout(arm, left) : undefined;
        if (left <= 0) resolve(false);
      };
      arm();
    });
    const finished = await Promise.race([work.then(() => true), overrun]);
    clearTimeout(timer);
    return finished;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
