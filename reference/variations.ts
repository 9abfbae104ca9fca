/**
 * Allowed variations: behaviour the documentation leaves open or shows elsewhere. A correct suite
 * passes against every one of them (they prove its checks are not over-specific).
 */
import { randomBytes } from 'node:crypto';
import type { ChannelRow, VariantField } from '../src/model/channels';
import { editCapabilities, editNotes, isErrorReply, omit, type VariationEntry } from './fault-kit';
import type { Json, Note, NotifyContext } from './hooks';
import { formatTimestamp, newInteractionId } from './model';

export const ACCEPT_VARIATIONS: VariationEntry[] = [
  {
    name: 'seed-spelling',
    allowedBy: ['ACC-1', 'NTF-1'],
    description:
      "the seed pages' spellings used consistently: SMS on /smsessions/ everywhere with resource key smsession (so URIs under /api/v2/smsessions/); Facebook's resource key facebooksessions and messageType facebooksessionStateChangeMessage (each a warn in the variants table)",
    hooks: { spell: seedSpelling },
  },
  {
    name: 'extra-history-messages',
    allowedBy: ['NTF-5', 'MSG-3'],
    description:
      "messages the suite did not cause: a bot's greeting Text right after the customer joined, a system Notice right after the agent's ParticipantJoined",
    hooks: {
      addMessages: (after) =>
        after === 'customer'
          ? [{ type: 'Text', text: 'Hi! An agent will be with you shortly.', from: BOT }]
          : [{ type: 'Notice', text: 'An agent joined the conversation', from: BOT }],
    },
  },
  {
    name: 'offered-state-ringing',
    allowedBy: ['OFF-3'],
    description: "the offered state is called 'Ringing' instead of 'Invited'",
    hooks: { resource: (res) => (res.state === 'Invited' ? { ...res, state: 'Ringing' } : res) },
  },
  {
    name: 'http-400-errors',
    allowedBy: ['ACC-9'],
    description: 'error bodies come with HTTP 400 instead of 200',
    hooks: {
      respond: (reply) => (isErrorReply(reply) && reply.status === 200 ? { ...reply, status: 400 } : reply),
    },
  },
  {
    name: 'no-reference-id',
    allowedBy: ['NTF-9'],
    description: 'notifications carry no referenceId',
    hooks: { notify: editNotes('all', (data) => omit(data, 'referenceId')) },
  },
  {
    name: 'extra-notifications',
    allowedBy: ['NTF-6', 'NTF-7'],
    description:
      'a PropertiesUpdated notification between the Accept notifications, and one about another interaction',
    hooks: { notify: (notes, ctx) => (ctx.cause === 'accept' ? withExtraNotes(notes, ctx) : notes) },
  },
  {
    name: 'extra-members',
    allowedBy: ['RES-2', 'MSG-2', 'SES-5', 'NTF-1'],
    description:
      'extra members in resources, messages and notifications (path, chatType, timestampSeconds...)',
    hooks: {
      resource: (res, ctx) => ({
        ...res,
        path: `/${ctx.row.collection}/${ctx.interaction.id}`,
        chatType: 'Inbound',
        receivedDate: formatTimestamp(ctx.interaction.createdAt).replace('T', ' '),
      }),
      message: (m, ctx) => ({
        ...m,
        timestampSeconds: ctx.stored.at,
        from: { ...(m.from as Json), visibility: 'All' },
      }),
      notify: editNotes('all', (data) => ({ ...data, serverTime: Date.now() })),
    },
  },
  {
    name: 'participants-reversed',
    allowedBy: ['NTF-4'],
    description: 'participants are listed Customer first',
    hooks: {
      resource: (res) =>
        Array.isArray(res.participants) ? { ...res, participants: [...res.participants].reverse() } : res,
    },
  },
  {
    name: 'index-gaps',
    allowedBy: ['MSG-4', 'MSG-5'],
    description: 'message indexes step by 2 (1, 3, 5, ...)',
    hooks: { index: (ordinal) => 2 * ordinal - 1 },
  },
  {
    name: 'setinfocus',
    allowedBy: ['NTF-3'],
    description: 'the Chatting capabilities say SetInFocus instead of InFocus',
    hooks: {
      resource: editCapabilities(['chatting', 'participants', 'rest'], (caps) =>
        caps.map((c) => (c === 'InFocus' ? 'SetInFocus' : c)),
      ),
    },
  },
];

const BOT = { type: 'External' as const, nickname: 'WelcomeBot', participantId: '0000BOT00000' };

/** A PropertiesUpdated after the StatusChange, and a notification about some other interaction at the end. */
function withExtraNotes(notes: Note[], ctx: NotifyContext): Note[] {
  const at = notes.findIndex((n) => n.kind === 'chatting');
  if (at < 0) return notes;
  const key = ctx.row.resourceKey;
  const resource = notes[at]!.data[key] as Json;
  const properties: Note = {
    kind: 'extra',
    data: {
      messageType: ctx.row.messageType,
      notificationType: 'PropertiesUpdated',
      [key]: { ...resource, userData: { reference: randomBytes(4).toString('hex') } },
    },
  };
  const otherId = newInteractionId();
  const other: Note = {
    kind: 'extra',
    data: {
      messageType: ctx.row.messageType,
      notificationType: 'PropertiesUpdated',
      [key]: {
        id: otherId,
        uri: String(resource.uri).replace(ctx.interaction.id, otherId),
        state: 'Chatting',
        capabilities: [],
        participants: [],
        userData: {},
      },
    },
  };
  return [...notes.slice(0, at + 1), properties, ...notes.slice(at + 1), other];
}

/** The channel row with every seed spelling the variants table rates `warn` (the URI follows the collection). */
function seedSpelling(row: ChannelRow): ChannelRow {
  const spelt = (field: VariantField, current: string) =>
    row.variants.find((v) => v.field === field && v.verdict === 'warn')?.value ?? current;
  return {
    ...row,
    collection: spelt('collection', row.collection),
    resourceKey: spelt('resourceKey', row.resourceKey),
    messageType: spelt('messageType', row.messageType),
  };
}
