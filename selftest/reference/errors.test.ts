/** The error codes of the agent API (1, 2, 6, 20): each answered, each changing nothing. */
import { channelRow } from '../../src/model/channels';
import { aboutId, Rest, sleep } from './helpers';
import { accept, acceptFlow, offerSeen, startWorld, type World } from './scenario';

const row = channelRow('chat');
const QUIET_MS = 300;

/** Exactly {statusCode, statusMessage} with this code (ACC-8). */
function expectError(json: unknown, statusCode: number): void {
  expect(json).toEqual({ statusCode, statusMessage: expect.any(String) });
}

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

/** No notification about `id` arrives after position `from` during the quiet window. */
async function expectQuiet(id: string, from: number): Promise<void> {
  await sleep(QUIET_MS);
  expect(world.notes.received.slice(from).filter((r) => aboutId(r.data, id))).toEqual([]);
}

async function stateOf(id: string): Promise<string> {
  return (await world.rest.get(`/api/v2/me/${row.collection}/${id}`)).json[row.resourceKey].state;
}

describe('statusCode 20: not authenticated', () => {
  test('no credentials and wrong credentials are refused with HTTP 401', async () => {
    for (const client of [
      new Rest(world.base),
      new Rest(world.base, { user: 'agent1', password: 'wrong' }),
    ]) {
      const me = await client.get('/api/v2/me');
      expect(me.status).toBe(401);
      expectError(me.json, 20);
    }
    const unknownUser = await new Rest(world.base, { user: 'nobody', password: 'agent1-pw' }).get(
      '/api/v2/me',
    );
    expectError(unknownUser.json, 20);
  });

  test('an unauthenticated Accept changes nothing', async () => {
    const { id } = await offerSeen(world, 'chat');
    const from = world.notes.received.length;
    const anonymous = await new Rest(world.base).post(`/api/v2/me/chats/${id}`, {
      operationName: 'Accept',
      nickname: 'X',
    });
    expect(anonymous.status).toBe(401);
    expectError(anonymous.json, 20);
    await expectQuiet(id, from);
    expect(await stateOf(id)).toBe('Invited');
  });

  test('a session cookie alone authenticates later calls', async () => {
    const withCookie = new Rest(world.base);
    withCookie.jar.set('JSESSIONID', world.rest.jar.get('JSESSIONID')!);
    const me = await withCookie.get('/api/v2/me');
    expect(me.json).toMatchObject({ statusCode: 0, user: { userName: 'agent1' } });
  });
});

describe('statusCode 6: not found', () => {
  test('Accept, GET and messages of an unknown id', async () => {
    expectError(
      (await accept(world, row, '0000NoSuchId0000', { operationName: 'Accept', nickname: 'N' })).json,
      6,
    );
    expectError((await world.rest.get('/api/v2/me/chats/0000NoSuchId0000')).json, 6);
    expectError((await world.rest.get('/api/v2/me/chats/0000NoSuchId0000/messages')).json, 6);
  });

  test('an id of another channel is not found on this one', async () => {
    const { id } = await offerSeen(world, 'chat');
    expectError((await world.rest.get(`/api/v2/me/smssessions/${id}`)).json, 6);
  });

  test('unknown media channel and unknown path', async () => {
    expectError((await world.rest.post('/api/v2/me/channels/pigeon', { operationName: 'Ready' })).json, 6);
    const unknown = await world.rest.get('/api/v2/me/smsessions');
    expect(unknown.status).toBe(404);
    expectError(unknown.json, 6);
  });
});

describe('statusCode 1: missing or invalid parameter', () => {
  test('Accept without nickname: refused, still offered, a later Accept succeeds', async () => {
    const { id } = await offerSeen(world, 'chat');
    const from = world.notes.received.length;
    expectError((await accept(world, row, id, { operationName: 'Accept' })).json, 1);
    expectError((await accept(world, row, id, { operationName: 'Accept', nickname: '' })).json, 1);
    await expectQuiet(id, from);
    expect(await stateOf(id)).toBe('Invited');
    expect((await acceptFlow(world, row, id)).reply.json).toEqual({ statusCode: 0 });
  });

  test('a body without operationName', async () => {
    expectError((await world.rest.post('/api/v2/me', { channels: ['chat'] })).json, 1);
  });
});

describe('statusCode 2: wrong state or operation', () => {
  test('a second Accept is refused and notifies nothing', async () => {
    const { id } = await offerSeen(world, 'chat');
    await acceptFlow(world, row, id);
    const from = world.notes.received.length;
    expectError((await accept(world, row, id, { operationName: 'Accept', nickname: 'Marat' })).json, 2);
    expectError((await accept(world, row, id, { operationName: 'Reject' })).json, 2);
    await expectQuiet(id, from);
  });

  test('an unknown operationName changes nothing', async () => {
    const { id } = await offerSeen(world, 'chat');
    const from = world.notes.received.length;
    expectError((await accept(world, row, id, { operationName: 'Acept', nickname: 'N' })).json, 2);
    expectError((await world.rest.post('/api/v2/me', { operationName: 'Dance' })).json, 2);
    expectError((await world.rest.post('/api/v2/me/channels/chat', { operationName: 'Dance' })).json, 2);
    await expectQuiet(id, from);
    expect(await stateOf(id)).toBe('Invited');
  });
});
