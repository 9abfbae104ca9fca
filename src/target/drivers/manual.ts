/**
 * The `manual` driver: tells a person what to do on the customer side and waits (bounded) for the
 * offer notification. It cannot produce events on demand: those checks are reported `skip`.
 */
import { CHANNELS, type ChannelRow } from '../../model/channels';
import { notificationData, stateChangeOf } from '../../model/protocol';
import { refuseId } from '../paths';
import type { Recorder } from '../recorder';
import type { CustomerDriver, Failure, OfferRequest, ProduceResult } from './types';

/** How long a person gets to start an interaction. */
export const MANUAL_WAIT_MS = 120_000;

export class ManualDriver implements CustomerDriver {
  readonly kind = 'manual';
  private readonly seen = new Set<string>();

  constructor(private readonly opts: { row: ChannelRow; recorder: Recorder; say: (line: string) => void }) {}

  async discover(): Promise<{ channels: string[] }> {
    return { channels: [...CHANNELS] };
  }

  async offer(scenario: string, req: OfferRequest): Promise<{ id: string } | Failure> {
    const { row, recorder, say } = this.opts;
    const typed = req.messages.map((m) => m.text ?? `(${m.type})`).join(', ');
    say(
      `[${row.name}] ${scenario}: as customer "${req.customer.nickname}", start a ${row.name} interaction for agent ${req.agent}${typed ? ` and send: ${typed}` : ''}; do not accept it in any agent desktop.`,
    );
    const ev = await recorder.waitFor(
      (e) => {
        const data = notificationData(e);
        const change = data && stateChangeOf(data, row);
        return e.actor === 'A' && !!change?.id && !this.seen.has(change.id);
      },
      { timeoutMs: MANUAL_WAIT_MS, what: `a new ${row.name} offer started by hand`, scenario },
    );
    const id = ev && stateChangeOf(notificationData(ev)!, row)?.id;
    if (!id) return { error: `no ${row.name} interaction was offered within ${MANUAL_WAIT_MS / 1000} s` };
    this.seen.add(id);
    return refuseId('the offer notification', id) ?? { id };
  }

  async produce(): Promise<ProduceResult> {
    return 'unsupported';
  }

  async end(scenario: string, id: string): Promise<void> {
    this.opts.say(`[${this.opts.row.name}] ${scenario}: the customer may now leave interaction ${id}.`);
  }
}
