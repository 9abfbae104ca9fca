import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyWaivers, loadWaivers, type Waiver, WaiverError } from '../../src/judge/waivers';
import { fixtureResults } from './fixture';

const TODAY = new Date('2026-11-22T12:00:00Z');
const w = (id: string, more: Partial<Waiver> = {}): Waiver => ({
  id,
  reason: 'known bug',
  owner: 'team',
  expires: '2027-01-31',
  ...more,
});

/** The fixture's results without the waiver one of them already carries. */
const fresh = () => fixtureResults().map(({ waived: _, ...r }) => r);

function waivedIds(waivers: Waiver[]) {
  const { results, unused } = applyWaivers(fresh(), waivers, TODAY);
  return { waived: results.filter((r) => r.waived).map((r) => r.id), unused };
}

describe('applyWaivers', () => {
  test('matches by check id and keeps the verdict', () => {
    const { results } = applyWaivers(fresh(), [w('sms/accept/notification-order')], TODAY);
    const hit = results.find((r) => r.id === 'sms/accept/notification-order')!;
    expect(hit.verdict).toBe('fail');
    expect(hit.waived).toEqual({ reason: 'known bug', owner: 'team', expires: '2027-01-31' });
  });

  test('matches by requirement id, on every channel that fails it', () => {
    // NTF-6 fails on sms and passes on chat: only the failure is waived.
    expect(waivedIds([w('NTF-6')]).waived).toEqual(['sms/accept/notification-order']);
  });

  test('matches by glob', () => {
    expect(waivedIds([w('sms/accept/*')]).waived).toEqual([
      'sms/accept/notification-order',
      'sms/accept/chatting-notification',
      'sms/accept/response',
      'sms/accept/success-body',
    ]);
    expect(waivedIds([w('NTF-*')]).waived).toEqual([
      'sms/accept/notification-order',
      'sms/accept/chatting-notification',
    ]);
  });

  test('a channel limits the waiver', () => {
    expect(waivedIds([w('*/messages/*', { channel: 'sms' })]).waived).toEqual([]);
    expect(waivedIds([w('*/messages/*', { channel: 'chat' })]).waived).toEqual(['chat/messages/paging']);
  });

  test('only fail, warn and error are waived; a waiver over passes only is unused', () => {
    const { waived, unused } = waivedIds([w('chat/accept/*')]);
    expect(waived).toEqual([]);
    expect(unused).toEqual([{ ...w('chat/accept/*'), problem: 'unmatched' }]);
  });

  test('an expired waiver does not apply and is reported as expired', () => {
    const { waived, unused } = waivedIds([w('NTF-6', { expires: '2026-11-21' })]);
    expect(waived).toEqual([]);
    expect(unused).toEqual([{ ...w('NTF-6', { expires: '2026-11-21' }), problem: 'expired' }]);
  });

  test('a waiver still applies on its expiry day', () => {
    expect(waivedIds([w('NTF-6', { expires: '2026-11-22' })]).waived).toEqual([
      'sms/accept/notification-order',
    ]);
  });

  test('a waiver that matched nothing is unused; used ones are not', () => {
    const { unused } = waivedIds([w('NTF-6'), w('facebook/*'), w('NTF-6', { channel: 'chat' })]);
    expect(unused.map((u) => [u.id, u.channel, u.problem])).toEqual([
      ['facebook/*', undefined, 'unmatched'],
      ['NTF-6', 'chat', 'unmatched'],
    ]);
  });

  test('the input results are not changed', () => {
    const input = fresh();
    applyWaivers(input, [w('NTF-6')], TODAY);
    expect(input.some((r) => 'waived' in r)).toBe(false);
  });
});

describe('loadWaivers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waivers-'));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const errorOf = (path: string) => {
    try {
      loadWaivers(path);
    } catch (e) {
      expect(e).toBeInstanceOf(WaiverError);
      return (e as Error).message;
    }
    throw new Error('loadWaivers did not throw');
  };

  test('reads an array and the {waivers: [...]} form', () => {
    const entry = { id: 'NTF-6', channel: 'sms', reason: 'r', owner: 'o', expires: '2027-01-01' };
    expect(loadWaivers(file('a.json', JSON.stringify([entry])))).toEqual([entry]);
    expect(loadWaivers(file('b.json', JSON.stringify({ waivers: [entry] }, null, 2)))).toEqual([entry]);
  });

  test('bad JSON names the file and the line', () => {
    const path = file('bad.json', '[\n  {"id": "NTF-6",\n   "reason": "r"\n   "owner": "o"}\n]\n');
    const message = errorOf(path);
    expect(message).toBe(`${path}:4: not valid JSON: comma expected`);
    expect(message).not.toContain('\n');
  });

  test('a bad entry names its index and line', () => {
    const text = JSON.stringify(
      {
        waivers: [
          { id: 'NTF-6', reason: 'r', owner: 'o', expires: '2027-01-01' },
          { id: 'NTF-7', reason: 'r', owner: 'o', expires: '31/01/2027' },
        ],
      },
      null,
      2,
    );
    const path = file('entry.json', text);
    expect(errorOf(path)).toBe(`${path}:9: waiver entry 1: "expires" must be a date YYYY-MM-DD`);
  });

  test.each([
    [{ id: 'x', reason: 'r', owner: 'o', expires: '2027-01-01', chanel: 'sms' }, 'unknown member "chanel"'],
    [{ id: 'x', reason: 'r', owner: 'o', expires: '2027-02-30' }, '"expires" must be a date'],
    [
      { id: 'x', channel: 'voice', reason: 'r', owner: 'o', expires: '2027-01-01' },
      '"channel" must be one of',
    ],
    [{ id: '', reason: 'r', owner: 'o', expires: '2027-01-01' }, '"id" must be a non-empty string'],
    [{ id: 'x', reason: 'r', expires: '2027-01-01' }, '"owner" must be a non-empty string'],
    ['NTF-6', 'must be an object'],
  ])('rejects %j', (entry, why) => {
    const path = file('one.json', JSON.stringify([entry]));
    expect(errorOf(path)).toContain(`${path}:1: waiver entry 0: ${why}`);
  });

  test('a document that is no list says what is expected', () => {
    expect(errorOf(file('obj.json', '{"id": "NTF-6"}'))).toMatch(/:1: expected an array of waivers/);
  });

  test('a missing file is a WaiverError naming it', () => {
    expect(errorOf(join(dir, 'nope.json'))).toMatch(/nope\.json: cannot read waivers file \(ENOENT\)/);
  });
});

describe('what JSON.parse rejects is a one-line error naming the line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gws-waivers-json-'));
  test.each([
    ['a trailing comma', '[\n  {"id": "a"},\n]', 3, 'value expected'],
    ['a comment', '[\n  // known bugs\n  {"id": "a"}\n]', 2, 'invalid comment token'],
    ['an unterminated document', '[\n  {"id": "a"}', 2, 'close bracket expected'],
    ['text after the document', '[]\n[]', 2, 'end of file expected'],
    ['a bad escape', '[\n  {"id": "\\x"}\n]', 2, 'invalid escape character'],
    ['an empty file', '', 1, 'value expected'],
  ])('%s', (_, text, line, why) => {
    const path = join(dir, 'w.json');
    writeFileSync(path, text);
    expect(() => loadWaivers(path)).toThrow(new WaiverError(`${path}:${line}: not valid JSON: ${why}`));
  });
});
