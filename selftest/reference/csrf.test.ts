/** CSRF protection, switched on and off. */
import { channelRow } from '../../src/model/channels';
import { Notifications, Rest } from './helpers';
import { acceptFlow, offerSeen, startWorld, type World } from './scenario';

const row = channelRow('chat');

describe('CSRF on', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ csrf: true });
  });
  afterAll(() => world.close());

  test('GET responses carry X-CSRF-HEADER and a token bound to the session', async () => {
    const me = await world.rest.get('/api/v2/me');
    expect(me.headers.get('X-CSRF-HEADER')).toBe('X-CSRF-TOKEN');
    expect(me.headers.get('X-CSRF-TOKEN')).toMatch(/^[0-9a-f-]{36}$/);
    expect(me.headers.get('X-CSRF-TOKEN')).toBe(world.rest.csrfToken);
    const other = new Rest(world.base, world.server.agents[0]);
    await other.get('/api/v2/me');
    expect(other.csrfToken).not.toBe(world.rest.csrfToken);
  });

  test('a POST without the token is refused with 403 and changes nothing; with it, it succeeds', async () => {
    const { id } = await offerSeen(world, 'chat');
    const from = world.notes.received.length;
    const bad = await world.rest.post(
      `/api/v2/me/chats/${id}`,
      { operationName: 'Accept', nickname: 'N' },
      { csrf: false },
    );
    expect(bad.status).toBe(403);
    expect(bad.text).toBe('Missing or invalid Csrf token');
    const state = (await world.rest.get(`/api/v2/me/chats/${id}`)).json.chat.state;
    expect(state).toBe('Invited');
    expect(world.notes.received.slice(from).filter((r) => r.data?.chat?.state === 'Chatting')).toEqual([]);
    expect((await acceptFlow(world, row, id)).reply.json).toEqual({ statusCode: 0 });
  });

  test("another session's token, or Basic credentials without the cookie, are refused", async () => {
    const other = new Rest(world.base, world.server.agents[0]);
    await other.get('/api/v2/me');
    const stolen = new Rest(world.base, world.server.agents[0]);
    stolen.jar.set('JSESSIONID', world.rest.jar.get('JSESSIONID')!);
    stolen.csrfToken = other.csrfToken;
    expect((await stolen.post('/api/v2/me', { operationName: 'Ready' })).status).toBe(403);
    const noCookie = new Rest(world.base, world.server.agents[0]);
    noCookie.csrfToken = world.rest.csrfToken;
    expect((await noCookie.post('/api/v2/me', { operationName: 'Ready' })).status).toBe(403);
  });

  test('the CometD handshake does not need the token', async () => {
    const client = await Notifications.forAgent(world.base, world.server.agents[0]!);
    await client.disconnect();
    expect(client.received).toEqual([]);
  });
});

describe('CSRF off', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({ csrf: false });
  });
  afterAll(() => world.close());

  test('no CSRF headers, and a POST without a token succeeds', async () => {
    const me = await world.rest.get('/api/v2/me');
    expect(me.headers.get('X-CSRF-HEADER')).toBeNull();
    expect(me.headers.get('X-CSRF-TOKEN')).toBeNull();
    const { id } = await offerSeen(world, 'chat');
    const r = await world.rest.post(
      `/api/v2/me/chats/${id}`,
      { operationName: 'Accept', nickname: 'N' },
      { csrf: false },
    );
    expect(r.json).toEqual({ statusCode: 0 });
  });
});
