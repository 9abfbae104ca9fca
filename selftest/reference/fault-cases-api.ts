/** Fault cases of the REST answers and the messages (see fault-cases.ts). */
import { channelRow } from '../../src/model/channels';
import { acceptAndSettle, type FaultCase } from './fault-cases';
import { control, Rest, sleep, type Wire } from './helpers';
import { accept, acceptFlow, offerSeen, type World } from './scenario';

const chat = channelRow('chat');
const UNKNOWN = '0000NoSuchId0000';

async function accepted(world: World) {
  const { id } = await offerSeen(world, 'chat');
  const flow = await acceptFlow(world, chat, id);
  return { id, ...flow };
}

const messagesOf = async (world: World, id: string, query = '') =>
  (await world.rest.get(`/api/v2/me/chats/${id}/messages${query}`)).json;

export const API_CASES: Record<string, FaultCase> = {
  'no-auth-rest': {
    run: async (world) => {
      const anonymous = new Rest(world.base);
      expect((await anonymous.get('/api/v2/me')).json.statusCode).toBe(0);
      const { id } = await offerSeen(world, 'chat');
      const r = await anonymous.post(`/api/v2/me/chats/${id}`, {
        operationName: 'Accept',
        nickname: 'Intruder',
      });
      expect(r.json).toEqual({ statusCode: 0 });
      expect((await world.rest.get(`/api/v2/me/chats/${id}`)).json.chat.state).toBe('Chatting');
    },
  },
  'accept-statuscode-string': {
    run: async (world) => {
      expect((await accepted(world)).reply.json).toEqual({ statusCode: '0' });
    },
  },
  'accept-extra-member': {
    run: async (world) => {
      expect((await accepted(world)).reply.json).toEqual({ statusCode: 0, referenceId: expect.any(Number) });
    },
  },
  'savelar-rejected': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      const r = await accept(world, chat, id, { operationName: 'Accept', nickname: 'N', saveLAR: true });
      expect(r.json.statusCode).not.toBe(0);
    },
  },
  'unknown-id-success': {
    run: async (world) => {
      expect(
        (await accept(world, chat, UNKNOWN, { operationName: 'Accept', nickname: 'N' })).json.statusCode,
      ).toBe(0);
      // Only unknown ids: another agent's interaction is still refused (SES-7 stays intact).
      const { id } = await offerSeen(world, 'chat');
      const agent2 = new Rest(world.base, world.server.agents[1]);
      const stolen = await agent2.post(`/api/v2/me/chats/${id}`, { operationName: 'Accept', nickname: 'N' });
      expect(stolen.json.statusCode).toBe(6);
    },
  },
  'nickname-optional': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      expect((await accept(world, chat, id, { operationName: 'Accept' })).json.statusCode).toBe(0);
      expect((await world.rest.get(`/api/v2/me/chats/${id}`)).json.chat.state).toBe('Chatting');
    },
  },
  'double-accept-ok': {
    run: async (world) => {
      const { id } = await accepted(world);
      const from = world.notes.received.length;
      expect(
        (await accept(world, chat, id, { operationName: 'Accept', nickname: 'Marat' })).json.statusCode,
      ).toBe(0);
      await world.notes.waitFor(
        (d) => d?.chat?.id === id && d.chat.state === 'Chatting',
        3000,
        'again',
        from,
      );
    },
  },
  'malformed-500': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      expect((await world.rest.post(`/api/v2/me/chats/${id}`, '{"operationName":"Accept",')).status).toBe(
        500,
      );
    },
  },
  'error-extra-members': {
    run: async (world) => {
      const r = await accept(world, chat, UNKNOWN, { operationName: 'Accept', nickname: 'N' });
      expect(r.json.statusCode).toBe(6);
      expect(Object.keys(r.json).length).toBeGreaterThan(2);
    },
  },
  'me-no-user': {
    run: async (world) => {
      expect((await world.rest.get('/api/v2/me')).json).toEqual({ statusCode: 0 });
    },
  },
  'csrf-not-enforced': {
    options: { csrf: true },
    run: async (world) => {
      expect(world.rest.csrfToken).toBeDefined();
      const { id } = await offerSeen(world, 'chat');
      const r = await world.rest.post(
        `/api/v2/me/chats/${id}`,
        { operationName: 'Accept', nickname: 'N' },
        { csrf: false },
      );
      expect(r.json).toEqual({ statusCode: 0 });
    },
  },
  'list-missing-interaction': {
    run: async (world) => {
      await accepted(world);
      expect((await world.rest.get('/api/v2/me/chats?fields=*')).json).toEqual({ statusCode: 0, chats: [] });
    },
  },
  'resource-bad-capabilities': {
    run: async (world) => {
      const { id } = await accepted(world);
      expect(typeof (await world.rest.get(`/api/v2/me/chats/${id}`)).json.chat.capabilities).toBe('string');
    },
  },
  'get-unknown-success': {
    run: async (world) => {
      expect((await world.rest.get(`/api/v2/me/chats/${UNKNOWN}`)).json.statusCode).toBe(0);
    },
  },
  'messages-disagree': {
    run: async (world) => {
      const { id, history } = await accepted(world);
      const notified = history.data.messages.find((m: Wire) => m.type === 'Text');
      const listed = (await messagesOf(world, id)).messages.find((m: Wire) => m.type === 'Text');
      expect(listed.index).toBe(notified.index);
      expect(listed.text).not.toBe(notified.text);
    },
  },
  'text-without-text': {
    run: async (world) => {
      const { history } = await acceptAndSettle(world);
      const text = history.messages.find((m: Wire) => m.type === 'Text');
      expect(text).toBeDefined();
      expect(text.text).toBeUndefined();
    },
  },
  'post-accept-not-delivered': {
    run: async (world) => {
      const { id } = await accepted(world);
      const from = world.notes.received.length;
      await control(world.base, 'POST', `/interactions/${id}/messages`, {
        type: 'PushUrl',
        url: 'https://example.com',
      });
      await control(world.base, 'POST', `/interactions/${id}/messages`, { type: 'Text', text: 'after' });
      await world.notes.waitFor((d) => d?.messages?.[0]?.text === 'after', 3000, 'the Text', from);
      await sleep(50);
      const types = world.notes.received
        .slice(from)
        .flatMap((r) => r.data.messages ?? [])
        .map((m: Wire) => m.type);
      expect(types).toEqual(['Text']);
    },
  },
  'sender-agent': {
    run: async (world) => {
      const { id } = await accepted(world);
      const from = world.notes.received.length;
      await control(world.base, 'POST', `/interactions/${id}/messages`, { type: 'Text', text: 'hi' });
      const r = await world.notes.waitFor((d) => d?.messages?.[0]?.type === 'Text', 3000, 'the Text', from);
      expect(r.data.messages[0].from.type).toBe('Agent');
    },
  },
  'index-decreasing': {
    run: async (world) => {
      const { history } = await accepted(world);
      const indexes = history.data.messages.map((m: Wire) => m.index);
      expect(indexes[1]).toBeLessThan(indexes[0]);
    },
  },
  'paging-ignored': {
    run: async (world) => {
      const { id } = await accepted(world);
      expect((await messagesOf(world, id, '?count=1')).messages).toHaveLength(4);
      expect((await messagesOf(world, id, '?startIndex=-1')).statusCode).toBe(0);
    },
  },
  'timestamp-space': {
    run: async (world) => {
      const { history } = await accepted(world);
      expect(history.data.messages[0].timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:/);
    },
  },
};
