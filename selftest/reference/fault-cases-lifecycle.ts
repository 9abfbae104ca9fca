/**
 * For each lifecycle fault, a direct observation that the server deviates, on a given channel
 * (run by faults-lifecycle.test.ts on every channel where the fault's requirement applies).
 */
import type { Channel } from '../../src/model/channels';
import type { Wire } from './helpers';
import { chatting, customerEvent, customerView, newMessages, operate, stateChanged } from './lifecycle-steps';
import { offerSeen, type World } from './scenario';

export type LifecycleCase = (world: World, channel: Channel) => Promise<void>;

const reject = async (world: World, channel: Channel) => {
  const { id, row } = await offerSeen(world, channel);
  return { id, row, ...(await operate(world, row, id, { operationName: 'Reject' })) };
};

/** Chatting, then `bodies` in turn; the last one's answer and notifications. */
async function after(world: World, channel: Channel, ...bodies: Wire[]) {
  const { id, row } = await chatting(world, channel);
  let last = await operate(world, row, id, bodies[0]!);
  for (const body of bodies.slice(1)) last = await operate(world, row, id, body);
  return { id, row, ...last };
}

const ATTACH = { operationName: 'AttachUserData', userData: { K1: 'v1', K2: 42 } };

export const LIFECYCLE_CASES: Record<string, LifecycleCase> = {
  'delete-statuscode-string': async (world, channel) => {
    const { reply } = await after(world, channel, ATTACH, { operationName: 'DeleteUserData', keys: ['K1'] });
    expect(reply.json).toEqual({ statusCode: '0' });
  },
  'late-operation-succeeds': async (world, channel) => {
    const { reply, after: notes } = await after(
      world,
      channel,
      { operationName: 'Complete' },
      { operationName: 'SendMessage', text: 'late' },
    );
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(notes).toEqual([]);
  },
  'missing-parameter-accepted': async (world, channel) => {
    const { reply } = await after(world, channel, { operationName: 'SendMessage' });
    expect(reply.json).toEqual({ statusCode: 0 });
  },
  'bad-parameter-500': async (world, channel) => {
    const { reply } = await after(world, channel, { operationName: 'AttachUserData', userData: 'x' });
    expect(reply.status).toBe(500);
  },
  'reject-statuscode-string': async (world, channel) => {
    expect((await reject(world, channel)).reply.json).toEqual({ statusCode: '0' });
  },
  'reject-status-slip': async (world, channel) => {
    expect((await reject(world, channel)).reply.json).toEqual({ status: 0 });
  },
  'reject-state-rejected': async (world, channel) => {
    const { row, after: notes } = await reject(world, channel);
    expect(stateChanged(row, notes, 'StatusChange')?.state).toBe('Rejected');
  },
  'accept-after-reject': async (world, channel) => {
    const { id, row } = await reject(world, channel);
    const again = await operate(world, row, id, { operationName: 'Accept', nickname: 'Marat' });
    expect(again.reply.json).toEqual({ statusCode: 0 });
  },
  'complete-not-notified': async (world, channel) => {
    const { reply, after: notes } = await after(world, channel, { operationName: 'Complete' });
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(notes).toEqual([]);
  },
  'complete-customer-continues': async (world, channel) => {
    const { id } = await after(world, channel, { operationName: 'Complete' });
    expect((await customerEvent(world, id)).status).toBe(200);
    expect((await customerView(world, id)).json.state).toBe('active');
  },
  'complete-text-lost': async (world, channel) => {
    const { id, reply } = await after(world, channel, { operationName: 'Complete', text: 'Goodbye' });
    expect(reply.json).toEqual({ statusCode: 0 });
    const transcript = (await customerView(world, id)).json.transcript as Wire[];
    expect(transcript.map((m) => m.text)).not.toContain('Goodbye');
  },
  'leftchat-without-complete': async (world, channel) => {
    const { row, after: notes } = await after(world, channel, { operationName: 'Leave' });
    expect(stateChanged(row, notes, 'StatusChange')).toMatchObject({ state: 'LeftChat' });
    expect(stateChanged(row, notes, 'StatusChange').capabilities).not.toContain('Complete');
  },
  'leave-customer-continues': async (world, channel) => {
    const { id } = await after(world, channel, { operationName: 'Leave' });
    expect((await customerEvent(world, id)).status).toBe(200);
    expect((await customerView(world, id)).json.state).toBe('active');
  },
  'complete-after-leave-refused': async (world, channel) => {
    const { reply } = await after(world, channel, { operationName: 'Leave' }, { operationName: 'Complete' });
    expect(reply.json).toMatchObject({ statusCode: 2 });
  },
  'leave-no-participantleft': async (world, channel) => {
    const { row, after: notes } = await after(world, channel, { operationName: 'Leave' });
    expect(stateChanged(row, notes, 'StatusChange')).toMatchObject({ state: 'LeftChat' });
    expect(newMessages(notes)).toEqual([]);
  },
  'agent-text-not-notified': async (world, channel) => {
    const { reply, after: notes } = await after(world, channel, { operationName: 'SendMessage', text: 'Hi' });
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(notes).toEqual([]);
  },
  'pushurl-not-notified': async (world, channel) => {
    const { reply, after: notes } = await after(world, channel, {
      operationName: 'SendUrl',
      url: 'https://example.com',
    });
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(notes).toEqual([]);
  },
  'typing-not-notified': async (world, channel) => {
    const { reply, after: notes } = await after(world, channel, {
      operationName: 'SendStartTypingNotification',
    });
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(notes).toEqual([]);
  },
  'custom-notice-as-notice': async (world, channel) => {
    const { after: notes } = await after(world, channel, {
      operationName: 'SendCustomNotice',
      noticeText: 'N',
    });
    expect(newMessages(notes)).toEqual([expect.objectContaining({ type: 'Notice', text: 'N' })]);
  },
  'agent-messages-not-listed': async (world, channel) => {
    const { id, row } = await after(world, channel, { operationName: 'SendMessage', text: 'Hi' });
    const listed = (await world.rest.get(`/api/v2/me/${row.collection}/${id}/messages`)).json
      .messages as Wire[];
    expect(listed.map((m) => m.text)).not.toContain('Hi');
  },
  'customer-view-misses-pushurl': async (world, channel) => {
    const { id } = await after(
      world,
      channel,
      { operationName: 'SendMessage', text: 'Hi' },
      { operationName: 'SendUrl', url: 'https://example.com' },
    );
    const types = ((await customerView(world, id)).json.transcript as Wire[]).map((m) => m.type);
    expect(types).toContain('Text');
    expect(types).not.toContain('PushUrl');
  },
  'customer-view-misses-agent-text': async (world, channel) => {
    const { id } = await after(world, channel, { operationName: 'SendMessage', text: 'Hi' });
    const texts = ((await customerView(world, id)).json.transcript as Wire[]).filter(
      (m) => m.type === 'Text',
    );
    expect(texts.map((m) => (m.from as Wire).type)).not.toContain('Agent');
  },
  'attach-not-notified': async (world, channel) => {
    const { reply, after: notes } = await after(world, channel, ATTACH);
    expect(reply.json).toEqual({ statusCode: 0 });
    expect(notes).toEqual([]);
  },
  'update-ignored': async (world, channel) => {
    const { row, after: notes } = await after(world, channel, ATTACH, {
      operationName: 'UpdateUserData',
      userData: { K1: 'v2' },
    });
    expect(stateChanged(row, notes, 'PropertiesUpdated')?.userData).toEqual({ K1: 'v1', K2: 42 });
  },
  'delete-ignored': async (world, channel) => {
    const { row, after: notes } = await after(world, channel, ATTACH, {
      operationName: 'DeleteUserData',
      keys: ['K1'],
    });
    expect(stateChanged(row, notes, 'PropertiesUpdated')?.userData).toEqual({ K1: 'v1', K2: 42 });
  },
  'get-userdata-stale': async (world, channel) => {
    const { id, row } = await after(world, channel, ATTACH);
    expect(
      (await world.rest.get(`/api/v2/me/${row.collection}/${id}`)).json[row.resourceKey].userData,
    ).toEqual({});
  },
  'disposition-key-ignored': async (world, channel) => {
    const { row, after: notes } = await after(world, channel, {
      operationName: 'SetDisposition',
      disposition: 'D',
      dispositionKey: 'K',
    });
    expect(stateChanged(row, notes, 'PropertiesUpdated')?.userData).toEqual({ Disposition: 'D' });
  },
};
