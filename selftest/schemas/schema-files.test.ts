/**
 * The schema files agree with each other, with the channel table and with REQUIREMENTS.md: stable
 * $ids in the file layout, an index that names every schema, per-channel members from
 * src/channels.ts, and the nine message types of MSG-2.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHANNEL_TABLE, CHANNELS, LIFECYCLE_OPERATIONS } from '../../src/model/channels';
import { OPERATION_SCHEMA } from '../../src/validate';
import { type JsonSchema, loadSchemas, SCHEMA_BASE } from '../../src/validate/registry';
import { SCHEMA_NAMES } from './examples';

const SCHEMAS = loadSchemas();
const schema = (name: string): JsonSchema => SCHEMAS.get(name)!;
type Props = Record<string, Record<string, unknown>>;
const props = (name: string) => schema(name).properties as Props;
/**
 * Schemas that others use but checks have no reason to name (message branches go through
 * messages/message; CustomNotice, outside the union, is public: SND-4 names it).
 */
const isInternal = (name: string) =>
  [
    'resources/listed-session',
    'resources/updated-session',
    'common/timestamp',
    'control/customer-view-entry',
  ].includes(name) ||
  (name.startsWith('messages/') &&
    !['messages/message', 'messages/documented-message', 'messages/custom-notice'].includes(name));

test.each([...SCHEMAS.keys()])(
  '%s has a stable $id in the file layout, a title and draft 2020-12',
  (name) => {
    expect(schema(name)).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${SCHEMA_BASE}${name}.json`,
      title: expect.any(String),
    });
  },
);

test('the index names every other schema under its own name, and the public names are those of validate()', () => {
  const index = props('index');
  const others = [...SCHEMAS.keys()].filter((n) => n !== 'index');
  expect(Object.keys(index).sort()).toEqual(others.sort());
  for (const [name, ref] of Object.entries(index)) expect(ref).toEqual({ $ref: `${name}.json` });
  expect([...SCHEMA_NAMES].sort()).toEqual(others.filter((n) => !isInternal(n)).sort());
});

describe.each(CHANNELS)('the %s schemas use the channel table', (channel) => {
  const row = CHANNEL_TABLE[channel];

  test('collection, resource key, messageType and history key', () => {
    expect(schema(`responses/collection-${channel}`).required).toEqual(['statusCode', row.collection]);
    expect(schema(`responses/resource-${channel}`).required).toEqual(['statusCode', row.resourceKey]);
    expect(schema(`notifications/state-change-${channel}`).required).toContain(row.resourceKey);
    expect(props(`notifications/state-change-${channel}`).messageType).toEqual({ const: row.messageType });
    const log = props(`notifications/message-log-${channel}`);
    expect(Object.keys(log)).toEqual(
      expect.arrayContaining([row.historyKey, row.historyKey.replace(/Uri$/, 'Path')]),
    );
  });
});

test('a listed session has the members of a session, with capabilities and participants required too', () => {
  expect(props('resources/listed-session')).toEqual(props('resources/session'));
  expect(schema('resources/listed-session').required).toEqual([
    ...(schema('resources/session').required as string[]),
    'capabilities',
    'participants',
  ]);
});

test('an updated session has the members of a session, with userData required too', () => {
  expect(props('resources/updated-session')).toEqual(props('resources/session'));
  expect(schema('resources/updated-session').required).toEqual([
    ...(schema('resources/session').required as string[]),
    'userData',
  ]);
});

describe.each(CHANNELS)('the %s attached-data state change', (channel) => {
  const row = CHANNEL_TABLE[channel];
  test('uses the channel table and requires no notificationType value (a SHOULD of UD-1)', () => {
    const p = props(`notifications/properties-updated-${channel}`);
    expect(p.messageType).toEqual({ const: row.messageType });
    expect(p.notificationType).toMatchObject({ type: 'string' });
    expect(p[row.resourceKey]).toEqual({ $ref: '../resources/updated-session.json' });
  });
});

test('CustomNotice has the common members of every message and noticeText, which it does not require (SND-4 is SHOULD)', () => {
  const text = props('messages/text');
  const notice = props('messages/custom-notice');
  for (const m of ['index', 'from', 'visibility', 'timestamp']) expect(notice[m]).toEqual(text[m]);
  expect(notice.type).toEqual({ const: 'CustomNotice' });
  expect(schema('messages/custom-notice').required).not.toContain('noticeText');
  const union = (schema('messages/documented-message').oneOf as { $ref: string }[]).map((b) => b.$ref);
  expect(union).toContain('custom-notice.json');
});

test('every lifecycle operation has a request schema whose operationName is its name', () => {
  for (const op of LIFECYCLE_OPERATIONS) {
    expect(props(OPERATION_SCHEMA[op]).operationName).toEqual({ const: op });
    const required = [
      'operationName',
      ...(CHANNEL_TABLE.chat.lifecycle.operations[op]?.params ?? [])
        .filter((p) => p.required)
        .map((p) => p.name),
    ];
    expect(schema(OPERATION_SCHEMA[op]).required).toEqual(required);
  }
});

describe('the message union', () => {
  const branches = (schema('messages/documented-message').oneOf as { $ref: string }[]).map((b) =>
    schema(`messages/${b.$ref.replace(/\.json$/, '')}`),
  );

  test('has one branch per type MSG-2 lists, and CustomNotice, discriminated by type', () => {
    const spec = readFileSync(join(__dirname, '..', '..', 'spec', 'REQUIREMENTS.md'), 'utf8');
    const msg2 = /\*\*MSG-2 MUST\*\*[\s\S]*?The nine types are\s+([^(]*)\(/.exec(spec)?.[1] ?? '';
    const listed = [...msg2.matchAll(/`(\w+)`/g)].map((m) => m[1]);
    expect(listed).toHaveLength(9);
    expect(branches.map((b) => (b.properties as Props).type.const)).toEqual([...listed, 'CustomNotice']);
    expect(schema('messages/documented-message').discriminator).toEqual({ propertyName: 'type' });
    const known = ((schema('messages/message').if as JsonSchema).properties as Props).type.enum;
    expect(known).toEqual([...listed, 'CustomNotice']);
  });

  test('every branch has the same common members, and TranscriptSaveDone has index -1', () => {
    const common = ['index', 'type', 'from', 'visibility', 'timestamp'];
    const shared = (b: JsonSchema) => {
      const { index, ...members } = b.properties as Props;
      const rest = Object.fromEntries(common.slice(2).map((k) => [k, members[k]]));
      return { rest, required: (b.required as string[]).slice(0, common.length), index };
    };
    const ordinary = branches.filter((b) => b.title !== 'TranscriptSaveDoneMessage').map(shared);
    for (const b of ordinary) expect(b).toEqual(ordinary[0]);
    const done = shared(branches.find((b) => b.title === 'TranscriptSaveDoneMessage')!);
    expect(done.index.const).toBe(-1);
    expect(Object.keys(done.rest)).toEqual(Object.keys(ordinary[0].rest));
    expect(ordinary[0].required).toEqual(common);
  });
});
