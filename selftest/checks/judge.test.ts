/** judgeChannel: the good trace, requirement coverage, precondition rules, a throwing check. */

import { CHECKS, checksFor, errorResults, judgeChannel } from '../../src/judge/judge';
import type { Check } from '../../src/judge/lib/framework';
import { channelAvailability } from '../../src/model/availability';
import { CHANNELS } from '../../src/model/channels';
import { REQUIREMENTS } from '../../src/model/requirements';
import { SCENARIO } from '../../src/model/scenarios';
import type { ChannelTrace } from '../../src/model/trace';
import { ACC_MUTATIONS } from './fixtures/acc-mutations';
import { ACCESS_MUTATIONS } from './fixtures/access-mutations';
import { goodTrace } from './fixtures/good-trace';
import { HISTORY_MUTATIONS } from './fixtures/history-mutations';
import { LIFECYCLE_MUTATIONS } from './fixtures/lifecycle-mutations';
import { MSG_MUTATIONS } from './fixtures/msg-mutations';
import { remove, scenario } from './fixtures/mutate';
import { NTF_MUTATIONS } from './fixtures/ntf-mutations';
import { RES_MUTATIONS } from './fixtures/res-mutations';
import { SES_MUTATIONS } from './fixtures/ses-mutations';
import { judged, resultOf } from './fixtures/table';

const ALL_MUTATIONS = [
  ...SES_MUTATIONS,
  ...ACCESS_MUTATIONS,
  ...ACC_MUTATIONS,
  ...NTF_MUTATIONS,
  ...HISTORY_MUTATIONS,
  ...RES_MUTATIONS,
  ...MSG_MUTATIONS,
  ...LIFECYCLE_MUTATIONS,
];

/** A skip because LIFECYCLE.md's operation table has no ✓ for the operation on this channel. */
const TABLE_SKIP = /LIFECYCLE\.md's operation table has no ✓/;

describe.each(CHANNELS)('the good %s trace', (channel) => {
  const results = judged(channel);

  test('gives no fail, warn, error or skip (but the skips where the operation table has no ✓)', () => {
    const bad = results
      .filter((r) => !['pass', 'info'].includes(r.verdict))
      .filter((r) => !(r.verdict === 'skip' && TABLE_SKIP.test(r.message)))
      .map((r) => `${r.id}: ${r.verdict} ${r.message}`);
    expect(bad).toEqual([]);
  });

  test('names every requirement of the catalogue’s parts 1 and 2', () => {
    const named = new Set(results.flatMap((r) => r.requirements));
    expect(REQUIREMENTS.filter((q) => !named.has(q.id)).map((q) => q.id)).toEqual([]);
  });

  test('gives one result per applicable check, with channel, level, title and duration', () => {
    expect(results.map((r) => r.id)).toEqual(checksFor(channel).map((c) => `${channel}/${c.id}`));
    for (const r of results) {
      expect(r.channel).toBe(channel);
      expect(r.title.length).toBeGreaterThan(10);
      expect(r.durationMs).toBeGreaterThan(0);
    }
    expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
  });

  test('INFO requirements give info', () => {
    for (const r of results.filter((x) => x.level === 'INFO')) expect(r.verdict).toBe('info');
  });
});

test('ACC-3 is judged at MUST on chat and sms, at INFO on facebook', () => {
  expect(resultOf(judged('chat'), 'chat/accept/savelar').level).toBe('MUST');
  expect(resultOf(judged('sms'), 'sms/accept/savelar').level).toBe('MUST');
  expect(resultOf(judged('facebook'), 'facebook/accept/savelar').level).toBe('INFO');
});

test('durationMs is the summed duration of the check’s scenarios', () => {
  const trace = goodTrace('chat');
  const rec = scenario(trace, SCENARIO.unknownId);
  expect(resultOf(judgeChannel(trace), 'chat/accept/unknown-id').durationMs).toBe(
    rec.endedAt - rec.startedAt,
  );
});

test('a result carries its identity: check id, channel, scenarios; an error result is built alike', () => {
  const checks = checksFor('sms');
  const results = judgeChannel(goodTrace('sms'));
  const errors = errorResults(['sms'], 'the suite crashed');
  checks.forEach((c, i) => {
    const identity = { id: `sms/${c.id}`, check: c.id, channel: 'sms', scenarios: c.scenarios };
    expect(results[i]).toMatchObject({ ...identity, requirements: c.requirements, title: c.title });
    expect(errors[i]).toMatchObject({ ...identity, level: results[i].level, verdict: 'error' });
  });
  expect(errors.map((r) => r.message)).toEqual(checks.map(() => 'the suite crashed'));
});

test('check ids are stable, readable and carry no channel prefix', () => {
  for (const c of CHECKS) {
    expect(c.id).toMatch(/^[a-z]+\/[a-z0-9-]+$/);
    expect(CHANNELS.some((ch) => c.id.startsWith(`${ch}/`))).toBe(false);
  }
});

describe.each(CHANNELS)('every %s check', (channel) => {
  // A check the operation table leaves without ✓ on this channel is skip there whatever the trace.
  const undocumented = new Set(
    judged(channel)
      .filter((r) => r.verdict === 'skip' && TABLE_SKIP.test(r.message))
      .map((r) => r.check),
  );
  const judgeable = checksFor(channel)
    .map((c) => c.id)
    .filter((id) => !undocumented.has(id));
  test.each(judgeable)('%s has a mutation where it does not pass', (id) => {
    expect(
      ALL_MUTATIONS.some(
        (m) =>
          m.check === id &&
          m.verdict !== 'pass' &&
          (m.channels === undefined || m.channels.includes(channel)),
      ),
    ).toBe(true);
  });
});

describe('precondition rules', () => {
  test('a channel the control API does not offer: every check is skip', () => {
    const results = judged('sms', (t) => {
      scenario(t, SCENARIO.discovery).facts.channels = ['chat'];
    });
    expect(new Set(results.map((r) => r.verdict))).toEqual(new Set(['skip']));
    expect(results[0].message).toMatch(/does not offer sms/);
  });

  test('a failed discovery: every check is error with the reason (the rule the engine and runner share)', () => {
    const results = judged('chat', (t) =>
      Object.assign(scenario(t, SCENARIO.discovery), {
        status: 'error',
        reason: 'control API answered HTTP 500',
      }),
    );
    expect(new Set(results.map((r) => r.verdict))).toEqual(new Set(['error']));
    expect(results[0].message).toBe('discovery failed: control API answered HTTP 500');
    const rec = scenario(goodTrace('chat'), SCENARIO.discovery);
    expect(channelAvailability({ ...rec, status: 'error' }, 'chat').status).toBe('undrivable');
    expect(channelAvailability({ ...rec, facts: { channels: ['sms'] } }, 'chat').status).toBe('not-offered');
    expect(channelAvailability(rec, 'chat').status).toBe('available');
    expect(channelAvailability(undefined, 'chat').status).toBe('available');
  });

  test('a skipped scenario: skip with its reason', () => {
    const r = resultOf(
      judged('chat', (t) =>
        Object.assign(scenario(t, SCENARIO.unknownId), { status: 'skipped', reason: 'manual driver' }),
      ),
      'chat/accept/unknown-id',
    );
    expect(r).toMatchObject({ verdict: 'skip', message: 'manual driver' });
  });

  test('a scenario the suite never recorded: error', () => {
    const r = resultOf(
      judged('chat', (t) => {
        t.scenarios = t.scenarios.filter((s) => s.id !== SCENARIO.unknownId);
      }),
      'chat/accept/unknown-id',
    );
    expect(r.verdict).toBe('error');
  });

  test('a scenario in error whose evidence is present anyway: judged', () => {
    const results = judged('chat', (t) =>
      Object.assign(scenario(t, SCENARIO.acceptFlow), {
        status: 'error',
        reason: 'control API refused: HTTP 500',
      }),
    );
    expect(resultOf(results, 'chat/accept/success').verdict).toBe('pass');
    expect(resultOf(results, 'chat/messages/paging').verdict).toBe('pass');
  });

  test('a scenario in error whose evidence is missing: error with its reason', () => {
    const results = judged('chat', (t) => {
      Object.assign(scenario(t, SCENARIO.noNickname), {
        status: 'error',
        reason: 'control API refused: HTTP 503',
      });
      for (const e of t.events.filter(
        (x) => x.scenario === SCENARIO.noNickname && x.kind === 'http' && x.step === 'accept',
      )) {
        remove(t, e);
      }
    });
    expect(resultOf(results, 'chat/accept/no-nickname')).toMatchObject({
      verdict: 'error',
      message: expect.stringMatching(/control API refused: HTTP 503/),
    });
  });
});

describe('judgeChannel never throws', () => {
  const boom: Check = {
    id: 'test/throws',
    requirements: ['ACC-1'],
    title: 'A check that throws.',
    scenarios: [SCENARIO.acceptFlow],
    judge: () => {
      throw new TypeError('cannot read properties of undefined');
    },
  };

  test('a check that throws becomes error with the exception message', () => {
    const [r] = judgeChannel(goodTrace('chat'), [boom]);
    expect(r).toMatchObject({ id: 'chat/test/throws', verdict: 'error', level: 'MUST' });
    expect(r.message).toMatch(/cannot read properties of undefined/);
  });

  test('a broken trace gives errors, not an exception', () => {
    const broken = { ...goodTrace('chat'), events: undefined } as unknown as ChannelTrace;
    const results = judgeChannel(broken);
    expect(results.length).toBe(checksFor('chat').length);
    expect(results.every((r) => ['error', 'skip'].includes(r.verdict))).toBe(true);
  });
});
