import { randomBytes } from 'node:crypto';
/**
 * What a scenario works with: the channel's row, the agents' clients, the customer driver and the
 * recorder; plus the few moves every scenario makes (offer an interaction, accept it, wait for a
 * notification about it), so each scenario file reads as its steps.
 */
import type { ChannelRow, OperationName } from '../../model/channels';
import {
  historyOf,
  type Json,
  notificationData,
  type StateChange,
  senderNickname,
  stateChangeOf,
} from '../../model/protocol';
import type { ScenarioId, ScenarioWith, StepOf } from '../../model/scenarios';
import type { Actor, HttpEvent, ScenarioFacts, TraceEvent } from '../../model/trace';
import type { NotificationClient } from '../../target/cometd';
import { type CustomerDriver, isFailure } from '../../target/drivers/types';
import { interactionPath } from '../../target/paths';
import type { Recorder } from '../../target/recorder';
import type { RestClient } from '../../target/rest';
import type { Clock } from '../clock';

export interface Agent {
  user: string;
  rest: RestClient;
  notifications?: NotificationClient;
}

export interface RunContext {
  row: ChannelRow;
  /** The collection spelling the target serves: the row's, unless login learnt a variant (spelling.ts). */
  collection: string;
  /**
   * Per lifecycle operation, the collection it was served on the first time it was sent: the
   * run's, or the spelling its page shows (spelling.ts, learnt once per channel and operation).
   */
  operationCollections: Partial<Record<OperationName, string>>;
  recorder: Recorder;
  driver: CustomerDriver;
  a: Agent;
  b?: Agent;
  /** No credentials at all, own empty jar. */
  anon: RestClient;
  /** Agent A's user name with a wrong password. */
  intruder: RestClient;
  /** Every wait of the channel's run, and the timeout and quiet window it derives them from. */
  clock: Clock;
  insecure?: boolean;
  base: string;
  /** Notification clients to close when the channel's run ends. */
  clients: NotificationClient[];
}

/** A scenario's handle on its own record: facts it fills in, its steps (typed by its id), and its waits. */
export class ScenarioRun<S extends ScenarioId = ScenarioId> {
  readonly facts: ScenarioFacts = {};

  constructor(
    readonly ctx: RunContext,
    readonly id: S,
  ) {}

  path(interactionId: string, suffix = ''): string {
    return interactionPath(this.ctx.collection, interactionId, suffix);
  }

  /**
   * A customer nickname unique to this scenario, channel and run: an agent may receive every
   * channel's notifications on each session, and a history with no URI member is attributed by it.
   */
  customer(): string {
    const tag = randomBytes(3).toString('hex');
    return `Cust-${this.ctx.row.name}-${this.id.replace(/^accept-/, '')}-${tag}`.slice(0, 60);
  }

  /** Offers an interaction to agent A through the driver and waits for the offer notification. */
  async offer(
    this: ScenarioRun<ScenarioWith<'offer'>>,
    messages: ReadonlyArray<{ type: string; text?: string }> = [],
  ): Promise<string | undefined> {
    const { driver, a, recorder } = this.ctx;
    const since = recorder.events.length + 1;
    this.facts.customerNickname = this.customer();
    this.facts.before = [];
    const t = recorder.now();
    const answer = await driver.offer(this.id, {
      channel: this.ctx.row.name,
      agent: a.user,
      customer: { nickname: this.facts.customerNickname },
      messages,
    });
    if (isFailure(answer)) throw new ScenarioError(answer.error);
    this.facts.interactionId = answer.id;
    this.facts.before = messages.map((m) => ({ ...m, status: 'produced' as const, t }));
    await this.waitState('A', answer.id, () => true, 'the offer notification', since);
    return answer.id;
  }

  accept(agent: Agent, id: string, step: StepOf<S>, body: Json): Promise<HttpEvent> {
    return agent.rest.post(this.id, step, this.path(id), { json: body });
  }

  /** Waits for a state-change notification about `id` received by `actor` that satisfies `ok`. */
  waitState(
    actor: Actor,
    id: string,
    ok: (change: StateChange) => boolean,
    what: string,
    sinceSeq: number,
  ): Promise<TraceEvent | undefined> {
    const row = this.ctx.row;
    return this.wait(
      (ev) => {
        const data = ev.actor === actor ? notificationData(ev) : undefined;
        const change = data && stateChangeOf(data, row);
        return !!change && change.id === id && ok(change);
      },
      `${what} of ${id}`,
      sinceSeq,
    );
  }

  /** Waits for a MessageLogUpdated about `id` (by URI, or by this scenario's customer) that satisfies `ok`. */
  waitHistory(
    id: string,
    ok: (messages: unknown[]) => boolean,
    what: string,
    sinceSeq: number,
  ): Promise<TraceEvent | undefined> {
    const row = this.ctx.row;
    return this.wait(
      (ev) => {
        const data = ev.actor === 'A' ? notificationData(ev) : undefined;
        const history = data && historyOf(data, row);
        if (!history) return false;
        const mine =
          history.id === id ||
          (history.id === undefined &&
            history.messages.some((m) => senderNickname(m) === this.facts.customerNickname));
        return mine && ok(history.messages);
      },
      `${what} of ${id}`,
      sinceSeq,
    );
  }

  wait(match: (ev: TraceEvent) => boolean, what: string, sinceSeq: number): Promise<TraceEvent | undefined> {
    return this.ctx.clock.waitFor(this.id, match, what, sinceSeq);
  }

  /** Keeps the channel listening one quiet window past now, for a check that something is NOT notified. */
  listenPastNow(): void {
    this.ctx.clock.listenPastNow();
  }

  /** The quiet window of negative checks: late notifications of a bad request land before the next step. */
  quiet(): Promise<void> {
    return this.ctx.clock.quiet();
  }

  note(text: string): void {
    this.ctx.recorder.note('A', 'info', text, this.id);
  }
}

/** The suite could not drive the scenario (the customer side failed): its checks are `error`. */
export class ScenarioError extends Error {}
