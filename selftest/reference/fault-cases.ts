/**
 * For each named fault, a quick direct observation that the server really deviates. Cases are
 * plain data (run by faults*.test.ts), so a test can also check that every fault has one.
 */

import type { ReferenceOptions } from '../../reference/server';
import { type Channel, channelRow } from '../../src/model/channels';
import { aboutId, basic, Notifications, sleep } from './helpers';
import {
  accept,
  acceptFlow,
  isStateChange,
  offer,
  offerSeen,
  order,
  startWorld,
  type World,
} from './scenario';
import { cookieHeader } from './wire';

export interface FaultCase {
  /** The fault spec to enable (default: the case's name, on every channel). */
  spec?: string;
  options?: ReferenceOptions;
  channel?: Channel;
  /** false: agent1 is not connected to notifications before the case runs. */
  listen?: boolean;
  run(world: World): Promise<void>;
}

const chat = channelRow('chat');

/** Offers a chat, accepts it and returns the notifications after the Accept that concern it. */
export async function acceptAndSettle(world: World, nickname = 'Marat', settleMs = 150) {
  const { id } = await offerSeen(world, 'chat');
  const from = world.notes.received.length;
  const reply = await accept(world, chat, id, { operationName: 'Accept', nickname });
  await sleep(settleMs);
  const after = world.notes.received.slice(from).filter((r) => aboutId(r.data, id));
  const history = after.find((r) => r.data.messageType === 'MessageLogUpdated')?.data;
  return { id, reply, after, history };
}

export const FLOW_CASES: Record<string, FaultCase> = {
  'no-auth-handshake': {
    run: async (world) => {
      const { client, handshake } = await Notifications.connect(world.base, {});
      try {
        expect(handshake.successful).toBe(true);
        const id = await offer(world.base, 'chat');
        await client.waitFor((d) => aboutId(d, id), 3000, 'offer seen without credentials');
      } finally {
        await client.disconnect();
      }
    },
  },
  'wrong-password-handshake': {
    run: async (world) => {
      const intruder = { user: world.server.agents[0]!.user, password: 'not-the-password' };
      const { client, handshake } = await Notifications.connect(world.base, {
        Authorization: basic(intruder),
      });
      try {
        expect(handshake.successful).toBe(true);
      } finally {
        await client.disconnect();
      }
    },
  },
  'cookie-handshake-refused': {
    run: async (world) => {
      // The agent's session cookie alone, no Authorization, as a browser desktop handshakes.
      const { client, handshake } = await Notifications.connect(world.base, {
        Cookie: cookieHeader(world.rest.jar),
      });
      try {
        expect(handshake.successful).toBe(false);
      } finally {
        await client.disconnect();
      }
    },
  },
  'subscribe-refused': {
    listen: false,
    run: async (world) => {
      const connecting = Notifications.forAgent(world.base, world.server.agents[0]!);
      // Without the fault (the control run) it connects: close it so nothing outlives the test.
      connecting.then((client) => client.disconnect()).catch(() => {});
      await expect(connecting).rejects.toThrow(/subscribe failed/);
    },
  },
  'history-before-participants': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      const { participants, history } = await acceptFlow(world, chat, id);
      expect(order(world, history)).toBeLessThan(order(world, participants));
    },
  },
  'accept-still-advertised': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      expect((await acceptFlow(world, chat, id)).chatting.data.chat.capabilities).toContain('Accept');
    },
  },
  'offer-without-accept-capability': {
    run: async (world) => {
      const { offered } = await offerSeen(world, 'chat');
      expect(offered.data.chat.capabilities).not.toContain('Accept');
    },
  },
  'offer-without-reject': {
    run: async (world) => {
      const { offered } = await offerSeen(world, 'chat');
      expect(offered.data.chat.capabilities).toContain('Accept');
      expect(offered.data.chat.capabilities).not.toContain('Reject');
    },
  },
  'nickname-ignored': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      const { participants, history } = await acceptFlow(world, chat, id, 'Marat');
      const agent = participants.data.chat.participants.find((p: { type: string }) => p.type === 'Agent');
      expect(agent.nickname).toBe('agent1');
      expect(history.data.messages.at(-1).from.nickname).toBe('agent1');
    },
  },
  'history-incomplete': {
    run: async (world) => {
      const { history } = await acceptAndSettle(world);
      expect(history.messages.map((m: { type: string }) => m.type)).not.toContain('Text');
    },
  },
  'duplicate-chatting': {
    run: async (world) => {
      const { id, after } = await acceptAndSettle(world);
      expect(after.filter((r) => isStateChange(chat, id, 'StatusChange', 'Chatting')(r.data))).toHaveLength(
        2,
      );
    },
  },
  'chatting-wrong-state': {
    run: async (world) => {
      const { id, after } = await acceptAndSettle(world);
      const status = after.find((r) => isStateChange(chat, id, 'StatusChange')(r.data));
      expect(status?.data.chat.state).toBe('Talking');
    },
  },
  'test-accept-messagetype': {
    spec: 'test-accept-messagetype@sms',
    channel: 'sms',
    run: async (world) => {
      const sms = channelRow('sms');
      const { id } = await offerSeen(world, 'sms');
      await accept(world, sms, id, { operationName: 'Accept', nickname: 'N' });
      const status = await world.notes.waitFor(
        (d) => d?.smssession?.id === id && d.smssession.state === 'Chatting',
      );
      expect(status.data.messageType).toBe('test_accept ');
      // Enabled @sms only: chat keeps its messageType.
      const { after } = await acceptAndSettle(world);
      expect(after.map((r) => r.data.messageType)).toContain('ChatStateChangeMessage');
      expect(after.map((r) => r.data.messageType)).not.toContain('test_accept ');
    },
  },
  'chatting-missing-capabilities': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      expect((await acceptFlow(world, chat, id)).chatting.data.chat.capabilities).not.toContain('Transfer');
    },
  },
  'history-no-uri': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      const from = world.notes.received.length;
      await accept(world, chat, id, { operationName: 'Accept', nickname: 'N' });
      const h = await world.notes.waitFor(
        (d) => d?.messageType === 'MessageLogUpdated',
        3000,
        'history',
        from,
      );
      expect(h.data.chatUri).toBeUndefined();
      expect(h.data.chatPath).toBeUndefined();
    },
  },
  'referenceid-string': {
    run: async (world) => {
      const { id } = await offerSeen(world, 'chat');
      expect(typeof (await acceptFlow(world, chat, id)).chatting.data.referenceId).toBe('string');
    },
  },
  'notification-no-type': {
    run: async (world) => {
      const { offered } = await offerSeen(world, 'chat');
      expect(offered.data.messageType).toBe('ChatStateChangeMessage');
      expect(offered.data.notificationType).toBeUndefined();
    },
  },
  'leak-to-other-agent': {
    run: async (world) => {
      const other = await Notifications.forAgent(world.base, world.server.agents[1]!);
      try {
        const { id } = await offerSeen(world, 'chat');
        await other.waitFor((d) => aboutId(d, id), 1000, "agent2 sees agent1's offer");
      } finally {
        await other.disconnect();
      }
    },
  },
};

/** Starts a server with the case's fault (or, as a control, without it), runs it, and always closes. */
export async function runCase(name: string, c: FaultCase, withoutFault = false): Promise<void> {
  const faults = withoutFault ? [] : [c.spec ?? name];
  const world = await startWorld({ ...c.options, faults }, c.channel ?? 'chat', c.listen ?? true);
  try {
    await c.run(world);
  } finally {
    await world.close();
  }
}
