/**
 * The `manual` driver: tells a person what to do on the customer side and waits (bounded) for the
 * offer notification. A person does one thing at a time, so every channel's driver of a run shares
 * one queue of prompts: the next prompt is printed when the previous offer arrived or its wait ran
 * out. It cannot produce events on demand: those checks are reported `skip`.
 */
import { performance } from 'node:perf_hooks';
import { CHANNELS, type ChannelRow } from '../../model/channels';
import { notificationData, stateChangeOf } from '../../model/protocol';
import type { ScenarioWith } from '../../model/scenarios';
import { refuseId } from '../paths';
import type { Recorder } from '../recorder';
import type { CustomerDriver, Failure, OfferRequest, ProduceResult, ViewResult } from './types';

/** How long a person gets to start an interaction, from the moment its prompt is printed. */
export const MANUAL_WAIT_MS = 120_000;

/** One person's prompts for the whole run, one at a time, and the ids of the offers already taken. */
export class PromptQueue {
  /** Offer ids already given to a prompt: each offer belongs to one interaction only. */
  readonly claimed = new Set<string>();
  private tail: Promise<unknown> = Promise.resolve();
  private openSince: number | undefined;
  private closedMs = 0;

  /** Runs `turn` once every earlier turn has ended. `turn` must not reject (the drivers' calls never do). */
  take<T>(turn: () => Promise<T>): Promise<T> {
    const mine = this.tail.then(() => {
      this.openSince = performance.now();
      return turn();
    });
    this.tail = mine.then(() => {
      this.closedMs += performance.now() - (this.openSince ?? performance.now());
      this.openSince = undefined;
    });
    return mine;
  }

  /** Milliseconds so far during which a prompt was waiting for the person (the open one included). */
  personMs(): number {
    return this.closedMs + (this.openSince === undefined ? 0 : performance.now() - this.openSince);
  }
}

export class ManualDriver implements CustomerDriver {
  readonly kind = 'manual';

  constructor(
    private readonly opts: {
      row: ChannelRow;
      recorder: Recorder;
      say: (line: string) => void;
      /** The run's one queue; a driver of its own when absent. */
      prompts?: PromptQueue;
      waitMs?: number;
    },
  ) {
    this.prompts = opts.prompts ?? new PromptQueue();
  }

  private readonly prompts: PromptQueue;

  async discover(): Promise<{ channels: string[] }> {
    return { channels: [...CHANNELS] };
  }

  offer(scenario: ScenarioWith<'offer'>, req: OfferRequest): Promise<{ id: string } | Failure> {
    return this.prompts.take(() => this.prompt(scenario, req));
  }

  personMs(): number {
    return this.prompts.personMs();
  }

  private async prompt(
    scenario: ScenarioWith<'offer'>,
    req: OfferRequest,
  ): Promise<{ id: string } | Failure> {
    const { row, recorder, say } = this.opts;
    const waitMs = this.opts.waitMs ?? MANUAL_WAIT_MS;
    const claimed = this.prompts.claimed;
    const typed = req.messages.map((m) => m.text ?? `(${m.type})`).join(', ');
    say(
      `[${row.name}] ${scenario}: as customer "${req.customer.nickname}", start a ${row.name} interaction for agent ${req.agent}${typed ? ` and send: ${typed}` : ''}; do not accept it in any agent desktop (you have ${duration(waitMs)}).`,
    );
    let id: string | undefined;
    await recorder.waitFor(
      (e) => {
        const data = e.actor === 'A' ? notificationData(e) : undefined;
        const offered = data && stateChangeOf(data, row)?.id;
        // Claimed in the match itself, so no other wait can take the same offer.
        if (!offered || claimed.has(offered)) return false;
        claimed.add(offered);
        id = offered;
        return true;
      },
      { timeoutMs: waitMs, what: `a new ${row.name} offer started by hand`, scenario },
    );
    if (!id) return { error: `no ${row.name} interaction was offered within ${duration(waitMs)}` };
    return refuseId('the offer notification', id) ?? { id };
  }

  async produce(): Promise<ProduceResult> {
    return 'unsupported';
  }

  async view(): Promise<ViewResult> {
    return { unsupported: 'the manual driver has no customer view (GET /conformance/v1/interactions/{id})' };
  }

  async end(scenario: ScenarioWith<'end'>, id: string): Promise<void> {
    this.opts.say(`[${this.opts.row.name}] ${scenario}: the customer may now leave interaction ${id}.`);
  }
}

function duration(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}
