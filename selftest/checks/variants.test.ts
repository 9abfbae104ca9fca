/** The "Known documentation variants" table: each seed slip gets the table's verdict and names its page. */
import { type Channel, channelRow, type VariantField } from '../../src/model/channels';
import { SCENARIO } from '../../src/model/scenarios';
import type { ChannelTrace, HttpEvent } from '../../src/model/trace';
import type { Verdict } from '../../src/model/verdict';
import { BASE } from './fixtures/builder';
import { answer, dataOf, everyStateChange, flow, type Json, rename, scenario, step } from './fixtures/mutate';
import { judged, resultOf } from './fixtures/table';

interface Row {
  channel: Channel;
  field: VariantField;
  check: string;
  verdict: Verdict;
  file: string;
  mutate(t: ChannelTrace): void;
}

const SMS_PAGE = '000_69952084d6cb1c22.txt';
const FB_PAGE = '004_4456e52e95c98dac.txt';

const ROWS: Row[] = [
  {
    channel: 'sms',
    field: 'resourceKey',
    check: 'accept/chatting-notification',
    verdict: 'warn',
    file: SMS_PAGE,
    mutate: (t) => everyStateChange(t, (d, key) => rename(d, key, 'smsession')),
  },
  {
    channel: 'sms',
    field: 'messageType',
    check: 'accept/chatting-notification',
    verdict: 'fail',
    file: SMS_PAGE,
    mutate: (t) => {
      dataOf(flow(t).chatting).messageType = 'test_accept ';
    },
  },
  {
    channel: 'sms',
    field: 'uri',
    check: 'accept/chatting-notification',
    verdict: 'warn',
    file: SMS_PAGE,
    mutate: (t) =>
      everyStateChange(t, (d, key) => {
        const r = d[key] as Json;
        r.uri = String(r.uri).replace('/smssessions/', '/smsessions/');
      }),
  },
  {
    channel: 'sms',
    field: 'collection',
    check: 'accept/success',
    verdict: 'warn',
    file: SMS_PAGE,
    mutate: (t) => servedOnSeedCollection(t),
  },
  {
    channel: 'facebook',
    field: 'resourceKey',
    check: 'accept/chatting-notification',
    verdict: 'warn',
    file: FB_PAGE,
    mutate: (t) => everyStateChange(t, (d, key) => rename(d, key, 'facebooksessions')),
  },
  {
    channel: 'facebook',
    field: 'messageType',
    check: 'accept/chatting-notification',
    verdict: 'warn',
    file: FB_PAGE,
    mutate: (t) =>
      everyStateChange(t, (d) => {
        d.messageType = 'facebooksessionStateChangeMessage';
      }),
  },
];

/**
 * A target that serves SMS on /smsessions/ everywhere, as the drive records it: the login probe
 * found the reconciled list "not found" and the variant served, and every later call used it.
 */
function servedOnSeedCollection(t: ChannelTrace): void {
  const login = scenario(t, SCENARIO.loginA);
  login.facts.collection = 'smsessions';
  const probe = answer(t, SCENARIO.loginA, 'collection', 404, { statusCode: 6, statusMessage: 'not found' });
  const variant: HttpEvent = {
    ...structuredClone(probe),
    seq: probe.seq + 0.5,
    step: 'collection:smsessions',
    request: { ...probe.request, url: `${BASE}/api/v2/me/smsessions?fields=*` },
    response: { ...probe.response!, status: 200, json: { statusCode: 0, smsessions: [] } },
  };
  t.events.splice(t.events.indexOf(probe) + 1, 0, variant);
  for (const e of t.events) {
    if (e.kind !== 'http' || e.scenario === SCENARIO.loginA) continue;
    e.request.url = e.request.url.replace('/me/smssessions', '/me/smsessions');
    const json = e.response?.json as Json | undefined;
    if (json && 'smssessions' in json) rename(json, 'smssessions', 'smsessions');
  }
}

describe.each(ROWS)('$channel $field variant', (row) => {
  const results = judged(row.channel, row.mutate);
  const r = resultOf(results, `${row.channel}/${row.check}`);
  const variant = channelRow(row.channel).variants.find((v) => v.field === row.field)!;

  test(`gets the table's verdict (${row.verdict}) and names ${row.file} and the reconciled form`, () => {
    expect(r.verdict).toBe(row.verdict);
    expect(r.verdict).toBe(variant.verdict);
    expect(r.variant).toEqual(variant);
    expect(r.message).toContain(row.file);
    expect(r.message).toContain(JSON.stringify(variant.reconciled));
    expect(r.requirements).toContain(variant.requirement);
  });

  test('is the only finding: no other check fails or warns', () => {
    const others = results.filter((x) => x.id !== r.id && ['fail', 'warn', 'error'].includes(x.verdict));
    expect(others.map((x) => `${x.id}: ${x.verdict} ${x.message}`)).toEqual([]);
  });
});

test('a target that copied every SMS slip at once: the fail of "test_accept " leads, the others are named', () => {
  const r = resultOf(
    judged('sms', (t) =>
      everyStateChange(t, (d, key) => {
        const res = d[key] as Json;
        res.uri = String(res.uri).replace('/smssessions/', '/smsessions/');
        if (d.notificationType === 'StatusChange' && res.state === 'Chatting') d.messageType = 'test_accept ';
        rename(d, key, 'smsession');
      }),
    ),
    'sms/accept/chatting-notification',
  );
  expect(r.verdict).toBe('fail');
  expect(r.variant?.value).toBe('test_accept ');
  expect(r.message).toMatch(/smsession.*Also:|Also:.*smsession/);
});

test('InFocus and SetInFocus both pass NTF-3', () => {
  const inFocus = resultOf(judged('chat'), 'chat/accept/chatting-capability-set');
  expect(inFocus.verdict).toBe('pass');
  const setInFocus = resultOf(
    judged('chat', (t) => {
      const caps = (dataOf(flow(t).chatting).chat as Json).capabilities as string[];
      caps[caps.indexOf('InFocus')] = 'SetInFocus';
    }),
    'chat/accept/chatting-capability-set',
  );
  expect(setInFocus.verdict).toBe('pass');
});

test('referenceId on ParticipantsUpdated (002 page) passes NTF-9', () => {
  const r = resultOf(
    judged('chat', (t) => {
      dataOf(flow(t).participants).referenceId = 13;
    }),
    'chat/accept/reference-id',
  );
  expect(r.verdict).toBe('pass');
});

test('invalid JSON where the seed page shows trailing commas: fail of the requirement that needed it', () => {
  const r = resultOf(
    judged('sms', (t) => {
      const ev = step(t, SCENARIO.acceptFlow, 'accept');
      ev.response = {
        ...ev.response!,
        json: undefined,
        text: '{"statusCode": 0,}',
        parseError: 'Unexpected token } in JSON at position 17',
      };
    }),
    'sms/accept/success',
  );
  expect(r.verdict).toBe('fail');
  expect(r.message).toMatch(/not JSON \(Unexpected token/);
});
