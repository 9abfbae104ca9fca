/**
 * GET /api/v2/me?subresources= in the shape of a real GWS (schema responses/me-subresources), and
 * the agent states that POST /api/v2/me and /me/channels/{name} change: StartContactCenterSession
 * logs channels in NotReady, Ready / NotReady change them, EndContactCenterSession logs out.
 */

import { type ReferenceServer, startReference } from '../../reference/server';
import { validate } from '../../src/validate';
import { Rest } from './helpers';
import { offer } from './scenario';

let server: ReferenceServer;
let rest: Rest;
beforeAll(async () => {
  server = await startReference({ csrf: true });
});
beforeEach(async () => {
  // A fresh agent session per test: agent states belong to the agent, so log out first.
  rest = new Rest(server.url, server.agents[0]);
  await rest.get('/api/v2/me');
  await rest.post('/api/v2/me', { operationName: 'EndContactCenterSession' });
});
afterAll(() => server.close());

const post = async (path: string, body: unknown) => (await rest.post(path, body)).json;
const channels = async () => (await rest.get('/api/v2/me?subresources=channels')).json.user.channels;
const states = async () =>
  Object.fromEntries(
    (await channels()).map((c: { channel: string; userState: { state: string } }) => [
      c.channel,
      c.userState.state,
    ]),
  );

test('subresources=* answers settings, channels, devices, features and the interactions per channel', async () => {
  await rest.login('chat');
  const id = await offer(server.url, 'chat');
  const me = (await rest.get('/api/v2/me?subresources=*')).json;
  expect(validate('responses/me-subresources', me)).toEqual([]);
  expect(validate('responses/me', me)).toEqual([]);
  expect(me.user).toMatchObject({
    userName: 'agent1',
    channels: [{ channel: 'chat', userState: { state: 'Ready', displayName: 'Ready' } }],
    devices: [],
    features: expect.arrayContaining([expect.objectContaining({ id: 'api-multimedia' })]),
    chats: [expect.objectContaining({ id, state: 'Invited' })],
    smssessions: [],
    facebooksessions: [],
  });
  for (const section of Object.values(me.user.settings)) expect(section).toEqual(expect.any(Object));
});

test('a comma list answers just the subresources it names; none answers the bare user', async () => {
  const some = (await rest.get('/api/v2/me?subresources=settings,channels')).json.user;
  expect(some).toHaveProperty('settings');
  expect(some).toHaveProperty('channels');
  expect(some).not.toHaveProperty('devices');
  expect(some).not.toHaveProperty('chats');
  expect(validate('responses/me-subresources', { statusCode: 0, user: some })).not.toEqual([]);
  const bare = (await rest.get('/api/v2/me')).json.user;
  expect(Object.keys(bare).sort()).toEqual([
    'changePasswordOnFirstLogin',
    'enabled',
    'firstName',
    'id',
    'lastName',
    'path',
    'roles',
    'uri',
    'userName',
  ]);
});

test('channel states follow StartContactCenterSession, Ready and NotReady (on /me and per channel)', async () => {
  expect(await channels()).toEqual([]);
  expect(
    await post('/api/v2/me', {
      operationName: 'StartContactCenterSession',
      channels: ['chat', 'sms', 'voice'],
    }),
  ).toEqual({ statusCode: 0 });
  expect(await states()).toEqual({ chat: 'NotReady', sms: 'NotReady' });
  expect(await post('/api/v2/me', { operationName: 'Ready' })).toEqual({ statusCode: 0 });
  expect(await states()).toEqual({ chat: 'Ready', sms: 'Ready' });
  expect(await post('/api/v2/me/channels/sms', { operationName: 'NotReady' })).toEqual({ statusCode: 0 });
  expect(await states()).toEqual({ chat: 'Ready', sms: 'NotReady' });
  expect(await post('/api/v2/me', { operationName: 'NotReady', channels: ['chat'] })).toEqual({
    statusCode: 0,
  });
  expect(await states()).toEqual({ chat: 'NotReady', sms: 'NotReady' });
  // A second login (another channel, another tab) keeps the states it finds.
  await post('/api/v2/me/channels/chat', { operationName: 'Ready' });
  expect(await post('/api/v2/me', { operationName: 'StartContactCenterSession' })).toEqual({ statusCode: 0 });
  expect(await states()).toEqual({ chat: 'Ready', sms: 'NotReady', facebook: 'NotReady' });
});

test('EndContactCenterSession logs every channel out; Ready and NotReady then need a new login', async () => {
  await rest.login('chat');
  expect(await post('/api/v2/me', { operationName: 'EndContactCenterSession' })).toEqual({ statusCode: 0 });
  expect(await channels()).toEqual([]);
  const refused = { statusCode: 2, statusMessage: expect.stringMatching(/StartContactCenterSession/) };
  expect(await post('/api/v2/me', { operationName: 'Ready' })).toEqual(refused);
  expect(await post('/api/v2/me/channels/chat', { operationName: 'NotReady' })).toEqual(refused);
  expect(await post('/api/v2/me', { operationName: 'EndContactCenterSession' })).toEqual(refused);
  await rest.login('chat');
  expect(await states()).toEqual({ chat: 'Ready' });
});

test('a channel not logged in, or a login naming no served channel, is refused and changes nothing', async () => {
  await rest.login('chat');
  expect(await post('/api/v2/me/channels/sms', { operationName: 'Ready' })).toMatchObject({ statusCode: 2 });
  expect(await post('/api/v2/me', { operationName: 'Ready', channels: ['facebook'] })).toMatchObject({
    statusCode: 2,
  });
  expect(
    await post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: ['voice'] }),
  ).toMatchObject({ statusCode: 1 });
  expect(
    await post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: 'chat' }),
  ).toMatchObject({ statusCode: 1 });
  expect(await states()).toEqual({ chat: 'Ready' });
});
