/**
 * The Accept flow as the NTF and MSG checks read it: the accept-flow scenario's interaction, its
 * `accept` request and the notifications agent A received for it (matched by id, or by the
 * scenario's customer nickname for a history without a key).
 */
import { SCENARIO, type ScenarioWith } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { CheckContext } from './framework';
import {
  histories,
  isStatusChange,
  type ReceivedChange,
  type ReceivedHistory,
  senderOf,
  stateChanges,
} from './notifications';
import { httpSteps, type Interaction, requireInteraction, requireStep } from './query';

export interface AcceptFlow extends Interaction {
  scenario: ScenarioWith<'accept'>;
  accept: HttpEvent;
  /** First StatusChange for the id before the Accept request. */
  offer: ReceivedChange | undefined;
  /** State changes for the id received from the Accept request on. */
  after: ReceivedChange[];
  /** The first StatusChange to Chatting from the Accept request on. */
  chatting: ReceivedChange | undefined;
  /** The first ParticipantsUpdated from the Accept request on. */
  participants: ReceivedChange | undefined;
  /**
   * The history NewMessages: the first from the Accept on that holds an Agent's ParticipantJoined,
   * else the first before the customer produces more.
   */
  history: ReceivedHistory | undefined;
}

/** Reads one offer-and-accept scenario (the accept-flow by default). */
export function acceptFlow(
  ctx: CheckContext,
  scenario: ScenarioWith<'accept'> = SCENARIO.acceptFlow,
): AcceptFlow {
  const it = requireInteraction(ctx, scenario);
  const accept = requireStep(ctx, scenario, 'accept');
  const changes = stateChanges(ctx, it.id);
  const after = changes.filter((r) => r.ev.t >= accept.t);
  // Until the customer produces more (the first `produce:` step), a NewMessages can only be the history.
  const until = httpSteps(ctx, scenario, { family: 'produce' })[0]?.t ?? Number.POSITIVE_INFINITY;
  const logs = histories(ctx, it.id, it.customer).filter(
    (r) => r.ev.t >= accept.t && r.data.notificationType === 'NewMessages',
  );
  const joined = (r: ReceivedHistory) =>
    r.h.messages.some((m) => {
      const from = senderOf(m);
      return (m as { type?: unknown }).type === 'ParticipantJoined' && from?.type === 'Agent';
    });
  return {
    ...it,
    scenario,
    accept,
    offer: changes.find((r) => isStatusChange(r) && r.ev.t < accept.t),
    after,
    chatting: after.find((r) => isStatusChange(r) && r.sc.resource.state === 'Chatting'),
    participants: after.find((r) => r.sc.notificationType === 'ParticipantsUpdated'),
    history: logs.find(joined) ?? logs.find((r) => r.ev.t < until),
  };
}
