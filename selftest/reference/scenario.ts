/** A started reference server with agent1 logged in and listening, plus the steps of the Accept flow. */

import { type ReferenceOptions, type ReferenceServer, startReference } from '../../reference/server';
import { type Channel, type ChannelRow, channelRow } from '../../src/model/channels';
import { control, type HttpResult, Notifications, type Received, Rest, type Wire } from './helpers';

export interface World {
  server: ReferenceServer;
  base: string;
  /** agent1's REST client and CometD client. */
  rest: Rest;
  notes: Notifications;
  close(): Promise<void>;
}

/**
 * Starts a server, logs agent1 in on `channel` and connects its CometD client (unless `listen` is
 * false: a case about the subscription itself connects its own).
 */
export async function startWorld(
  options: ReferenceOptions = {},
  channel: Channel = 'chat',
  listen = true,
): Promise<World> {
  const server = await startReference(options);
  const rest = new Rest(server.url, server.agents[0]);
  await rest.login(channelRow(channel).mediaChannel);
  const notes = listen ? await Notifications.forAgent(server.url, server.agents[0]!) : undefined;
  return {
    server,
    base: server.url,
    rest,
    notes: notes as Notifications,
    close: async () => {
      await notes?.disconnect();
      await server.close();
    },
  };
}

export interface OfferOptions {
  agent?: string;
  customer?: string;
  messages?: unknown[];
}

export const BEFORE = [{ type: 'TypingStarted' }, { type: 'Text', text: 'Hello World' }];

/** Creates an interaction through the control API; returns its id. */
export async function offer(base: string, channel: Channel, options: OfferOptions = {}): Promise<string> {
  const r = await control(base, 'POST', '/interactions', {
    channel,
    agent: options.agent ?? 'agent1',
    customer: { nickname: options.customer ?? 'PersonP' },
    messages: options.messages ?? BEFORE,
  });
  if (r.status !== 201) throw new Error(`offer failed: ${r.status} ${r.text}`);
  return r.json.id as string;
}

/** The state-change notification of `row` about `id` with this notificationType (and state). */
export function isStateChange(row: ChannelRow, id: string, notificationType: string, state?: string) {
  return (d: Wire): boolean =>
    d?.messageType === row.messageType &&
    d?.notificationType === notificationType &&
    d?.[row.resourceKey]?.id === id &&
    (state === undefined || d[row.resourceKey].state === state);
}

export function isHistoryOf(row: ChannelRow, id: string) {
  return (d: Wire): boolean =>
    d?.messageType === 'MessageLogUpdated' &&
    typeof d[row.historyKey] === 'string' &&
    d[row.historyKey].endsWith(`/${id}`);
}

/** Offers an interaction and waits for agent1's offer notification. */
export async function offerSeen(world: World, channel: Channel, options: OfferOptions = {}) {
  const row = channelRow(channel);
  const id = await offer(world.base, channel, options);
  const offered = await world.notes.waitFor((d) => d?.[row.resourceKey]?.id === id, 3000, `offer of ${id}`);
  return { id, row, offered };
}

export interface Accepted {
  reply: HttpResult;
  chatting: Received;
  participants: Received;
  history: Received;
}

export async function accept(world: World, row: ChannelRow, id: string, body: unknown): Promise<HttpResult> {
  return world.rest.post(`/api/v2/me/${row.collection}/${id}`, body);
}

/** Accepts with `nickname` and waits for the three documented notifications. */
export async function acceptFlow(
  world: World,
  row: ChannelRow,
  id: string,
  nickname = 'Marat',
): Promise<Accepted> {
  const from = world.notes.received.length;
  const reply = await accept(world, row, id, { operationName: 'Accept', nickname });
  const wait = (p: (d: Wire) => boolean, what: string) => world.notes.waitFor(p, 3000, what, from);
  const chatting = await wait(isStateChange(row, id, 'StatusChange', 'Chatting'), 'StatusChange Chatting');
  const participants = await wait(isStateChange(row, id, 'ParticipantsUpdated'), 'ParticipantsUpdated');
  const history = await wait(isHistoryOf(row, id), 'history NewMessages');
  return { reply, chatting, participants, history };
}

/** Index of a received notification in arrival order. */
export function order(world: World, r: Received): number {
  return world.notes.received.indexOf(r);
}
