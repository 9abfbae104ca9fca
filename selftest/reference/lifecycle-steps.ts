/** Steps of the lifecycle for the reference self-tests: a Chatting interaction, an operation, what followed it. */
import { type Channel, type ChannelRow, channelRow } from '../../src/model/channels';
import { aboutId, control, type HttpResult, type Received, sleep, type Wire } from './helpers';
import { acceptFlow, offerSeen, type World } from './scenario';

/** Offers and accepts (nickname Marat) an interaction on `channel`. */
export async function chatting(world: World, channel: Channel): Promise<{ id: string; row: ChannelRow }> {
  const { id, row } = await offerSeen(world, channel);
  await acceptFlow(world, row, id, 'Marat');
  return { id, row };
}

export interface Operated {
  reply: HttpResult;
  /** Notifications about the interaction that arrived within `settleMs` of the answer. */
  after: Received[];
}

/** POSTs an operation and collects what it caused. */
export async function operate(
  world: World,
  row: ChannelRow,
  id: string,
  body: Wire,
  settleMs = 150,
): Promise<Operated> {
  const from = world.notes.received.length;
  const reply = await world.rest.post(`/api/v2/me/${row.collection}/${id}`, body);
  await sleep(settleMs);
  return { reply, after: world.notes.received.slice(from).filter((r) => aboutId(r.data, id)) };
}

/** The resource of the state change of `notificationType` among `after`. */
export function stateChanged(row: ChannelRow, after: Received[], notificationType: string): Wire | undefined {
  return after.find(
    (r) => r.data.messageType === row.messageType && r.data.notificationType === notificationType,
  )?.data[row.resourceKey];
}

/** The messages of the NewMessages notifications among `after`. */
export function newMessages(after: Received[]): Wire[] {
  return after.filter((r) => r.data.notificationType === 'NewMessages').flatMap((r) => r.data.messages);
}

export const customerEvent = (world: World, id: string) =>
  control(world.base, 'POST', `/interactions/${id}/messages`, { type: 'Text', text: 'still there?' });

export const customerView = (world: World, id: string) => control(world.base, 'GET', `/interactions/${id}`);

export const rowOf = channelRow;
