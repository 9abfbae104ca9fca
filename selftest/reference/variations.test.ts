/** Each allowed variation is observable, and none of them breaks the documented flow. */

import { VARIATIONS } from '../../reference/faults';
import { LEFT_CAPABILITIES } from '../../reference/render';
import { channelRow } from '../../src/model/channels';
import { aboutId, sleep, type Wire } from './helpers';
import { chatting, customerEvent, customerView, operate, stateChanged } from './lifecycle-steps';
import { accept, acceptFlow, offer, offerSeen, order, startWorld, type World } from './scenario';

const chat = channelRow('chat');

async function withVariations(variations: string[], run: (world: World) => Promise<void>): Promise<void> {
  const world = await startWorld({ variations });
  try {
    await run(world);
  } finally {
    await world.close();
  }
}

async function accepted(world: World) {
  const { id, offered } = await offerSeen(world, 'chat');
  return { id, offered, ...(await acceptFlow(world, chat, id)) };
}

const CASES: Record<string, (world: World) => Promise<void>> = {
  'seed-spelling': async (world) => {
    const spelt = { ...channelRow('sms'), collection: 'smsessions', resourceKey: 'smsession' };
    const id = await offer(world.base, 'sms');
    await world.notes.waitFor((d) => d?.smsession?.id === id, 3000, `offer of ${id}`);
    expect((await world.rest.get('/api/v2/me/smssessions?fields=*')).status).toBe(404);
    const { reply, chatting, history } = await acceptFlow(world, spelt, id);
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(chatting.data.smsession.uri).toMatch(new RegExp(`/api/v2/smsessions/${id}$`));
    expect(history.data.smssessionUri).toMatch(new RegExp(`/api/v2/smsessions/${id}$`));
    const fb = await offer(world.base, 'facebook');
    const offered = await world.notes.waitFor((d) => d?.facebooksessions?.id === fb, 3000, `offer of ${fb}`);
    expect(offered.data.messageType).toBe('facebooksessionStateChangeMessage');
  },
  'extra-history-messages': async (world) => {
    const { history } = await accepted(world);
    const shown = history.data.messages.map((m: Wire) => `${m.type}:${m.from.type}`);
    expect(shown).toEqual([
      'ParticipantJoined:Customer',
      'Text:External',
      'TypingStarted:Customer',
      'Text:Customer',
      'ParticipantJoined:Agent',
      'Notice:External',
    ]);
  },
  'offered-state-ringing': async (world) => {
    const { offered, reply } = await accepted(world);
    expect(offered.data.chat.state).toBe('Ringing');
    expect(reply.json).toEqual({ statusCode: 0 });
  },
  'http-400-errors': async (world) => {
    const r = await accept(world, chat, '0000NoSuchId0000', { operationName: 'Accept', nickname: 'N' });
    expect(r.status).toBe(400);
    expect(r.json).toEqual({ statusCode: 6, statusMessage: expect.any(String) });
    expect((await accepted(world)).reply.status).toBe(200);
  },
  'no-reference-id': async (world) => {
    expect((await accepted(world)).chatting.data.referenceId).toBeUndefined();
  },
  'extra-notifications': async (world) => {
    const { id, chatting, participants } = await accepted(world);
    await sleep(100);
    const between = world.notes.received.slice(order(world, chatting) + 1, order(world, participants));
    expect(between.map((r) => r.data.notificationType)).toEqual(['PropertiesUpdated']);
    const others = world.notes.received.filter(
      (r) => r.data.chat && !aboutId(r.data, id) && r.data.chat.state === 'Chatting',
    );
    expect(others.length).toBeGreaterThan(0);
  },
  'extra-members': async (world) => {
    const { id, reply, history } = await accepted(world);
    expect(reply.json).toEqual({ statusCode: 0 });
    const resource = (await world.rest.get(`/api/v2/me/chats/${id}`)).json.chat;
    expect(resource).toMatchObject({
      path: `/chats/${id}`,
      chatType: 'Inbound',
      receivedDate: expect.any(String),
    });
    expect(history.data.messages[0].timestampSeconds).toEqual(expect.any(Number));
    const error = await accept(world, chat, id, { operationName: 'Accept', nickname: 'N' });
    expect(Object.keys(error.json).sort()).toEqual(['statusCode', 'statusMessage']);
  },
  'participants-reversed': async (world) => {
    const { participants } = await accepted(world);
    expect(participants.data.chat.participants.map((p: Wire) => p.type)).toEqual(['Customer', 'Agent']);
  },
  'index-gaps': async (world) => {
    const { id, history } = await accepted(world);
    expect(history.data.messages.map((m: Wire) => m.index)).toEqual([1, 3, 5, 7]);
    const page = await world.rest.get(`/api/v2/me/chats/${id}/messages?startIndex=4`);
    expect(page.json.messages.map((m: Wire) => m.index)).toEqual([5, 7]);
  },
  setinfocus: async (world) => {
    const caps = (await accepted(world)).chatting.data.chat.capabilities;
    expect(caps).toContain('SetInFocus');
    expect(caps).not.toContain('InFocus');
  },
};

const LIFECYCLE_CASES: Record<string, (world: World) => Promise<void>> = {
  'operation-reference-id': async (world) => {
    const { id, row } = await chatting(world, 'chat');
    const { reply } = await operate(world, row, id, { operationName: 'SendMessage', text: 'Hi' });
    expect(reply.json).toEqual({ statusCode: 0, referenceId: expect.any(Number) });
    expect(Number.isInteger(reply.json.referenceId)).toBe(true);
    const refused = await operate(world, row, id, { operationName: 'SendMessage' });
    expect(Object.keys(refused.reply.json).sort()).toEqual(['statusCode', 'statusMessage']);
  },
  'leftchat-extra-capabilities': async (world) => {
    const { id, row } = await chatting(world, 'chat');
    const { after } = await operate(world, row, id, { operationName: 'Leave' });
    const caps = stateChanged(row, after, 'StatusChange').capabilities;
    expect(caps).toEqual([
      ...LEFT_CAPABILITIES,
      'AttachUserData',
      'UpdateUserData',
      'DeleteUserData',
      'SetDisposition',
    ]);
  },
  'no-customer-view': async (world) => {
    const { id } = await chatting(world, 'chat');
    expect((await customerView(world, id)).status).toBe(404);
    expect((await customerEvent(world, id)).status).toBe(200);
  },
  'lifecycle-seed-spelling': async (world) => {
    const { id, row } = await chatting(world, 'sms');
    const page = { ...row, collection: 'smsessions' };
    const disposition = { operationName: 'SetDisposition', disposition: 'Done', dispositionKey: 'Outcome' };
    expect((await operate(world, row, id, disposition)).reply.status).toBe(404);
    const set = await operate(world, page, id, disposition);
    expect(set.reply.json).toEqual({ statusCode: 0 });
    expect(set.after.map((r) => Object.keys(r.data).filter((k) => k.startsWith('sms')))).toEqual([
      ['smsession'],
    ]);
    expect(set.after[0]!.data.smsession.userData).toEqual({ Outcome: 'Done' });
    const notice = await operate(world, page, id, { operationName: 'SendCustomNotice', noticeText: 'N' });
    expect(notice.reply.json).toEqual({ statusCode: 0 });
    expect(Object.keys(notice.after[0]!.data).filter((k) => k.startsWith('sms'))).toEqual([
      'smsessionUri',
      'smsessionPath',
    ]);
    // The page's path serves only the operations whose page shows it; the others stay where they were.
    const text = { operationName: 'SendMessage', text: 'Hi' };
    expect((await operate(world, page, id, text)).reply.status).toBe(404);
    const sent = await operate(world, row, id, text);
    expect(sent.reply.json).toEqual({ statusCode: 0 });
    expect(sent.after[0]!.data.smssessionUri).toEqual(expect.any(String));
    expect((await world.rest.get(`/api/v2/me/smsessions/${id}`)).status).toBe(404);
  },
  'properties-before-message': async (world) => {
    const { id, row } = await chatting(world, 'chat');
    const { after } = await operate(world, row, id, { operationName: 'SendMessage', text: 'Hi' });
    expect(after.map((r) => r.data.notificationType)).toEqual(['PropertiesUpdated', 'NewMessages']);
    const attach = await operate(world, row, id, { operationName: 'AttachUserData', userData: { K: 'v' } });
    const userData = attach.after.map((r) => r.data[row.resourceKey].userData);
    expect(userData).toEqual([{}, { K: 'v' }]);
  },
};
Object.assign(CASES, LIFECYCLE_CASES);

test.each(Object.keys(CASES))('%s', (name) => withVariations([name], CASES[name]!));

test('every variation has a case', () => {
  expect(Object.keys(CASES).sort()).toEqual(VARIATIONS.map((v) => v.name).sort());
});

test('with every variation at once, the documented flow still holds', () =>
  withVariations(
    VARIATIONS.map((v) => v.name),
    async (world) => {
      const { id, reply, chatting, participants, history } = await accepted(world);
      expect(reply.json).toEqual({ statusCode: 0 });
      expect(order(world, chatting)).toBeLessThan(order(world, participants));
      expect(order(world, participants)).toBeLessThan(order(world, history));
      const people = participants.data.chat.participants;
      expect(people).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'Agent', nickname: 'Marat' }),
          expect.objectContaining({ type: 'Customer', nickname: 'PersonP' }),
        ]),
      );
      expect(history.data.chatUri).toMatch(new RegExp(`/chats/${id}$`));
    },
  ));
