/**
 * Each row of "Known documentation variants" (spec/REQUIREMENTS.md) is recognised for what it is:
 * the channel-table variants map to the reconciled form with the table's verdict and requirement
 * (not rejected as unknown), and the rows judged `pass` are accepted by the schemas.
 */
import {
  CHANNEL_TABLE,
  CHANNELS,
  type Channel,
  type DocVariant,
  findVariant,
  type VariantField,
} from '../../src/model/channels';
import type { Json } from '../../src/model/protocol';
import { timestampForm, validate } from '../../src/validate';
import { codeSpans, readSpec, section, tableRows } from '../catalogue/markdown';
import { NINE_MESSAGES, session, stateChange } from './examples';
import { reconcileStateChange } from './reconcile';
import { CHAT_PDF, MENDS, mendedSamples } from './seed-samples';

interface Row {
  where: string;
  variant: string;
  reconciled: string;
  requirement: string;
  verdict: string;
}

const ROWS: Row[] = tableRows(section(readSpec(), 'Known documentation variants')).map(
  ([where, variant, reconciled, requirement, verdict]) => ({
    where,
    variant,
    reconciled,
    requirement,
    verdict,
  }),
);

const verdictOf = (row: Row) => /`(pass|warn|fail)`/.exec(row.verdict)?.[1];

/** The notification of `channel` in reconciled form, then spelled with `variant`. */
function withVariant(channel: Channel, variant: DocVariant): Json {
  const data: Json = stateChange(channel);
  if (variant.field === 'messageType') data.messageType = variant.value;
  if (variant.field === 'resourceKey') {
    data[variant.value] = data[variant.reconciled];
    delete data[variant.reconciled];
  }
  return data;
}

function channelVariant(channel: Channel, field: VariantField, value: string) {
  return (row: Row) => {
    const variant = findVariant(CHANNEL_TABLE[channel], field, value);
    expect(variant).toBeDefined();
    const v = variant!;
    expect(row.variant).toContain(v.value);
    expect(row.reconciled).toContain(v.reconciled);
    expect(row.requirement).toBe(v.requirement);
    expect(verdictOf(row)).toBe(v.verdict);
    if (field !== 'resourceKey' && field !== 'messageType') return;
    const data = withVariant(channel, v);
    const reconciled = reconcileStateChange(data, CHANNEL_TABLE[channel]);
    expect(reconciled?.reading.variants).toEqual([v]);
    expect(validate(`notifications/state-change-${channel}`, reconciled!.data)).toEqual([]);
    // The schema states the reconciled form: unmapped, the variant is named where it differs.
    const pointer = field === 'messageType' ? '/messageType' : `/${v.reconciled}`;
    expect(validate(`notifications/state-change-${channel}`, data).map((i) => i.pointer)).toEqual([pointer]);
  };
}

const RECOGNISERS: Record<string, (row: Row) => void> = {
  'SMS Accept URL': channelVariant('sms', 'collection', 'smsessions'),
  'SMS resource key': channelVariant('sms', 'resourceKey', 'smsession'),
  'SMS StatusChange messageType': channelVariant('sms', 'messageType', 'test_accept '),
  'SMS resource URI': channelVariant('sms', 'uri', 'smsessions'),
  'Facebook resource key': channelVariant('facebook', 'resourceKey', 'facebooksessions'),
  'Facebook messageType': channelVariant('facebook', 'messageType', 'facebooksessionStateChangeMessage'),
  'Chat ParticipantsUpdated': (row) => {
    expect(verdictOf(row)).toBe('pass');
    const updated = JSON.parse(mendedSamples(CHAT_PDF)[3].text) as Json;
    expect(updated).toMatchObject({ notificationType: 'ParticipantsUpdated', referenceId: 13 });
    expect(validate('notifications/state-change-chat', updated)).toEqual([]);
    const { referenceId: _, ...without } = updated;
    expect(validate('notifications/state-change-chat', without)).toEqual([]);
  },
  'capability name': (row) => {
    expect(verdictOf(row)).toBe('pass');
    for (const name of codeSpans(row.reconciled)) {
      expect(validate('resources/session', { ...session('chat'), capabilities: [name] })).toEqual([]);
    }
  },
  'JSON samples with trailing commas': (row) => {
    const pages = codeSpans(row.where);
    const mended = MENDS.filter((m) => m.why.includes('trailing comma')).map((m) => m.file.slice(0, 3));
    expect([...new Set(mended)].sort()).toEqual(pages.sort());
    expect(verdictOf(row)).toBe('fail');
  },
  timestamps: (row) => {
    const [documented] = codeSpans(row.variant);
    expect(timestampForm(documented)).toBe('gws');
    expect(validate('messages/message', { ...NINE_MESSAGES[0], timestamp: documented })).toEqual([]);
    expect(verdictOf(row)).toBe('pass');
  },
};

const recogniserOf = (row: Row) => Object.keys(RECOGNISERS).filter((prefix) => row.where.startsWith(prefix));

test('every row of the table has exactly one recogniser, and every recogniser a row', () => {
  expect(ROWS.map((row) => recogniserOf(row).length)).toEqual(ROWS.map(() => 1));
  expect(ROWS).toHaveLength(Object.keys(RECOGNISERS).length);
});

test.each(ROWS.map((row) => [row.where, row] as const))('%s', (_where, row) => {
  const [prefix] = recogniserOf(row);
  RECOGNISERS[prefix](row);
});

test('every variant of the channel table is a row of the spec table', () => {
  const all = CHANNELS.flatMap((c) => CHANNEL_TABLE[c].variants.map((v) => ({ c, v })));
  const unlisted = all.filter(
    ({ v }) => !ROWS.some((row) => row.variant.includes(v.value) && row.reconciled.includes(v.reconciled)),
  );
  expect(unlisted).toEqual([]);
  expect(all.length).toBeGreaterThan(0);
});
