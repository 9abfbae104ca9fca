/**
 * The control API: the status codes of CONTROL-API.md, the token, and its validation. Requests go
 * to the reference's handler in process (supertest); notifications still arrive over real CometD.
 */
import { controlIn } from './helpers';
import { offer, offerSeen, startWorld, type World } from './scenario';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(() => world.close());

test('discovery lists the three channels', async () => {
  const r = await controlIn(world.server.handler, 'GET', '');
  expect(r.status).toBe(200);
  expect(r.json).toEqual({ channels: ['chat', 'sms', 'facebook'] });
});

test('create answers 201 with the id; customer and messages are optional', async () => {
  const r = await controlIn(world.server.handler, 'POST', '/interactions', {
    channel: 'sms',
    agent: 'agent1',
  });
  expect(r.status).toBe(201);
  expect(r.json).toEqual({ id: expect.stringMatching(/^[0-9A-Za-z]{16}$/) });
  const offered = await world.notes.waitFor((d) => d?.smssession?.id === r.json.id);
  expect(offered.data.smssession.participants[0].nickname).toEqual(expect.any(String));
});

test('events: 200, 404 unknown id, 409 over, 422 unproducible or invalid', async () => {
  const { id } = await offerSeen(world, 'chat');
  const event = (body: unknown, target = id) =>
    controlIn(world.server.handler, 'POST', `/interactions/${target}/messages`, body);
  expect(await event({ type: 'Text', text: 'hi' })).toMatchObject({ status: 200, json: {} });
  expect((await event({ type: 'Text', text: 'hi' }, '0000Unknown00000')).status).toBe(404);
  for (const bad of [
    { type: 'ParticipantJoined' },
    { type: 'Shout' },
    { type: 'Text' },
    { type: 'Text', text: 5 },
    { type: 'PushUrl' },
    { type: 'Notice', text: [] },
    [],
  ]) {
    const r = await event(bad);
    expect(r.status).toBe(422);
    expect(r.json).toEqual({ error: expect.any(String) });
  }
  expect((await event('not json')).status).toBe(400);
  await world.rest.post(`/api/v2/me/chats/${id}`, { operationName: 'Reject' });
  expect((await event({ type: 'Text', text: 'late' })).status).toBe(409);
});

test('create validates channel, agent, customer and messages', async () => {
  const create = (body: unknown) => controlIn(world.server.handler, 'POST', '/interactions', body);
  expect((await create('{"channel":')).status).toBe(400);
  expect((await create([])).status).toBe(400);
  for (const bad of [
    { channel: 'voice', agent: 'agent1' },
    { channel: 'chat', agent: 'nobody' },
    { channel: 'chat', agent: 'agent1', customer: 'PersonP' },
    { channel: 'chat', agent: 'agent1', customer: { nickname: '' } },
    { channel: 'chat', agent: 'agent1', messages: {} },
    { channel: 'chat', agent: 'agent1', messages: [{ type: 'ParticipantJoined' }] },
  ]) {
    expect((await create(bad)).status).toBe(422);
  }
});

test('DELETE answers 204, then 404; unknown endpoints 404, wrong methods 405', async () => {
  const id = await offer(world.base, 'facebook');
  expect((await controlIn(world.server.handler, 'DELETE', `/interactions/${id}`)).status).toBe(204);
  expect((await controlIn(world.server.handler, 'DELETE', `/interactions/${id}`)).status).toBe(404);
  expect((await world.rest.get(`/api/v2/me/facebooksessions/${id}`)).json.statusCode).toBe(6);
  expect((await controlIn(world.server.handler, 'GET', '/nothing')).status).toBe(404);
  expect((await controlIn(world.server.handler, 'PUT', '/interactions')).status).toBe(405);
});

describe('with a control token', () => {
  let guarded: World;
  beforeAll(async () => {
    guarded = await startWorld({ controlToken: 's3cret' });
  });
  afterAll(() => guarded.close());

  test('calls without the right bearer token get 401; with it they work', async () => {
    for (const token of [undefined, 'wrong']) {
      const r = await controlIn(guarded.server.handler, 'GET', '', undefined, token);
      expect(r.status).toBe(401);
      expect(r.json).toEqual({ error: expect.any(String) });
    }
    expect((await controlIn(guarded.server.handler, 'GET', '', undefined, 's3cret')).status).toBe(200);
    const r = await controlIn(
      guarded.server.handler,
      'POST',
      '/interactions',
      { channel: 'chat', agent: 'agent1' },
      's3cret',
    );
    expect(r.status).toBe(201);
  });
});
