/** The pure helpers of the judge: paging by index value, timestamps, outcome building, judgeCheck. */

import { expectedPage, timestampMillis } from '../../src/judge/cases/msg-form';
import { judgeCheck } from '../../src/judge/judge';
import { defineCheck } from '../../src/judge/lib/define';
import { breach, combine, detail, pass, quote, record } from '../../src/judge/lib/outcome';
import { SCENARIO } from '../../src/model/scenarios';
import { goodTrace } from './fixtures/good-trace';

describe('expectedPage (MSG-5): index values, not positions', () => {
  const indexes = [1, 2, 3, 4, 6, 7, 8]; // index 5 is a gap
  test.each([
    ['startIndex=5', [6, 7, 8]],
    ['startIndex=0', indexes],
    ['count=2', [1, 2]],
    ['count=0', indexes],
    ['startIndex=6&count=1', [6]],
    ['startIndex=100000', []],
    ['', indexes],
  ])('%s', (query, expected) => expect(expectedPage(query, indexes)).toEqual(expected));
  test.each(['startIndex=-1', 'count=-1', 'startIndex=abc', 'count=1.5'])('%s is invalid', (query) =>
    expect(expectedPage(query, indexes)).toBeNull(),
  );
});

describe('timestampMillis', () => {
  test('reads the seed, space and RFC 3339 forms alike', () => {
    const ms = Date.parse('2014-01-02T22:23:18.000Z');
    expect(timestampMillis('2014-01-02T14:23:18.000-0800')).toBe(ms);
    expect(timestampMillis('2014-01-02 14:23:18.000-0800')).toBe(ms);
    expect(timestampMillis('2014-01-02T14:23:18.000-08:00')).toBe(ms);
    expect(timestampMillis('2014-01-0214:23:18.000-0800')).toBeUndefined();
  });
});

describe('outcome helpers', () => {
  test('a breach takes the level of its requirement', () => {
    expect(breach('ACC-1', 'x').verdict).toBe('fail');
    expect(breach('ACC-2', 'x').verdict).toBe('warn');
    expect(breach('OFF-3', 'x').verdict).toBe('info');
  });
  test('the SHOULD detail of a MUST requirement is warn', () => {
    expect(detail('ACC-4', 'x').verdict).toBe('warn');
    expect(detail('RES-3', 'x').verdict).toBe('warn');
    expect(detail('ACC-9', 'x').verdict).toBe('info');
  });
  test('combine: the worst finding leads and names the others; no finding is the pass', () => {
    const ok = pass('fine');
    expect(combine([], ok)).toBe(ok);
    const c = combine([detail('ACC-4', 'code 2'), breach('ACC-4', 'no message')], ok);
    expect(c).toMatchObject({ verdict: 'fail', message: 'no message Also: code 2' });
    expect(record('seen').verdict).toBe('info');
  });
  test('combine: a finding repeated is named once, with how often', () => {
    const again = [breach('SES-5', 'No type.'), breach('SES-5', 'No type.'), detail('SES-5', 'Odd.')];
    expect(combine(again, pass('fine')).message).toBe('No type. (2 times) Also: Odd.');
  });
  test('quote cuts long JSON', () => {
    expect(quote({ a: 'x'.repeat(500) }).length).toBe(200);
    expect(quote(undefined)).toBe('undefined');
  });
});

test('judgeCheck judges one check, with the level override of the check', () => {
  const check = defineCheck({
    id: 'test/one',
    requirements: ['ACC-3'],
    title: 'A check judged at INFO.',
    scenarios: [SCENARIO.unknownId],
    level: 'INFO',
    judge: () => record('recorded'),
  });
  expect(judgeCheck(check, goodTrace('facebook'))).toMatchObject({
    id: 'facebook/test/one',
    requirements: ['ACC-3'],
    channel: 'facebook',
    level: 'INFO',
    verdict: 'info',
    message: 'recorded',
  });
});
