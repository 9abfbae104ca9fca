/** Two agents never see each other's interactions; the Bayeux handshake is authenticated. */
import { channelRow } from '../../src/model/channels';
import { aboutId, basic, control, Notifications, Rest, sleep } from './helpers';
import { acceptFlow, offer, offerSeen, startWorld, type World } from './scenario';

const row = channelRow('chat');
let world: World;
let rest2: Rest;
let notes2: Notifications;

beforeAll(async () => {
  world = await startWorld();
  rest2 = new Rest(world.base, world.server.agents[1]);
  await rest2.login('chat');
  notes2 = await Notifications.forAgent(world.base, world.server.agents[1]!);
});
afterAll(async () => {
  await notes2.disconnect();
  await world.close();
});

test('an interaction offered to agent1 is never announced to agent2, and agent2 cannot touch it', async () => {
  const { id } = await offerSeen(world, 'chat');
  const accept = await rest2.post(`/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'Thief' });
  expect(accept.json).toEqual({ statusCode: 6, statusMessage: expect.any(String) });
  expect((await rest2.post(`/api/v2/me/chats/${id}`, { operationName: 'Reject' })).json.statusCode).toBe(6);
  expect((await rest2.get(`/api/v2/me/chats/${id}`)).json.statusCode).toBe(6);
  expect((await rest2.get(`/api/v2/me/chats/${id}/messages`)).json.statusCode).toBe(6);
  expect((await rest2.get('/api/v2/me/chats?fields=*')).json.chats).toEqual([]);
  await sleep(200);
  expect(notes2.received.filter((r) => aboutId(r.data, id))).toEqual([]);
  // agent1 can still accept it: agent2's attempts changed nothing.
  expect((await acceptFlow(world, row, id)).reply.json).toEqual({ statusCode: 0 });
  await sleep(100);
  expect(notes2.received.filter((r) => aboutId(r.data, id))).toEqual([]);
});

test('an interaction routed to agent2 reaches agent2 only', async () => {
  const id = await offer(world.base, 'chat', { agent: 'agent2' });
  await notes2.waitFor((d) => aboutId(d, id), 3000, 'offer to agent2');
  await sleep(100);
  expect(world.notes.received.filter((r) => aboutId(r.data, id))).toEqual([]);
});

test('every CometD session of the agent receives its notifications', async () => {
  const second = await Notifications.forAgent(world.base, world.server.agents[0]!);
  try {
    const { id } = await offerSeen(world, 'chat');
    await second.waitFor((d) => aboutId(d, id), 3000, 'offer on the second session');
  } finally {
    await second.disconnect();
  }
});

test('a handshake without credentials, or with wrong ones, is refused', async () => {
  const attempts: Record<string, string>[] = [
    {},
    { Authorization: basic({ user: 'agent1', password: 'nope' }) },
  ];
  for (const headers of attempts) {
    const { client, handshake } = await Notifications.connect(world.base, headers);
    expect(handshake.successful).toBe(false);
    await client.disconnect();
  }
});

test('a handshake with the session cookie alone succeeds and receives notifications', async () => {
  const cookie = `JSESSIONID=${world.rest.jar.get('JSESSIONID')}`;
  const { client, handshake } = await Notifications.connect(world.base, { Cookie: cookie });
  try {
    expect(handshake.successful).toBe(true);
    const id = await offer(world.base, 'chat');
    await client.waitFor((d) => aboutId(d, id), 3000, 'offer via cookie session');
  } finally {
    await client.disconnect();
  }
});

test('the control API refuses an unknown agent', async () => {
  const r = await control(world.base, 'POST', '/interactions', { channel: 'chat', agent: 'agent9' });
  expect(r.status).toBe(422);
  expect(r.json).toEqual({ error: expect.any(String) });
});
