/**
 * A hand-made run for the reporter self-tests: chat passes the Accept flow; sms delivers
 * ParticipantsUpdated before StatusChange(Chatting) (an NTF-6 fail with evidence and a pointer),
 * copies two documentation variants, and answers with a hostile body and a planted secret.
 */

import { exitCodeFor } from '../../src/judge/exit-code';
import type { UnusedWaiver } from '../../src/judge/waivers';
import { CHANNEL_TABLE } from '../../src/model/channels';
import type { RunReport } from '../../src/model/report';
import type { ChannelTrace, TraceEvent } from '../../src/model/trace';
import type { CheckResult } from '../../src/model/verdict';
import { summarize } from '../../src/model/verdict';

export const SECRET = 'hunter2-s3cret';
/** base64("agent1:hunter2-s3cret"): what a recorder that forgot to redact would have kept. */
export const BASIC = Buffer.from(`agent1:${SECRET}`).toString('base64');
export const COOKIE_VALUE = 'node0abcdef1234567890';
export const HOSTILE = '</script><img src=x onerror="document.title=\'pwned\'"><!--';

const BASE = 'http://127.0.0.1:8090';

function accept(seq: number, t: number, collection: string, id: string, json: unknown): TraceEvent {
  return {
    kind: 'http',
    seq,
    t,
    actor: 'A',
    scenario: 'accept-flow',
    step: 'accept',
    request: {
      method: 'POST',
      url: `${BASE}/api/v2/me/${collection}/${id}`,
      headers: { 'content-type': 'application/json', authorization: 'Basic [redacted]' },
      body: '{"operationName":"Accept","nickname":"Agent Smith"}',
    },
    response: { status: 200, headers: { 'content-type': 'application/json' }, t: t + 12, json, size: 17 },
  };
}

function notification(seq: number, t: number, data: Record<string, unknown>): TraceEvent {
  return { kind: 'bayeux', seq, t, actor: 'A', direction: 'in', message: { channel: '/v2/me/chats', data } };
}

function stateChange(
  key: string,
  type: string,
  id: string,
  uri: string,
  notificationType: string,
  state: string,
) {
  return {
    messageType: type,
    notificationType,
    [key]: { id, uri, state, capabilities: state === 'Chatting' ? ['SendMessage', 'Complete'] : ['Accept'] },
  };
}

function history(historyKey: string, uri: string) {
  return {
    messageType: 'MessageLogUpdated',
    notificationType: 'NewMessages',
    [historyKey]: uri,
    messages: [
      {
        index: 1,
        type: 'ParticipantJoined',
        from: { nickname: 'Cust', type: 'Customer', participantId: 'p1' },
      },
    ],
  };
}

function channelTrace(channel: 'chat' | 'sms', outOfOrder: boolean): ChannelTrace {
  const row = CHANNEL_TABLE[channel];
  const id = `${channel}-0001`;
  const uri = `${BASE}/api/v2/${row.collection}/${id}`;
  const type = channel === 'sms' ? 'test_accept ' : row.messageType;
  const chatting = notification(
    5,
    120,
    stateChange(row.resourceKey, type, id, uri, 'StatusChange', 'Chatting'),
  );
  const participants = notification(
    6,
    125,
    stateChange(row.resourceKey, type, id, uri, 'ParticipantsUpdated', 'Chatting'),
  );
  const ordered = outOfOrder
    ? [
        { ...participants, seq: 5, t: 118 },
        { ...chatting, seq: 6, t: 124 },
      ]
    : [chatting, participants];
  const events: TraceEvent[] = [
    {
      kind: 'bayeux',
      seq: 1,
      t: 2,
      actor: 'A',
      scenario: 'login-A',
      direction: 'out',
      message: { channel: '/meta/handshake', id: '1' },
    },
    {
      kind: 'http',
      seq: 2,
      t: 50,
      actor: 'customer',
      scenario: 'accept-flow',
      step: 'offer',
      request: { method: 'POST', url: `${BASE}/conformance/v1/${channel}/offers`, headers: {}, body: '{}' },
      response: {
        status: 201,
        headers: { 'set-cookie': `JSESSIONID=${COOKIE_VALUE}; Path=/` },
        t: 60,
        json: { id, note: channel === 'sms' ? `${HOSTILE} ${SECRET}` : 'ok' },
        size: 40,
      },
    },
    notification(3, 70, stateChange(row.resourceKey, type, id, uri, 'StatusChange', 'Invited')),
    accept(4, 110, row.collection, id, { statusCode: 0 }),
    ...ordered,
    notification(7, 130, history(row.historyKey, uri)),
    {
      kind: 'note',
      seq: 8,
      t: 140,
      actor: 'A',
      scenario: 'accept-flow',
      level: 'info',
      text: 'quiet window over',
    },
  ];
  if (channel === 'sms') {
    // A recorder that forgot to redact: the reporters must still not let these through.
    const offer = events[1] as Extract<TraceEvent, { kind: 'http' }>;
    offer.request.headers = {
      authorization: `Basic ${BASIC}`,
      cookie: `JSESSIONID=${COOKIE_VALUE}`,
      'x-debug': SECRET,
    };
  }
  return {
    channel,
    users: { A: 'agent1' },
    timeoutMs: 5000,
    quietMs: 300,
    scenarios: [
      { id: 'login-A', status: 'done', startedAt: 0, endedAt: 40, facts: {} },
      {
        id: 'accept-flow',
        status: 'done',
        startedAt: 45,
        endedAt: 150,
        facts: { interactionId: id, nickname: 'Agent Smith', customerNickname: 'Cust' },
      },
    ],
    events,
  };
}

/** The checks whose timeline is their scenario's; the others show their evidence events only. */
const ACCEPT_FLOW = new Set([
  'accept/notification-order',
  'accept/chatting-notification',
  'accept/response',
  'offer/state',
]);

const result = (r: Partial<CheckResult> & Pick<CheckResult, 'id' | 'verdict'>): CheckResult => {
  const check = r.channel === null ? r.id : r.id.slice(r.id.indexOf('/') + 1);
  return {
    check,
    scenarios: ACCEPT_FLOW.has(check) ? ['accept-flow'] : [],
    requirements: ['ACC-1'],
    channel: 'chat',
    level: 'MUST',
    title: 'a check',
    message: 'as expected',
    durationMs: 3,
    ...r,
  };
};

export function fixtureResults(): CheckResult[] {
  const sms = CHANNEL_TABLE.sms;
  return [
    result({ id: 'chat/accept/response', verdict: 'pass', title: 'Accept answers statusCode 0' }),
    result({
      id: 'chat/accept/notification-order',
      requirements: ['NTF-6'],
      verdict: 'pass',
      title: 'StatusChange(Chatting) < ParticipantsUpdated < NewMessages',
      message: 'StatusChange(Chatting) < ParticipantsUpdated < NewMessages',
    }),
    result({
      id: 'sms/accept/notification-order',
      channel: 'sms',
      requirements: ['NTF-6'],
      verdict: 'fail',
      title: 'StatusChange(Chatting) < ParticipantsUpdated < NewMessages',
      message: 'ParticipantsUpdated arrived before StatusChange(Chatting)',
      expected: 'StatusChange(Chatting) < ParticipantsUpdated < NewMessages',
      actual: `ParticipantsUpdated (#5, +8 ms) < StatusChange(Chatting) (#6, +14 ms) ${HOSTILE}`,
      evidence: [5, 6],
      pointer: '/data/notificationType',
    }),
    result({
      id: 'sms/accept/chatting-notification',
      channel: 'sms',
      requirements: ['NTF-1'],
      verdict: 'fail',
      title: 'A StatusChange to Chatting with the channel messageType',
      message: 'messageType is "test_accept " (a leftover test string in the SMS Accept page)',
      expected: 'messageType SMSsessionStateChangeMessage',
      actual: 'messageType "test_accept "',
      variant: sms.variants.find((v) => v.field === 'messageType')!,
      evidence: [6],
      pointer: '/data/messageType',
    }),
    result({
      id: 'sms/accept/response',
      channel: 'sms',
      verdict: 'warn',
      message: 'Accept only answered on the documented misspelling /api/v2/me/smsessions',
      variant: sms.variants.find((v) => v.field === 'collection')!,
    }),
    result({
      id: 'sms/accept/success-body',
      channel: 'sms',
      requirements: ['ACC-2'],
      level: 'SHOULD',
      verdict: 'warn',
      message: 'success body has a member besides statusCode: referenceId',
      waived: {
        reason: 'GWS 8.5 sends referenceId; ticket VEN-42',
        owner: 'vendor-team',
        expires: '2099-12-31',
      },
    }),
    result({
      id: 'chat/offer/state',
      requirements: ['OFF-3'],
      level: 'INFO',
      verdict: 'info',
      message: 'offered state: Invited',
    }),
    result({
      id: 'chat/session/isolation',
      requirements: ['SES-7'],
      verdict: 'skip',
      message: 'no second agent (--user2)',
    }),
    result({
      id: 'chat/messages/paging',
      requirements: ['MSG-5'],
      level: 'SHOULD',
      verdict: 'error',
      message: 'control API refused: 503',
    }),
    result({
      id: 'discovery/channels',
      channel: null,
      requirements: ['SES-8'],
      level: 'INFO',
      verdict: 'info',
      message: 'the control API offers chat, sms',
    }),
  ];
}

export function fixtureReport(over: Partial<RunReport> = {}): RunReport {
  const results = over.results ?? fixtureResults();
  const unusedWaivers: UnusedWaiver[] = over.unusedWaivers ?? [
    { id: 'facebook/*', reason: 'old bug', owner: 'qa', expires: '2020-01-01', problem: 'expired' },
  ];
  return {
    suite: { name: 'gws-conformance', version: '0.1.0' },
    target: `http://agent1:${SECRET}@127.0.0.1:8090`,
    startedAt: '2026-11-22T10:00:00.000Z',
    durationMs: 2140,
    options: { strict: false, channels: ['chat', 'sms'], password: SECRET, timeout: 5000 },
    summary: summarize(results),
    results,
    unusedWaivers,
    exitCode: exitCodeFor(results, { strict: false, unusedWaivers }),
    trace: {
      format: 'gws-conformance-trace/1',
      suite: { name: 'gws-conformance', version: '0.1.0' },
      target: `http://agent1:${SECRET}@127.0.0.1:8090`,
      startedAt: '2026-11-22T10:00:00.000Z',
      channels: { chat: channelTrace('chat', false), sms: channelTrace('sms', true) },
    },
    ...over,
  };
}

/** A report whose sms trace has `n` extra notifications, for the page's speed. */
export function bigReport(n: number): RunReport {
  const report = fixtureReport();
  const sms = report.trace.channels.sms!;
  for (let k = 0; k < n; k++) {
    sms.events.push(
      notification(100 + k, 150 + k, {
        messageType: 'PropertiesUpdated',
        notificationType: 'PropertiesUpdated',
        smssession: { id: 'sms-0001', state: 'Chatting', userData: { k, text: 'x'.repeat(80) } },
      }),
    );
  }
  sms.scenarios[1]!.endedAt = 150 + n;
  return report;
}

/**
 * The fixture run plus chat's `lifecycle-complete` (Accept, Complete, a refused late Complete) and
 * two part-2 results, so the report has both parts and a timeline grouped by operation.
 */
export function lifecycleReport(): RunReport {
  const chat = CHANNEL_TABLE.chat;
  const id = 'chat-0100';
  const uri = `${BASE}/api/v2/${chat.collection}/${id}`;
  const post = (seq: number, t: number, step: string, body: string, json: unknown): TraceEvent => ({
    kind: 'http',
    seq,
    t,
    actor: 'A',
    scenario: 'lifecycle-complete',
    step,
    request: { method: 'POST', url: uri, headers: {}, body },
    response: { status: 200, headers: {}, t: t + 5, json, size: 20 },
  });
  const state = (seq: number, t: number, s: string) =>
    notification(seq, t, stateChange(chat.resourceKey, chat.messageType, id, uri, 'StatusChange', s));
  const events: TraceEvent[] = [
    {
      kind: 'http',
      seq: 30,
      t: 160,
      actor: 'customer',
      scenario: 'lifecycle-complete',
      step: 'offer',
      request: { method: 'POST', url: `${BASE}/conformance/v1/interactions`, headers: {}, body: '{}' },
      response: { status: 201, headers: {}, t: 165, json: { id }, size: 20 },
    },
    state(31, 170, 'Invited'),
    post(32, 180, 'accept', '{"operationName":"Accept","nickname":"Agent Smith"}', { statusCode: 0 }),
    state(33, 190, 'Chatting'),
    post(34, 200, 'Complete', '{"operationName":"Complete"}', { statusCode: 0 }),
    state(35, 210, 'Completed'),
    post(36, 220, 'late:Complete', '{"operationName":"Complete"}', {
      statusCode: 2,
      statusMessage: 'Complete is not valid in state Completed',
    }),
  ];
  const report = fixtureReport();
  const trace = report.trace.channels.chat!;
  trace.events.push(...events);
  trace.scenarios.push({
    id: 'lifecycle-complete',
    status: 'done',
    startedAt: 155,
    endedAt: 230,
    facts: { interactionId: id, customerNickname: 'Cust-lifecycle' },
  });
  const results: CheckResult[] = [
    ...report.results,
    result({
      id: 'chat/complete/success',
      requirements: ['CMP-1'],
      scenarios: ['lifecycle-complete'],
      verdict: 'pass',
      message: 'Complete answered statusCode 0 and a StatusChange(Completed) followed.',
      evidence: [34, 35],
    }),
    result({
      id: 'chat/lifecycle/late-operation',
      requirements: ['LIF-2'],
      scenarios: ['lifecycle-complete'],
      verdict: 'pass',
      message: 'the late Complete answered statusCode 2 and notified nothing',
      evidence: [36],
      pointer: '/statusCode',
    }),
  ];
  return {
    ...report,
    results,
    summary: summarize(results),
    exitCode: exitCodeFor(results, { strict: false, unusedWaivers: report.unusedWaivers }),
  };
}
