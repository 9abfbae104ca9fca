/**
 * The lifecycle on the reference server, on each channel, over real HTTP and a real CometD client:
 * every documented operation and its notifications, the refusals of LIF-2 and LIF-4, capabilities
 * by state, the customer view and the 409 after Complete and Leave.
 */
import { LEFT_CAPABILITIES } from '../../reference/render';
import { CHANNELS, channelRow, LIFECYCLE_OPERATIONS } from '../../src/model/channels';
import { control, type Wire } from './helpers';
import { chatting, customerEvent, customerView, newMessages, operate, stateChanged } from './lifecycle-steps';
import { offerSeen, startWorld, type World } from './scenario';

const AGENT = { type: 'Agent', nickname: 'Marat' };
const ERROR = (code: number) => ({ statusCode: code, statusMessage: expect.any(String) });

describe.each(CHANNELS)('%s: the lifecycle', (channel) => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld({}, channel);
  });
  afterAll(() => world.close());
  const documented = (op: string) => op in channelRow(channel).lifecycle.operations;

  test('Reject: statusCode 0, StatusChange Completed (id, uri, state), no history; then Accept fails and the customer is gone', async () => {
    const { id, row } = await offerSeen(world, channel);
    const { reply, after } = await operate(world, row, id, { operationName: 'Reject' });
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(stateChanged(row, after, 'StatusChange')).toEqual({
      id,
      uri: expect.stringMatching(new RegExp(`/${row.collection}/${id}$`)),
      state: 'Completed',
      participants: [],
    });
    expect(after.filter((r) => r.data.messageType === 'MessageLogUpdated')).toEqual([]);
    const again = await operate(world, row, id, { operationName: 'Accept', nickname: 'Marat' });
    expect(again.reply.json).toEqual(ERROR(2));
    expect(again.after).toEqual([]);
    expect((await customerEvent(world, id)).status).toBe(409);
    expect((await customerView(world, id)).json).toMatchObject({ state: 'ended' });
  });

  test('Complete: statusCode 0, StatusChange Completed; customer events 409, view ended; a second Complete is refused (LIF-2)', async () => {
    const { id, row } = await chatting(world, channel);
    expect((await customerView(world, id)).json).toMatchObject({ state: 'active' });
    const params = Object.fromEntries(
      row.lifecycle.operations
        .Complete!.params.filter((p) => p.name !== 'text')
        .map((p) => [p.name, p.type === 'boolean' ? true : 'Q']),
    );
    const { reply, after } = await operate(world, row, id, { operationName: 'Complete', ...params });
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(stateChanged(row, after, 'StatusChange')).toMatchObject({ id, state: 'Completed' });
    expect((await customerEvent(world, id)).status).toBe(409);
    expect((await customerView(world, id)).json).toMatchObject({ state: 'ended' });
    for (const body of [
      { operationName: 'Complete' },
      { operationName: 'SendMessage', text: 'late' },
      { operationName: 'AttachUserData', userData: { K: 'v' } },
    ]) {
      const late = await operate(world, row, id, body);
      expect(late.reply.json).toEqual(ERROR(2));
      expect(late.after).toEqual([]);
    }
  });

  test('Complete with text reaches the customer (chat documents text)', async () => {
    const { id, row } = await chatting(world, channel);
    const { reply, after } = await operate(world, row, id, { operationName: 'Complete', text: 'Goodbye' });
    expect(reply.json).toEqual({ statusCode: 0 });
    const transcript = (await customerView(world, id)).json.transcript as Wire[];
    const shown = transcript.some((m) => m.type === 'Text' && m.text === 'Goodbye');
    expect(shown).toBe(channel === 'chat');
    expect(newMessages(after).some((m) => m.text === 'Goodbye')).toBe(channel === 'chat');
  });

  test('Leave: StatusChange LeftChat with the ChatLeave capabilities, the agent’s ParticipantLeft, the customer gone; Complete still works', async () => {
    const { id, row } = await chatting(world, channel);
    const { reply, after } = await operate(world, row, id, { operationName: 'Leave' });
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(stateChanged(row, after, 'StatusChange')).toMatchObject({
      id,
      state: 'LeftChat',
      capabilities: LEFT_CAPABILITIES,
    });
    expect(newMessages(after)).toEqual([
      expect.objectContaining({ type: 'ParticipantLeft', from: expect.objectContaining(AGENT) }),
    ]);
    expect((await customerEvent(world, id)).status).toBe(409);
    expect((await customerView(world, id)).json).toMatchObject({ state: 'ended' });
    expect((await operate(world, row, id, { operationName: 'Leave' })).reply.json).toEqual(ERROR(2));
    expect((await operate(world, row, id, { operationName: 'SendMessage', text: 'x' })).reply.json).toEqual(
      ERROR(2),
    );
    const attach = await operate(world, row, id, {
      operationName: 'AttachUserData',
      userData: { After: 'leave' },
    });
    expect(attach.reply.json).toEqual({ statusCode: 0 });
    const complete = await operate(world, row, id, { operationName: 'Complete' });
    expect(complete.reply.json).toEqual({ statusCode: 0 });
    expect(stateChanged(row, complete.after, 'StatusChange')).toMatchObject({ state: 'Completed' });
  });

  test('agent messages: each documented one is notified from the agent with a rising index, listed, and shown to the customer', async () => {
    const { id, row } = await chatting(world, channel);
    const sends: [Wire, Wire][] = [
      [
        { operationName: 'SendMessage', text: 'How may I help you?' },
        { type: 'Text', text: 'How may I help you?' },
      ],
      [
        { operationName: 'SendUrl', url: 'https://example.com/help' },
        { type: 'PushUrl', url: 'https://example.com/help' },
      ],
      [{ operationName: 'SendStartTypingNotification' }, { type: 'TypingStarted' }],
      [{ operationName: 'SendStopTypingNotification' }, { type: 'TypingStopped' }],
      [
        { operationName: 'SendCustomNotice', noticeText: 'A notice' },
        { type: 'CustomNotice', noticeText: 'A notice' },
      ],
    ];
    let last = 0;
    const sent: Wire[] = [];
    for (const [body, message] of sends) {
      const { reply, after } = await operate(world, row, id, body);
      if (!documented(body.operationName)) {
        expect(reply.json).toEqual({
          statusCode: 2,
          statusMessage: `Operation ${body.operationName} is not supported`,
        });
        expect(after).toEqual([]);
        continue;
      }
      expect(reply.json).toEqual({ statusCode: 0 });
      const [m, ...rest] = newMessages(after);
      expect(rest).toEqual([]);
      expect(m).toMatchObject({ ...message, from: expect.objectContaining(AGENT), visibility: 'All' });
      expect(m.index).toBeGreaterThan(last);
      last = m.index;
      sent.push(m);
      expect(after[0]!.data[row.historyKey]).toMatch(new RegExp(`/${id}$`));
    }
    const listed = (await world.rest.get(`/api/v2/me/${row.collection}/${id}/messages`)).json
      .messages as Wire[];
    expect(listed.slice(-sent.length)).toEqual(sent);
    const transcript = (await customerView(world, id)).json.transcript as Wire[];
    const shown = transcript.filter((m) => m.from.type === 'Agent' && ['Text', 'PushUrl'].includes(m.type));
    expect(shown).toEqual(
      sends
        .map(([, m]) => m)
        .filter((m) => sent.some((s) => s.type === m.type) && ['Text', 'PushUrl'].includes(m.type as string))
        .map((m) => ({ ...m, from: AGENT })),
    );
  });

  test('attached data: Attach, Update, Delete, SetDisposition each notify PropertiesUpdated with the full resource; GET agrees', async () => {
    const { id, row } = await chatting(world, channel);
    const steps: [Wire, Wire][] = [
      [
        { operationName: 'AttachUserData', userData: { K1: 'v1', K2: 42 } },
        { K1: 'v1', K2: 42 },
      ],
      [
        { operationName: 'UpdateUserData', userData: { K1: 'v2' } },
        { K1: 'v2', K2: 42 },
      ],
      [{ operationName: 'DeleteUserData', keys: ['K1'] }, { K2: 42 }],
      [
        { operationName: 'SetDisposition', disposition: 'Resolved', dispositionKey: 'Outcome' },
        { K2: 42, Outcome: 'Resolved' },
      ],
      [
        { operationName: 'SetDisposition', disposition: 'Done' },
        { K2: 42, Outcome: 'Resolved', DispositionCode: 'Done' },
      ],
    ];
    let expected: Wire = {};
    for (const [body, userData] of steps) {
      const { reply, after } = await operate(world, row, id, body);
      if (!documented(body.operationName)) {
        expect(reply.json).toEqual(ERROR(2));
        continue;
      }
      expected =
        channel === 'facebook' && body.operationName !== 'UpdateUserData' ? fbAdjust(userData) : userData;
      expect(reply.json).toEqual({ statusCode: 0 });
      const resource = stateChanged(row, after, 'PropertiesUpdated');
      expect(resource).toMatchObject({ id, state: 'Chatting', userData: expected });
      expect(resource.capabilities).toContain('AttachUserData');
      expect(resource.participants).toHaveLength(2);
    }
    const got = (await world.rest.get(`/api/v2/me/${row.collection}/${id}`)).json[row.resourceKey];
    expect(got.userData).toEqual(expected);
  });

  test('LIF-4: required parameters missing or mistyped answer statusCode 1 and change nothing', async () => {
    const { id, row } = await chatting(world, channel);
    const bad: Wire[] = [
      { operationName: 'SendMessage' },
      { operationName: 'SendMessage', text: 42 },
      { operationName: 'AttachUserData', userData: 'K1=v1' },
      { operationName: 'DeleteUserData', keys: 'K1' },
      { operationName: 'SetDisposition' },
      { operationName: 'SendUrl' },
      { operationName: 'SendCustomNotice', noticeText: ['x'] },
    ];
    for (const body of bad.filter((b) => documented(b.operationName))) {
      const { reply, after } = await operate(world, row, id, body, 50);
      expect({ body, answer: reply.json }).toEqual({ body, answer: ERROR(1) });
      expect(after).toEqual([]);
    }
    const got = (await world.rest.get(`/api/v2/me/${row.collection}/${id}`)).json[row.resourceKey];
    expect(got).toMatchObject({ state: 'Chatting', userData: {} });
    expect((await operate(world, row, id, { operationName: 'Reject' })).reply.json).toEqual(ERROR(2));
  });

  test('capabilities follow the state and the channel’s table', async () => {
    const { id, row, offered } = await offerSeen(world, channel);
    const offeredCaps = offered.data[row.resourceKey].capabilities as string[];
    expect(offeredCaps.includes('UpdateUserData')).toBe(channel !== 'facebook');
    await operate(world, row, id, { operationName: 'Accept', nickname: 'Marat' });
    const caps = (await world.rest.get(`/api/v2/me/${row.collection}/${id}`)).json[row.resourceKey]
      .capabilities;
    for (const op of LIFECYCLE_OPERATIONS.filter((o) => !['Reject'].includes(o))) {
      if (['SendStartTypingNotification', 'SendStopTypingNotification'].includes(op)) continue; // the Accept page's seven stay
      expect([op, caps.includes(op)]).toEqual([op, documented(op)]);
    }
  });

  test('the customer view: 404 for an unknown id, every message shown with its sender', async () => {
    expect((await control(world.base, 'GET', '/interactions/0000NoSuchId0000')).status).toBe(404);
    const { id } = await chatting(world, channel);
    const view = (await customerView(world, id)).json;
    expect(view.state).toBe('active');
    expect(view.transcript.map((m: Wire) => m.type)).toEqual([
      'ParticipantJoined',
      'TypingStarted',
      'Text',
      'ParticipantJoined',
    ]);
    expect(view.transcript.at(-1).from).toEqual(AGENT);
  });
});

/** Facebook has no UpdateUserData: K1 keeps its attached value until it is deleted. */
function fbAdjust(userData: Wire): Wire {
  return 'K1' in userData ? { ...userData, K1: 'v1' } : userData;
}
