/**
 * Allowed variations of the lifecycle (LIFECYCLE.md): a correct suite passes against each.
 * See reference/variations.ts.
 */
import { type ChannelRow, isOperationName, type LifecycleVariant } from '../src/model/channels';
import type { VariationEntry } from './fault-kit';
import type { Decision, Json, Note, NotifyContext, RequestContext } from './hooks';
import { pathKeyOf } from './model';
import { fail } from './operations';

let referenceIds = 100;

export const LIFECYCLE_VARIATIONS: VariationEntry[] = [
  {
    name: 'operation-reference-id',
    allowedBy: ['LIF-1'],
    description: 'lifecycle operations answer {"statusCode": 0, "referenceId": n} (as Consult and Invite do)',
    hooks: {
      respond: (reply, ctx) =>
        isOperationName(ctx.operation) && typeof reply.body === 'object' && reply.body.statusCode === 0
          ? { ...reply, body: { ...reply.body, referenceId: ++referenceIds } }
          : reply,
    },
  },
  {
    name: 'leftchat-extra-capabilities',
    allowedBy: ['LEV-1', 'LIF-3'],
    description:
      "the LeftChat capabilities also list the user-data operations and SetDisposition (as ChatLeave's prose allows)",
    hooks: {
      resource: (res, ctx) =>
        res.state === 'LeftChat' && Array.isArray(res.capabilities)
          ? {
              ...res,
              capabilities: [
                ...(res.capabilities as string[]),
                ...(['AttachUserData', 'UpdateUserData', 'DeleteUserData', 'SetDisposition'] as const).filter(
                  (op) => ctx.row.lifecycle.operations[op],
                ),
              ],
            }
          : res,
    },
  },
  {
    name: 'no-customer-view',
    allowedBy: ['CMP-2', 'CMP-4', 'LEV-2', 'SND-6'],
    description:
      'the control API does not implement the customer view (GET /conformance/v1/interactions/{id} answers 404)',
    hooks: { customerView: () => undefined },
  },
  {
    name: 'lifecycle-seed-spelling',
    allowedBy: ['SND-3', 'SND-4', 'UD-5'],
    description:
      "the SMS pages SendStopType, SetDisposition and SendCustomNotice copied: those operations served on /api/v2/me/smsessions/{id} only (the reconciled /smssessions/ answers 404 for them, and /smsessions/ serves nothing else), their notifications under the resource key smsession and the history key smsessionUri (each a warn in LIFECYCLE.md's variants table)",
    hooks: {
      collections: (row) => [...new Set(pathSlips(row).map((v) => v.value))],
      decide: servedWhereThePageSays,
      notify: (notes, ctx) => (ctx.cause === 'operation' ? withPageKeys(notes, ctx) : notes),
    },
  },
  {
    name: 'properties-before-message',
    allowedBy: ['UD-1', 'SND-1'],
    description:
      'a stale PropertiesUpdated (the userData as before) comes between a lifecycle operation and the notification it causes',
    hooks: { notify: (notes, ctx) => (ctx.cause === 'operation' ? withStaleProperties(notes, ctx) : notes) },
  },
];

/** A PropertiesUpdated with the userData of before the operation, ahead of the first message or state change. */
function withStaleProperties(notes: Note[], ctx: NotifyContext): Note[] {
  const at = notes.findIndex((n) => n.kind === 'sent' || n.kind === 'properties');
  if (at < 0 || !ctx.before) return notes;
  const key = ctx.row.resourceKey;
  const target = notes[at]!;
  const resource: Json =
    target.kind === 'properties'
      ? { ...(target.data[key] as Json) }
      : {
          id: ctx.interaction.id,
          uri: target.data[ctx.row.historyKey],
          state: ctx.interaction.state,
        };
  const stale: Note = {
    kind: 'extra',
    data: {
      messageType: ctx.row.messageType,
      notificationType: 'PropertiesUpdated',
      [key]: { ...resource, userData: structuredClone(ctx.before.userData) },
    },
  };
  return [...notes.slice(0, at), stale, ...notes.slice(at)];
}

/** The lifecycle variants of `field` (LIFECYCLE.md's variants table) this row does not already use. */
function slips(row: ChannelRow, field: LifecycleVariant['field'], current: string): LifecycleVariant[] {
  return row.lifecycle.variants.filter((v) => v.field === field && v.value !== current);
}

const pathSlips = (row: ChannelRow) => slips(row, 'collection', row.collection);

/** An operation whose page spells the collection differently is served there only, and that path serves nothing else. */
function servedWhereThePageSays(decision: Decision, ctx: RequestContext): Decision {
  const row = ctx.row;
  const variants = row ? pathSlips(row) : [];
  if (!row || ctx.collection === undefined || variants.length === 0) return decision;
  const op = ctx.route === 'operation' && isOperationName(ctx.operation) ? ctx.operation : undefined;
  const page = variants.find((v) => op !== undefined && v.operations.includes(op));
  const served = page ? ctx.collection === page.value : ctx.collection === row.collection;
  return served ? decision : fail(6, 'not-found', 'No such resource or operation');
}

/** The operation's notifications under the resource key and history key its page shows. */
function withPageKeys(notes: Note[], ctx: NotifyContext): Note[] {
  const op = ctx.operation;
  if (op === undefined) return notes;
  const row = ctx.row;
  const mine = (field: LifecycleVariant['field'], current: string) =>
    slips(row, field, current).find((v) => v.operations.includes(op));
  const resourceKey = mine('resourceKey', row.resourceKey);
  const historyKey = mine('historyKey', row.historyKey);
  return notes.map((n) => {
    if (n.kind === 'properties' && resourceKey)
      return { ...n, data: renamed(n.data, { [row.resourceKey]: resourceKey.value }) };
    if (n.kind === 'sent' && historyKey)
      return {
        ...n,
        data: renamed(n.data, {
          [row.historyKey]: historyKey.value,
          [pathKeyOf(row)]: historyKey.value.replace(/Uri$/, 'Path'),
        }),
      };
    return n;
  });
}

/** The members renamed as `names` says, in their order. */
function renamed(data: Json, names: Record<string, string>): Json {
  return Object.fromEntries(Object.entries(data).map(([k, v]) => [names[k] ?? k, v]));
}
