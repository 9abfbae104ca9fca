import { AFTER_ACCEPT } from '../../src/model/scenarios';
/** The documented Accept flow on each channel, over real HTTP and a real CometD client. */

import { CHATTING_CAPABILITIES, capabilitiesOf } from '../../reference/render';
import { CHANNELS, channelRow } from '../../src/model/channels';
import { aboutId, control, type Wire, waitFor } from './helpers';
import { acceptFlow, offerSeen, order, startWorld, type World } from './scenario';

const SEED_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/;
const ID = /^[0-9A-Za-z]{16}$/;

describe.each(CHANNELS)('%s: the documented Accept flow', (channel) => {
  const row = channelRow(channel);
  let world: World;
  beforeAll(async () => {
    world = await startWorld({}, channel);
  });
  afterAll(() => world.close());

  test('offer, Accept, then StatusChange < ParticipantsUpdated < history, with the seed content', async () => {
    const { id, offered } = await offerSeen(world, channel);
    expect(id).toMatch(ID);
    expect(offered.channel).toBe(row.topic ?? '/v2/me/smssessions');
    const offer = offered.data;
    expect(offer).toMatchObject({ messageType: row.messageType, notificationType: 'StatusChange' });
    expect(offer[row.resourceKey]).toMatchObject({
      id,
      uri: `${world.base}/api/v2/${row.collection}/${id}`,
      state: 'Invited',
      participants: [{ type: 'Customer', nickname: 'PersonP' }],
    });
    expect(offer[row.resourceKey].capabilities).toEqual(expect.arrayContaining(['Accept', 'Reject']));

    const { reply, chatting, participants, history } = await acceptFlow(world, row, id, 'Marat');
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(order(world, chatting)).toBeLessThan(order(world, participants));
    expect(order(world, participants)).toBeLessThan(order(world, history));

    expect(Number.isInteger(chatting.data.referenceId)).toBe(true);
    expect(chatting.data[row.resourceKey]).toEqual({
      state: 'Chatting',
      // The Accept page's seven, then the documented lifecycle operations the state allows.
      capabilities: [
        ...CHATTING_CAPABILITIES,
        ...capabilitiesOf('Chatting', row).slice(CHATTING_CAPABILITIES.length),
      ],
      id,
      uri: `${world.base}/api/v2/${row.collection}/${id}`,
      participants: [],
    });
    const people = participants.data[row.resourceKey].participants;
    expect(people).toEqual([
      { type: 'Agent', nickname: 'Marat', participantId: expect.stringMatching(/^[0-9A-F]{16}$/) },
      { type: 'Customer', nickname: 'PersonP', participantId: expect.stringMatching(/^[0-9A-F]{16}$/) },
    ]);

    const h = history.data;
    expect(h).toMatchObject({ messageType: 'MessageLogUpdated', notificationType: 'NewMessages' });
    expect(h[row.historyKey]).toBe(`${world.base}/api/v2/${row.collection}/${id}`);
    expect(h[row.historyKey.replace(/Uri$/, 'Path')]).toBe(`/${row.collection}/${id}`);
    expect(h.messages.map((m: Wire) => [m.index, m.type, m.from.type, m.from.nickname, m.text])).toEqual([
      [1, 'ParticipantJoined', 'Customer', 'PersonP', undefined],
      [2, 'TypingStarted', 'Customer', 'PersonP', undefined],
      [3, 'Text', 'Customer', 'PersonP', 'Hello World'],
      [4, 'ParticipantJoined', 'Agent', 'Marat', undefined],
    ]);
    for (const m of h.messages) {
      expect(m).toMatchObject({ visibility: 'All', timestamp: expect.stringMatching(SEED_TIMESTAMP) });
      expect(m.from.participantId).toBe(people.find((p: Wire) => p.type === m.from.type).participantId);
    }
  });

  test('after Accept: list, get and messages agree with the notifications', async () => {
    const { id } = await offerSeen(world, channel);
    const { history } = await acceptFlow(world, row, id, 'Ann');
    const list = await world.rest.get(`/api/v2/me/${row.collection}?fields=*`);
    expect(list.json.statusCode).toBe(0);
    expect(list.json[row.collection]).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, state: 'Chatting' })]),
    );
    const get = await world.rest.get(`/api/v2/me/${row.collection}/${id}`);
    expect(get.json).toMatchObject({
      statusCode: 0,
      [row.resourceKey]: { id, state: 'Chatting', userData: {} },
    });
    const messages = await world.rest.get(`/api/v2/me/${row.collection}/${id}/messages`);
    expect(messages.json).toEqual({ statusCode: 0, messages: history.data.messages });
  });

  test('every customer event after Accept is notified alone, in order, from the right sender', async () => {
    const { id } = await offerSeen(world, channel, { customer: 'Pat' });
    await acceptFlow(world, row, id, 'Marat');
    const events = AFTER_ACCEPT;
    const from = world.notes.received.length;
    for (const e of events)
      expect((await control(world.base, 'POST', `/interactions/${id}/messages`, e)).status).toBe(200);
    const news = await waitFor(
      () => {
        const seen = world.notes.received.slice(from).filter((r) => aboutId(r.data, id));
        return seen.length >= events.length ? seen : undefined;
      },
      3000,
      'one NewMessages per event',
    );
    const messages = news.map((r) => {
      expect(r.data.messages).toHaveLength(1);
      expect(r.data[row.historyKey]).toMatch(new RegExp(`/${id}$`));
      return r.data.messages[0];
    });
    expect(messages.map((m) => m.type)).toEqual(events.map((e) => e.type));
    expect(messages.map((m) => m.index)).toEqual([5, 6, 7, 8, 9, -1, 10, 11]);
    expect(messages[0]).toMatchObject({
      text: 'Is anyone there?',
      from: { type: 'Customer', nickname: 'Pat' },
    });
    expect(messages[1]).toMatchObject({ text: 'Still', from: { type: 'Customer' } });
    expect(messages[3]).toMatchObject({ url: 'https://example.com/help', from: { type: 'Customer' } });
    expect(messages[4]).toMatchObject({ text: 'Customer is on a mobile device' });
    for (const m of [messages[2], messages[6], messages[7]])
      expect(m.from).toMatchObject({ type: 'Customer', nickname: 'Pat' });
    const all = await world.rest.get(`/api/v2/me/${row.collection}/${id}/messages`);
    expect(all.json.messages.slice(4)).toEqual(messages);
  });

  test('messages are paged by index value', async () => {
    const { id } = await offerSeen(world, channel);
    await acceptFlow(world, row, id);
    const page = async (q: string) =>
      (await world.rest.get(`/api/v2/me/${row.collection}/${id}/messages?${q}`)).json;
    const indexes = async (q: string) => (await page(q)).messages.map((m: Wire) => m.index);
    expect(await indexes('startIndex=3')).toEqual([3, 4]);
    expect(await indexes('count=2')).toEqual([1, 2]);
    expect(await indexes('startIndex=2&count=1')).toEqual([2]);
    expect(await indexes('startIndex=0')).toEqual([1, 2, 3, 4]);
    expect(await indexes('count=0')).toEqual([1, 2, 3, 4]);
    expect(await indexes('startIndex=100000')).toEqual([]);
    for (const bad of ['startIndex=-1', 'count=-1', 'startIndex=abc', 'count=1.5']) {
      const body = await page(bad);
      expect(body.statusCode).toBe(1);
      expect(Object.keys(body).sort()).toEqual(['statusCode', 'statusMessage']);
    }
  });

  test('Reject ends the offered interaction: StatusChange Completed with no participants', async () => {
    const { id } = await offerSeen(world, channel);
    const reply = await world.rest.post(`/api/v2/me/${row.collection}/${id}`, { operationName: 'Reject' });
    expect(reply.json).toEqual({ statusCode: 0 });
    const done = await world.notes.waitFor(
      (d) => d?.[row.resourceKey]?.id === id && d[row.resourceKey].state === 'Completed',
    );
    expect(done.data).toMatchObject({
      notificationType: 'StatusChange',
      [row.resourceKey]: { participants: [] },
    });
    const list = await world.rest.get(`/api/v2/me/${row.collection}?fields=*`);
    expect(list.json[row.collection].map((r: Wire) => r.id)).not.toContain(id);
    expect(
      (await control(world.base, 'POST', `/interactions/${id}/messages`, { type: 'TypingStopped' })).status,
    ).toBe(409);
  });

  test('Complete ends a chatting interaction', async () => {
    const { id } = await offerSeen(world, channel);
    await acceptFlow(world, row, id);
    const reply = await world.rest.post(`/api/v2/me/${row.collection}/${id}`, { operationName: 'Complete' });
    expect(reply.json).toEqual({ statusCode: 0 });
    const done = await world.notes.waitFor(
      (d) => d?.[row.resourceKey]?.id === id && d[row.resourceKey].state === 'Completed',
    );
    expect(done.data.notificationType).toBe('StatusChange');
  });
});
