/**
 * The reference speaks to Bayeux clients this project did not write, CSRF on and off: a browser-like
 * client (fetch, every cookie through tough-cookie, RFC 6265) and Faye's Node client each drive the
 * agent flow: log in, subscribe to /v2/me/*, Ready, an offer, Accept, Chatting, the history GET.
 * A cookie store that scopes a Path-less cookie to the full request path (the .NET Framework
 * CookieContainer of the C# GWS client) keeps its session only thanks to the BAYEUX_BROWSER Path.
 */
import { startReference } from '../../reference/server';
import { channelRow } from '../../src/model/channels';
import { FetchBayeux } from './bayeux-fetch';
import { FayeNotifications } from './faye-client';
import { basic, control, type Received, Rest, waitFor } from './helpers';
import { BEFORE, isHistoryOf, isStateChange } from './scenario';

const row = channelRow('chat');

interface Listener {
  received: Received[];
  start(): Promise<unknown>;
  stop(): Promise<void>;
}

const CLIENTS: Record<string, (base: string, headers: Record<string, string>) => Listener> = {
  'fetch + tough-cookie (RFC 6265)': (base, headers) => new FetchBayeux(base, { headers }),
  'fetch + a full-path cookie store (.NET Framework)': (base, headers) =>
    new FetchBayeux(base, { headers, fullPathDefault: true }),
  'Faye Node client': (base, headers) => {
    const faye = new FayeNotifications(base, headers);
    return { received: faye.received, start: () => faye.subscribe(), stop: () => faye.stop() };
  },
};

describe.each([false, true])('CSRF %s', (csrf) => {
  test.each(Object.keys(CLIENTS))('%s completes the agent flow', async (name) => {
    const server = await startReference({ csrf });
    const agent = server.agents[0]!;
    const rest = new Rest(server.url, agent);
    const listener = CLIENTS[name]!(server.url, { Authorization: basic(agent) });
    try {
      await rest.login(row.mediaChannel);
      await listener.start();
      const ready = await rest.post('/api/v2/me', { operationName: 'Ready' });
      expect(ready.json).toEqual({ statusCode: 0 });
      const offered = await control(server.url, 'POST', '/interactions', {
        channel: 'chat',
        agent: agent.user,
        messages: BEFORE,
      });
      const id = offered.json.id as string;
      const seen = (p: (d: unknown) => boolean, what: string) =>
        waitFor(() => listener.received.find((r) => p(r.data)), 5000, what);
      await seen(isStateChange(row, id, 'StatusChange', 'Invited'), 'the offer');
      const accepted = await rest.post(`/api/v2/me/chats/${id}`, {
        operationName: 'Accept',
        nickname: 'Marat',
      });
      expect(accepted.json).toEqual({ statusCode: 0 });
      await seen(isStateChange(row, id, 'StatusChange', 'Chatting'), 'StatusChange Chatting');
      await seen(isHistoryOf(row, id), 'the history NewMessages');
      const history = await rest.get(`/api/v2/me/chats/${id}/messages`);
      expect(history.json.messages.map((m: { type: string }) => m.type)).toEqual([
        'ParticipantJoined',
        'TypingStarted',
        'Text',
        'ParticipantJoined',
      ]);
    } finally {
      await listener.stop();
      await server.close();
    }
  });
});

describe('the BAYEUX_BROWSER cookie Path', () => {
  test('is the notifications prefix', async () => {
    const server = await startReference();
    const client = new FetchBayeux(server.url, { headers: { Authorization: basic(server.agents[0]!) } });
    try {
      await client.start();
      const [cookie] = await client.jar.getCookies(`${server.url}/api/v2/notifications/connect`);
      expect(cookie).toMatchObject({ key: 'BAYEUX_BROWSER', path: '/api/v2/notifications' });
    } finally {
      await client.stop();
      await server.close();
    }
  });

  test('without it, a full-path cookie store loses the session on /meta/connect (402, reconnect handshake)', async () => {
    const server = await startReference({ bayeuxCookiePath: null });
    const client = new FetchBayeux(server.url, {
      headers: { Authorization: basic(server.agents[0]!) },
      fullPathDefault: true,
    });
    try {
      await expect(client.start()).rejects.toThrow(/subscribe refused/);
      expect(client.connects[0]).toMatchObject({
        successful: false,
        error: expect.stringMatching(/^402::session_unknown/),
        advice: { reconnect: 'handshake' },
      });
    } finally {
      await client.stop();
      await server.close();
    }
  });

  test('without it, an RFC 6265 store still keeps the session (default-path is the handshake directory)', async () => {
    const server = await startReference({ bayeuxCookiePath: null });
    const client = new FetchBayeux(server.url, { headers: { Authorization: basic(server.agents[0]!) } });
    try {
      await client.start();
      expect(client.connects[0]).toMatchObject({ successful: true });
    } finally {
      await client.stop();
      await server.close();
    }
  });
});
