/**
 * The floor: the documented Accept flow's protocol exchanges on three channels at once against an
 * in-process reference server, with no Jest, no recording, no validation and no reports. Log in,
 * CometD handshake + subscribe, offer through the control API, Accept, the three notifications, the
 * GETs, the second Accept, the post-Accept messages one by one, the paging GETs, the end.
 * `tsx bench/floor.ts` exits 0 when every channel completed, 1 otherwise.
 */
import { startReference } from '../reference/server';
import { CHANNELS, type ChannelRow, channelRow } from '../src/model/channels';
import { AFTER_ACCEPT, BEFORE_ACCEPT, PAGE_QUERIES } from '../src/model/scenarios';
import { control, FloorAgent, type Notifications, subscribe } from './floor-client';

const WAIT_MS = 5000;
type Data = Record<string, unknown>;

const resourceOf = (d: Data, row: ChannelRow) =>
  d[row.resourceKey] as { id?: string; state?: string } | undefined;
const historyOf = (d: Data, row: ChannelRow, id: string) =>
  d.messageType === 'MessageLogUpdated' && String(d[row.historyKey]).endsWith(`/${id}`);
const holds = (d: Data, type: string) =>
  Array.isArray(d.messages) && d.messages.some((m: { type?: unknown }) => m.type === type);

async function acceptFlow(base: string, row: ChannelRow, user: string, password: string): Promise<void> {
  const agent = new FloorAgent(base, user, password);
  await agent.call('GET', '/api/v2/me');
  await agent.call('POST', '/api/v2/me', {
    operationName: 'StartContactCenterSession',
    channels: [row.mediaChannel],
  });
  await agent.call('POST', `/api/v2/me/channels/${row.mediaChannel}`, { operationName: 'Ready' });
  const notes: Notifications = await subscribe(agent, WAIT_MS);
  const offer = await control(base, 'POST', '/interactions', {
    channel: row.name,
    agent: user,
    customer: { nickname: `Floor-${row.name}-${process.pid}` },
    messages: BEFORE_ACCEPT,
  });
  const id = String(offer.json?.id);
  await notes.next((d) => resourceOf(d, row)?.id === id, WAIT_MS);
  const path = `/api/v2/me/${row.collection}/${id}`;
  const since = notes.count();
  const accepted = await agent.call('POST', path, { operationName: 'Accept', nickname: 'Floor Nick' });
  if (accepted.json?.statusCode !== 0)
    throw new Error(`${row.name}: Accept answered ${JSON.stringify(accepted.json)}`);
  await Promise.all([
    notes.next(
      (d) =>
        d.notificationType === 'StatusChange' &&
        resourceOf(d, row)?.id === id &&
        resourceOf(d, row)?.state === 'Chatting',
      WAIT_MS,
      since,
    ),
    notes.next(
      (d) => d.notificationType === 'ParticipantsUpdated' && resourceOf(d, row)?.id === id,
      WAIT_MS,
      since,
    ),
    notes.next((d) => historyOf(d, row, id) && holds(d, 'ParticipantJoined'), WAIT_MS, since),
  ]);
  await Promise.all([
    agent.call('GET', `/api/v2/me/${row.collection}?fields=*`),
    agent.call('GET', path),
    agent.call('GET', `/api/v2/me/${row.collection}/0000NEVER0OFFERED`),
    agent.call('GET', `${path}/messages`),
  ]);
  await agent.call('POST', path, { operationName: 'Accept', nickname: 'Floor Nick' });
  for (const message of AFTER_ACCEPT) {
    const from = notes.count();
    const produced = await control(base, 'POST', `/interactions/${id}/messages`, message);
    if (produced.status === 200)
      await notes.next((d) => historyOf(d, row, id) && holds(d, message.type), WAIT_MS, from);
  }
  await agent.call('GET', `${path}/messages`);
  await Promise.all(PAGE_QUERIES.map((q) => agent.call('GET', `${path}/messages?${q.replace('{k}', '3')}`)));
  await control(base, 'DELETE', `/interactions/${id}`);
  await notes.close();
}

async function main(): Promise<number> {
  const started = performance.now();
  const server = await startReference({ csrf: true });
  const [agent] = server.agents;
  try {
    await Promise.all(
      CHANNELS.map((c) => acceptFlow(server.url, channelRow(c), agent!.user, agent!.password)),
    );
    process.stdout.write(`floor: three channels in ${Math.round(performance.now() - started)} ms\n`);
    return 0;
  } catch (e) {
    process.stderr.write(`floor: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await server.close();
  }
}

main().then((code) => process.exit(code));
