/**
 * The lifecycle rows of LIFECYCLE.md's variants table on hand-made SMS traces: an operation served
 * only on its page's /smsessions/ (the drive's retry there after a "not found"), and its
 * notification under the page's resource key smsession or history key smsessionUri. The
 * operation's check gives the table's warn naming the page; nothing else fails or warns.
 */
import { channelRow, type OperationName } from '../../src/model/channels';
import { SCENARIO } from '../../src/model/scenarios';
import type { ChannelTrace, HttpEvent } from '../../src/model/trace';
import type { CheckResult } from '../../src/model/verdict';
import { dataOf, everyStateChange, type Json, notes, rename, step } from './fixtures/mutate';
import { judged, resultOf } from './fixtures/table';

const row = channelRow('sms');

/** The three operations whose SMS pages spell the collection smsessions, and where they are judged. */
const SLIPS: { op: OperationName; scenario: string; check: string; page: string; key: string }[] = [
  {
    op: 'SendStopTypingNotification',
    scenario: SCENARIO.agentMessages,
    check: 'sms/send/typing',
    page: 'SMSSendStopType',
    key: 'smsessionUri',
  },
  {
    op: 'SendCustomNotice',
    scenario: SCENARIO.agentMessages,
    check: 'sms/send/custom-notice',
    page: 'SMSSendCustomNotice',
    key: 'smsessionUri',
  },
  {
    op: 'SetDisposition',
    scenario: SCENARIO.userData,
    check: 'sms/userdata/disposition',
    page: 'SMSSetDisposition',
    key: 'smsession',
  },
];

const NOT_FOUND = { statusCode: 6, statusMessage: 'No such resource or operation' };

/**
 * As the drive records it: the operation answered "not found" on /smssessions/, then the same
 * step once more on /smsessions/, served there (`served` false: not found there either).
 */
function onPagePath(t: ChannelTrace, scenario: string, op: string, served = true): void {
  const ev = step(t, scenario, op);
  const first: HttpEvent = {
    ...structuredClone(ev),
    seq: ev.seq - 0.5,
    response: { ...ev.response!, status: 404, json: NOT_FOUND, text: JSON.stringify(NOT_FOUND) },
  };
  t.events.splice(t.events.indexOf(ev), 0, first);
  ev.request.url = ev.request.url.replace('/me/smssessions/', '/me/smsessions/');
  if (!served) ev.response = structuredClone(first.response);
}

/** The notification the operation caused, under the key its page shows. */
function underPageKey(t: ChannelTrace, op: OperationName): void {
  if (op === 'SetDisposition') {
    const [ev] = notes(t, (d) => {
      const res = d[row.resourceKey] as Json | undefined;
      return (
        d.notificationType === 'PropertiesUpdated' && 'ConformanceOutcome' in ((res?.userData as Json) ?? {})
      );
    });
    rename(dataOf(ev!), row.resourceKey, 'smsession');
    return;
  }
  const type = op === 'SendCustomNotice' ? 'CustomNotice' : 'TypingStopped';
  // The agent's (the customer's TypingStopped of the Accept flow is another notification).
  const [ev] = notes(
    t,
    (d) =>
      Array.isArray(d.messages) &&
      (d.messages as Json[]).some((m) => m.type === type && (m.from as Json).type === 'Agent'),
  );
  rename(dataOf(ev!), 'smssessionUri', 'smsessionUri');
  rename(dataOf(ev!), 'smssessionPath', 'smsessionPath');
}

const findings = (results: CheckResult[], but: string[] = []) =>
  results
    .filter((r) => !but.includes(r.id) && ['fail', 'warn', 'error'].includes(r.verdict))
    .map((r) => `${r.id}: ${r.verdict} ${r.message}`);

describe.each(SLIPS)('$op on the $page page', (slip) => {
  test('served only on /smsessions/: the table warn under its requirement, naming the page', () => {
    const results = judged('sms', (t) => onPagePath(t, slip.scenario, slip.op));
    const r = resultOf(results, slip.check);
    expect(r.verdict).toBe('warn');
    expect(r.variant).toMatchObject({ field: 'collection', value: 'smsessions', reconciled: 'smssessions' });
    expect(r.variant?.requirement).toBe(r.requirements[0]);
    expect(r.message).toContain(`${slip.page}: Request URL`);
    expect(r.message).toMatch(/\/me\/smsessions\//);
    // The 404 on the reconciled path is not judged: LIF-1 and every other check as before.
    expect(resultOf(results, 'sms/lifecycle/success').verdict).toBe('pass');
    expect(findings(results, [slip.check])).toEqual([]);
  });

  test(`its notification under ${slip.key}: read, and the table warn naming the page`, () => {
    const results = judged('sms', (t) => underPageKey(t, slip.op));
    const r = resultOf(results, slip.check);
    expect(r.verdict).toBe('warn');
    expect(r.variant).toMatchObject({ field: slip.op === 'SetDisposition' ? 'resourceKey' : 'historyKey' });
    expect(r.variant?.value).toBe(slip.key);
    expect(r.message).toContain(`${slip.page}: Notification`);
    expect(findings(results, [slip.check])).toEqual([]);
  });

  test('served on neither path: one failure, on the reconciled answer', () => {
    const results = judged('sms', (t) => onPagePath(t, slip.scenario, slip.op, false));
    const bad = findings(results);
    expect(bad).toHaveLength(1);
    // SetDisposition's requirement names its statusCode 0 (UD-5); the typing and notice answers are LIF-1's.
    const judgedBy = slip.op === 'SetDisposition' ? slip.check : 'sms/lifecycle/success';
    expect(bad[0]).toMatch(new RegExp(`^${judgedBy}: fail POST /api/v2/me/smssessions/`));
  });
});

test('every lifecycle slip at once: exactly the three warns, each naming path and key once', () => {
  const results = judged('sms', (t) => {
    for (const s of SLIPS) {
      onPagePath(t, s.scenario, s.op);
      underPageKey(t, s.op);
    }
  });
  expect(
    findings(results)
      .map((f) => f.split(':')[0])
      .sort(),
  ).toEqual(SLIPS.map((s) => s.check).sort());
  for (const s of SLIPS) {
    const r = resultOf(results, s.check);
    expect(r.message.match(/"smsessions"/g)).toHaveLength(1);
    expect(r.message.match(new RegExp(`"${s.key}" as on`, 'g'))).toHaveLength(1);
  }
});

test('the resource key smsession on every state change is reported once, under NTF-1, not again by UD-5', () => {
  const results = judged('sms', (t) => everyStateChange(t, (d, key) => rename(d, key, 'smsession')));
  expect(resultOf(results, 'sms/userdata/disposition').verdict).toBe('pass');
  expect(findings(results)).toEqual([expect.stringMatching(/^sms\/accept\/chatting-notification: warn/)]);
});
