/** Bad input never crashes the server and never changes state; memory stays bounded. */
import { channelRow } from '../../src/model/channels';
import { MALFORMED } from '../../src/model/scenarios';
import { basic, control, Rest, sleep } from './helpers';
import { accept, acceptFlow, offer, offerSeen, startWorld, type World } from './scenario';

const row = channelRow('chat');
const LIMIT = 2048;
let world: World;
beforeAll(async () => {
  world = await startWorld({ limits: { maxBodyBytes: LIMIT } });
});
afterAll(() => world.close());

async function stateOf(id: string): Promise<string> {
  return (await world.rest.get(`/api/v2/me/chats/${id}`)).json.chat.state;
}

async function post(path: string, body: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${world.base}${path}`, {
    method: 'POST',
    body,
    headers: {
      Authorization: basic(world.server.agents[0]!),
      'Content-Type': 'application/json',
      ...headers,
    },
  });
}

test.each(Object.entries(MALFORMED))(
  'malformed Accept (%s): statusCode 1 or 2, state unchanged',
  async (_kind, body) => {
    const { id } = await offerSeen(world, 'chat');
    const r = await world.rest.post(`/api/v2/me/chats/${id}`, body);
    expect(r.status).toBe(200);
    expect([1, 2]).toContain(r.json.statusCode);
    expect(Object.keys(r.json).sort()).toEqual(['statusCode', 'statusMessage']);
    expect(await stateOf(id)).toBe('Invited');
    expect((await acceptFlow(world, row, id)).reply.json).toEqual({ statusCode: 0 });
  },
);

test('JSON that is not an object, and an empty body', async () => {
  const { id } = await offerSeen(world, 'chat');
  for (const body of ['null', '42', '"Accept"', '[]', '']) {
    const r = await world.rest.post(`/api/v2/me/chats/${id}`, body);
    expect(r.json).toEqual({ statusCode: 1, statusMessage: expect.any(String) });
  }
  expect(await stateOf(id)).toBe('Invited');
});

test('facebook ignores saveLAR, whatever its type (not documented there)', async () => {
  const fb = channelRow('facebook');
  const id = await offer(world.base, 'facebook');
  const r = await accept(world, fb, id, { operationName: 'Accept', nickname: 'N', saveLAR: 'yes' });
  expect(r.json).toEqual({ statusCode: 0 });
});

test('oversized bodies are answered 413 everywhere and change nothing', async () => {
  const { id } = await offerSeen(world, 'chat');
  const huge = JSON.stringify({ operationName: 'Accept', nickname: 'x'.repeat(LIMIT * 4) });
  const api = await post(`/api/v2/me/chats/${id}`, huge);
  expect(api.status).toBe(413);
  expect(await api.json()).toEqual({ statusCode: 10, statusMessage: expect.any(String) });
  expect(await stateOf(id)).toBe('Invited');
  const ctl = await control(world.base, 'POST', `/interactions/${id}/messages`, { type: 'Text', text: huge });
  expect(ctl.status).toBe(413);
  expect(ctl.json).toEqual({ error: expect.any(String) });
  const bayeux = await post('/api/v2/notifications', `[${'{},'.repeat(LIMIT)}{}]`);
  expect(bayeux.status).toBe(413);
  await bayeux.text();
  expect((await world.rest.get(`/api/v2/me/chats/${id}/messages`)).json.messages).toHaveLength(3);
});

test('hostile Bayeux requests get 4xx or a Bayeux error, and publishing is refused', async () => {
  for (const body of [
    'not json',
    '[]',
    '[1]',
    '[{"channel":"/meta/handshake"},{"channel":"/meta/handshake"}]',
  ]) {
    const r = await post('/api/v2/notifications', body);
    expect(r.status).toBe(400);
    await r.text();
  }
  const unknown = await post('/api/v2/notifications', '[{"channel":"/meta/connect","clientId":{"a":1}}]');
  expect(unknown.status).toBe(200);
  expect((await unknown.json())[0]).toMatchObject({ successful: false });
  const get = await fetch(`${world.base}/api/v2/notifications`);
  expect(get.status).toBe(400);
  await get.text();
  // An authenticated client may not publish on an agent topic (it would reach other agents).
  const hs = await (
    await post(
      '/api/v2/notifications',
      '[{"channel":"/meta/handshake","version":"1.0","supportedConnectionTypes":["long-polling"]}]',
    )
  ).json();
  expect(hs[0].successful).toBe(true);
  const pub = await post(
    '/api/v2/notifications',
    JSON.stringify([{ channel: '/v2/me/chats', clientId: hs[0].clientId, data: {} }]),
  );
  expect((await pub.json())[0]).toMatchObject({ successful: false });
  const sub = await post(
    '/api/v2/notifications',
    JSON.stringify([{ channel: '/meta/subscribe', clientId: hs[0].clientId, subscription: '/x/y' }]),
  );
  expect((await sub.json())[0]).toMatchObject({ successful: false });
});

test('garbage credentials, paths and ids', async () => {
  for (const authorization of [
    'Basic !!!',
    'Bearer abc',
    'Basic',
    `Basic ${Buffer.from('nocolon').toString('base64')}`,
  ]) {
    const r = await fetch(`${world.base}/api/v2/me`, { headers: { Authorization: authorization } });
    expect(r.status).toBe(401);
    expect((await r.json()).statusCode).toBe(20);
  }
  const badPath = await world.rest.get('/api/v2/me/chats/%E0%A4%A');
  expect(badPath.status).toBe(400);
  const longId = await world.rest.get(`/api/v2/me/chats/${'A'.repeat(5000)}`);
  expect(longId.json.statusCode).toBe(6);
  expect((await world.rest.get('/nowhere')).status).toBe(404);
  expect((await world.rest.get('/api/v2/me')).json.statusCode).toBe(0);
});

test("another agent's interaction is not found, for every kind of request", async () => {
  const id = await offer(world.base, 'chat', { agent: 'agent2' });
  expect((await accept(world, row, id, { operationName: 'Accept', nickname: 'N' })).json.statusCode).toBe(6);
  expect((await world.rest.get(`/api/v2/me/chats/${id}`)).json.statusCode).toBe(6);
  const agent2 = new Rest(world.base, world.server.agents[1]);
  expect((await agent2.get(`/api/v2/me/chats/${id}`)).json.chat.state).toBe('Invited');
});

describe('bounded memory', () => {
  test('the control API refuses interactions past the live cap, and accepts again after DELETE', async () => {
    const small = await startWorld({ limits: { maxLiveInteractions: 2 } });
    try {
      const a = await offer(small.base, 'chat');
      await offer(small.base, 'sms');
      const third = await control(small.base, 'POST', '/interactions', { channel: 'chat', agent: 'agent1' });
      expect(third.status).toBe(429);
      expect(third.json).toEqual({ error: expect.any(String) });
      expect((await control(small.base, 'DELETE', `/interactions/${a}`)).status).toBe(204);
      expect(
        (await control(small.base, 'POST', '/interactions', { channel: 'chat', agent: 'agent1' })).status,
      ).toBe(201);
    } finally {
      await small.close();
    }
  });

  test('finished interactions are dropped after their time to live', async () => {
    const short = await startWorld({ limits: { finishedTtlMs: 50 } });
    try {
      const id = await offer(short.base, 'chat');
      await short.rest.post(`/api/v2/me/chats/${id}`, { operationName: 'Reject' });
      expect(
        (await control(short.base, 'POST', `/interactions/${id}/messages`, { type: 'TypingStopped' })).status,
      ).toBe(409);
      await sleep(80);
      expect(
        (await control(short.base, 'POST', `/interactions/${id}/messages`, { type: 'TypingStopped' })).status,
      ).toBe(404);
      expect((await short.rest.get(`/api/v2/me/chats/${id}`)).json.statusCode).toBe(6);
    } finally {
      await short.close();
    }
  });
});
