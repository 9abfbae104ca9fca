/** timestampForm tells the seed form from the looser forms MSG-6 warns on, and rejects broken ones. */
import { timestampForm, validate } from '../../src/validate';
import { TEXT } from './examples';

test.each([
  ['2014-01-02T14:23:18.000-0800', 'gws', 'the seed form'],
  ['2013-12-27T13:16:41.187+0000', 'gws', 'a positive offset'],
  ['2016-02-29T23:59:59.999+1400', 'gws', 'a leap day'],
  ['2014-01-09 11:58:12.035+0200', 'space', 'a space instead of T (neighbouring pages)'],
  ['2014-01-02T14:23:18.000-08:00', 'rfc3339', 'an offset with a colon'],
  ['2014-01-02T22:23:18Z', 'utc', 'Z without fraction'],
  ['2014-01-02T22:23:18.123456Z', 'utc', 'Z with microseconds'],
  ['2014-13-02T14:23:18.000-0800', 'invalid', 'month 13'],
  ['2015-02-29T14:23:18.000-0800', 'invalid', '29 February of a common year'],
  ['2014-01-02T24:00:00.000-0800', 'invalid', 'hour 24'],
  ['2014-01-02T14:23:18.000', 'invalid', 'no zone'],
  ['2014-01-02T14:23:18.000-08', 'invalid', 'an offset without minutes'],
  ['2014-01-02T14:23:18-0800', 'invalid', 'the seed form without milliseconds'],
  ['2014-05-1502:24:00.000-0700', 'invalid', "the seed's broken sample: date and time run together"],
  ['2015-10-2113: 48: 16.000+0300', 'invalid', 'a broken capture with spaces'],
  ['', 'invalid', 'empty'],
] as const)('%s is %s (%s)', (value, form, _case) => {
  expect(timestampForm(value)).toBe(form);
});

test('a message timestamp may be any string (MSG-6 judges the form); a missing or non-string one is named at /timestamp', () => {
  const text = TEXT;
  const forms = ['2014-01-09 11:58:12.035+0200', '2014-01-02T14:23:18.000-08:00', '2014-01-02T22:23:18Z'];
  expect(forms.map((timestamp) => validate('messages/message', { ...text, timestamp }))).toEqual([
    [],
    [],
    [],
  ]);
  expect(validate('messages/message', { ...text, timestamp: '2014-05-1502:24:00.000-0700' })).toEqual([]);
  const [issue, ...more] = validate('messages/message', { ...text, timestamp: 1388701398000 });
  expect(more).toEqual([]);
  expect(issue).toMatchObject({ pointer: '/timestamp', actual: '1388701398000' });
  const { timestamp: _, ...none } = text;
  expect(validate('messages/message', none).map((i) => i.pointer)).toEqual(['/timestamp']);
});
