/**
 * Allowed variations of the lifecycle (LIFECYCLE.md): a correct suite passes against each.
 * See reference/variations.ts.
 */
import { isOperationName } from '../src/model/channels';
import type { VariationEntry } from './fault-kit';
import type { Json, Note, NotifyContext } from './hooks';

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
