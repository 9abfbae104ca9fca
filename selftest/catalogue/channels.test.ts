/**
 * The channel table of src/model/channels.ts agrees with the "Channels" table of spec/REQUIREMENTS.md
 * and with spec/LIFECYCLE.md's operation table and lifecycle documentation variants.
 */
import {
  CHANNEL_TABLE,
  CHANNELS,
  type Channel,
  isChannel,
  LIFECYCLE_OPERATIONS,
  lifecycleApplies,
  type OperationName,
  type ParamSpec,
  type ParamType,
} from '../../src/model/channels';
import { isRequirementId, requirement } from '../../src/model/requirements';
import { codeSpans, readSpec, section, tableRows } from './markdown';

const rows = tableRows(section(readSpec(), 'Channels'));

test('the spec table has one row per channel of the code', () => {
  expect(rows.map((r) => r[0])).toEqual([...CHANNELS]);
});

test.each(rows.map((r) => [r[0], r] as const))(
  '%s: collection, keys, messageType, topic, Accept parameters',
  (name, cells) => {
    expect(isChannel(name)).toBe(true);
    const row = CHANNEL_TABLE[name as keyof typeof CHANNEL_TABLE];
    const [, collection, resourceKey, messageType, topic, historyKey, accept] = cells;
    expect({
      collection: codeSpans(collection)[0],
      resourceKey: codeSpans(resourceKey)[0],
      messageType: codeSpans(messageType)[0],
      // "under /v2/me/* (name not documented)" is the spec's way of saying there is no topic name.
      topic: topic.includes('not documented') ? null : codeSpans(topic)[0],
      historyKey: codeSpans(historyKey)[0],
      saveLAR: codeSpans(accept).includes('saveLAR'),
    }).toEqual({
      collection: row.collection,
      resourceKey: row.resourceKey,
      messageType: row.messageType,
      topic: row.topic,
      historyKey: row.historyKey,
      saveLAR: row.saveLAR,
    });
    expect(codeSpans(accept)).toContain('nickname');
  },
);

/** LIFECYCLE.md's operation table: one row per operation (or pair), a cell per channel. */
describe("the lifecycle operation table agrees with LIFECYCLE.md's", () => {
  const lifecycle = readSpec('LIFECYCLE.md');
  const table = tableRows(section(lifecycle, '# Normative'));
  const TYPES: [RegExp, ParamType][] = [
    [/a boolean/, 'boolean'],
    [/an object/, 'object'],
    [/an array of strings/, 'string[]'],
  ];

  /** `name` (notes; channels): required when the notes say so; the channels named, or all. */
  function params(cell: string, channel: Channel): ParamSpec[] {
    if (cell === '—') return [];
    return [...cell.matchAll(/`(\w+)`(?:\s*\(([^)]*)\))?/g)]
      .map(([, name, notes = '']) => ({ name, notes }))
      .filter(({ notes }) => !CHANNELS.some((c) => notes.includes(c)) || notes.includes(channel))
      .map(({ name, notes }) => ({
        name,
        type: TYPES.find(([re]) => re.test(notes))?.[1] ?? 'string',
        required: notes.includes('required'),
      }));
  }

  test('every operation of the code is in the spec table, in its order', () => {
    expect(table.flatMap((cells) => codeSpans(cells[0]))).toEqual([...LIFECYCLE_OPERATIONS]);
  });

  test.each(
    table.flatMap((cells) =>
      codeSpans(cells[0]).flatMap((op) => CHANNELS.map((c, i) => [op, c, cells[1], cells[2 + i]] as const)),
    ),
  )('%s on %s: documented or not, with the same parameters', (op, channel, paramCell, mark) => {
    const documented = mark === '✓' || (mark === 'Attach only' && op === 'AttachUserData');
    expect(['✓', '—', 'Attach only']).toContain(mark);
    const spec = CHANNEL_TABLE[channel].lifecycle.operations[op as OperationName];
    expect(spec !== undefined).toBe(documented);
    if (spec) expect(spec.params).toEqual(params(paramCell, channel));
  });

  test('each documented operation names its page (the channel twin of the chat page) and requirement', () => {
    for (const c of CHANNELS) {
      for (const spec of Object.values(CHANNEL_TABLE[c].lifecycle.operations)) {
        expect(lifecycle).toContain(c === 'chat' ? spec.page : `\`${spec.page}\``);
        expect(isRequirementId(spec.requirement) && requirement(spec.requirement).part).toBe(2);
      }
    }
  });

  test('a requirement applies where its operation (CMP-4: the Complete text) is documented', () => {
    const where = (id: string) => CHANNELS.filter((c) => lifecycleApplies(id, CHANNEL_TABLE[c].lifecycle));
    expect(where('SND-2')).toEqual(['chat', 'sms']);
    expect(where('SND-3')).toEqual(['chat', 'sms']);
    expect(where('SND-4')).toEqual(['chat', 'sms']);
    expect(where('UD-2')).toEqual(['chat', 'sms']);
    expect(where('CMP-4')).toEqual(['chat']);
    expect(where('UD-3')).toEqual([...CHANNELS]);
  });
});

describe('the lifecycle documentation variants agree with LIFECYCLE.md', () => {
  const rows = tableRows(section(readSpec('LIFECYCLE.md'), 'Known documentation variants'));
  const all = CHANNELS.flatMap((c) => CHANNEL_TABLE[c].lifecycle.variants.map((v) => ({ c, v })));

  test('the chat Reject page: {"status": 0} for {"statusCode": 0}, a REJ-1 fail', () => {
    const [where, variant, reconciled, req, verdict] = rows[0]!;
    expect(where).toMatch(/chat Reject/);
    const found = all.filter(({ v }) => v.field === 'responseMember');
    expect(found.map(({ c, v }) => [c, v.value, v.reconciled, v.requirement, v.verdict])).toEqual([
      ['chat', 'status', 'statusCode', 'REJ-1', 'fail'],
    ]);
    expect(codeSpans(variant)[0]).toBe('{"status": 0}');
    expect(codeSpans(reconciled)[0]).toBe('{"statusCode": 0}');
    expect(req).toBe('REJ-1');
    expect(verdict).toMatch(/^`fail`/);
  });

  test('the SMS pages SendStopType, SetDisposition, SendCustomNotice: smsessions spellings, warn under their operation', () => {
    const [where, variant, reconciled, , verdict] = rows[1]!;
    const ops = {
      SendStopType: 'SendStopTypingNotification',
      SetDisposition: 'SetDisposition',
      SendCustomNotice: 'SendCustomNotice',
    };
    const sms = all.filter(({ c, v }) => c === 'sms' && v.verdict !== null);
    expect(sms.every(({ v }) => v.verdict === 'warn')).toBe(true);
    for (const [page, op] of Object.entries(ops)) {
      expect(where).toContain(page);
      const mine = sms.filter(({ v }) => v.operations.includes(op as OperationName));
      expect(mine.map(({ v }) => v.field)).toContain('collection');
      expect(
        mine.every(
          ({ v }) =>
            v.requirement === CHANNEL_TABLE.sms.lifecycle.operations[op as OperationName]!.requirement,
        ),
      ).toBe(true);
    }
    const pairs = sms.map(({ v }) => [v.value, v.reconciled]);
    const shown = codeSpans(variant).map((s) => s.replaceAll('/', ''));
    const mended = codeSpans(reconciled);
    for (const [value, fixed] of pairs) {
      expect(shown).toContain(value);
      expect(mended).toContain(fixed);
    }
    expect(verdict).toBe('`warn`');
  });

  test('DeleteUserData: the Email table says userData, the suite sends keys, on every channel', () => {
    const [, variant, reconciled, req] = rows[2]!;
    const found = all.filter(({ v }) => v.field === 'parameter');
    expect(found.map(({ c }) => c)).toEqual([...CHANNELS]);
    for (const { v } of found) {
      expect([v.value, v.reconciled, v.requirement, v.verdict]).toEqual([
        codeSpans(variant)[0],
        codeSpans(reconciled)[0],
        req,
        null,
      ]);
    }
  });
});
