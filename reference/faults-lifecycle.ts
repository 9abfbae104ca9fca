/**
 * Faults of the lifecycle (LIFECYCLE.md: LIF, REJ, CMP, LEV, SND, UD), one or more per MUST and
 * SHOULD, each breaking only its requirement, on every channel where the requirement applies.
 * The sensitivity self-test runs every one of them. See reference/faults.ts for how entries are used.
 */
import { isOperationName, type OperationName } from '../src/model/channels';
import { type FaultEntry, omit } from './fault-kit';
import type { Json, Note, NotifyContext, Reply, RequestContext } from './hooks';

/** Drops the notes of `kind` that `operation` caused (optionally only from state `from`). */
const dropNotes =
  (kind: Note['kind'], operations: OperationName[], from?: string) => (notes: Note[], ctx: NotifyContext) =>
    ctx.operation && operations.includes(ctx.operation) && (from === undefined || ctx.before?.state === from)
      ? notes.filter((n) => n.kind !== kind)
      : notes;

/** A respond hook rewriting the success body of `operation`. */
const onSuccess =
  (operation: OperationName, edit: (body: Json) => Json) => (reply: Reply, ctx: RequestContext) =>
    ctx.operation === operation && typeof reply.body === 'object' && reply.body.statusCode === 0
      ? { ...reply, body: edit(reply.body) }
      : reply;

const AGENT_SENT = ['Text', 'PushUrl', 'TypingStarted', 'TypingStopped', 'CustomNotice'];

const FAULTS: FaultEntry[] = [
  {
    name: 'delete-statuscode-string',
    breaks: ['LIF-1'],
    description: 'DeleteUserData succeeds with statusCode as the string "0"',
    hooks: { respond: onSuccess('DeleteUserData', (b) => ({ ...b, statusCode: '0' })) },
  },
  {
    name: 'late-operation-succeeds',
    breaks: ['LIF-2'],
    description:
      'a lifecycle operation the state no longer allows answers statusCode 0 (and does nothing); Accept is left alone',
    hooks: {
      decide: (d, ctx) =>
        d.kind === 'error' && d.reason === 'wrong-state' && isOperationName(ctx.operation)
          ? { kind: 'reply', status: 200, body: { statusCode: 0 } }
          : d,
    },
  },
  {
    name: 'missing-parameter-accepted',
    breaks: ['LIF-4'],
    description: 'a lifecycle operation whose required parameter is missing or mistyped answers statusCode 0',
    hooks: {
      decide: (d) =>
        d.kind === 'error' && d.reason === 'bad-parameter'
          ? { kind: 'reply', status: 200, body: { statusCode: 0 } }
          : d,
    },
  },
  {
    name: 'bad-parameter-500',
    breaks: ['LIF-4'],
    description: 'a lifecycle operation whose required parameter is missing or mistyped answers HTTP 500',
    hooks: {
      decide: (d) =>
        d.kind === 'error' && d.reason === 'bad-parameter'
          ? { kind: 'reply', status: 500, body: { statusCode: 4, statusMessage: 'Internal error' } }
          : d,
    },
  },
  {
    name: 'reject-statuscode-string',
    breaks: ['REJ-1'],
    description: 'Reject succeeds with statusCode as the string "0"',
    hooks: { respond: onSuccess('Reject', (b) => ({ ...b, statusCode: '0' })) },
  },
  {
    name: 'reject-status-slip',
    breaks: ['REJ-1'],
    description: 'Reject answers {"status": 0}, the ChatReject page\'s slip (a documentation variant)',
    hooks: { respond: onSuccess('Reject', (b) => ({ ...omit(b, 'statusCode'), status: 0 })) },
  },
  {
    name: 'reject-state-rejected',
    breaks: ['REJ-2'],
    description: "the StatusChange after Reject says state 'Rejected'",
    hooks: {
      notify: (notes, ctx) =>
        ctx.operation !== 'Reject'
          ? notes
          : notes.map((n) =>
              n.kind === 'ended'
                ? {
                    ...n,
                    data: {
                      ...n.data,
                      [ctx.row.resourceKey]: { ...(n.data[ctx.row.resourceKey] as Json), state: 'Rejected' },
                    },
                  }
                : n,
            ),
    },
  },
  {
    name: 'accept-after-reject',
    breaks: ['REJ-3'],
    description: 'Accept of an interaction the agent rejected answers statusCode 0 (and does nothing)',
    hooks: {
      decide: (d, ctx) =>
        d.kind === 'error' && ctx.operation === 'Accept' && d.interaction?.closedBy === 'Reject'
          ? { kind: 'reply', status: 200, body: { statusCode: 0 } }
          : d,
    },
  },
  {
    name: 'complete-not-notified',
    breaks: ['CMP-1'],
    description: 'Complete of a Chatting interaction sends no StatusChange Completed',
    hooks: { notify: dropNotes('ended', ['Complete'], 'Chatting') },
  },
  {
    name: 'complete-customer-continues',
    breaks: ['CMP-2'],
    description: "Complete does not end the customer's session (events still 200, customer view active)",
    hooks: { endsCustomer: (ends, ctx) => (ctx.operation === 'Complete' ? false : ends) },
  },
  {
    name: 'complete-text-lost',
    breaks: ['CMP-4'],
    description: "Complete's text is accepted but never reaches the customer",
    hooks: {
      decide: (d) =>
        d.kind === 'lifecycle' && d.request.operation === 'Complete'
          ? { ...d, request: { ...d.request, params: omit(d.request.params, 'text') } }
          : d,
    },
  },
  {
    name: 'leftchat-without-complete',
    breaks: ['LEV-1'],
    description: 'the LeftChat capabilities lack Complete (Complete still works)',
    hooks: {
      resource: (res, ctx) =>
        ctx.view === 'left' && Array.isArray(res.capabilities)
          ? { ...res, capabilities: (res.capabilities as string[]).filter((c) => c !== 'Complete') }
          : res,
    },
  },
  {
    name: 'leave-customer-continues',
    breaks: ['LEV-2'],
    description: "Leave does not end the customer's session (events still 200, customer view active)",
    hooks: { endsCustomer: (ends, ctx) => (ctx.operation === 'Leave' ? false : ends) },
  },
  {
    name: 'complete-after-leave-refused',
    breaks: ['LEV-2'],
    description: 'Complete after Leave answers statusCode 2',
    hooks: {
      decide: (d) =>
        d.kind === 'lifecycle' && d.request.operation === 'Complete' && d.interaction.state === 'LeftChat'
          ? {
              kind: 'error',
              code: 2,
              reason: 'wrong-state',
              message: 'Cannot complete after Leave',
              interaction: d.interaction,
            }
          : d,
    },
  },
  {
    name: 'leave-no-participantleft',
    breaks: ['LEV-3'],
    description: "Leave sends no NewMessages with the agent's ParticipantLeft",
    hooks: { notify: dropNotes('agent-left', ['Leave']) },
  },
  {
    name: 'agent-text-not-notified',
    breaks: ['SND-1'],
    description: 'SendMessage answers 0 and logs the Text, but no NewMessages follows',
    hooks: { notify: dropNotes('sent', ['SendMessage']) },
  },
  {
    name: 'pushurl-not-notified',
    breaks: ['SND-2'],
    description: 'SendUrl answers 0 and logs the PushUrl, but no NewMessages follows',
    hooks: { notify: dropNotes('sent', ['SendUrl']) },
  },
  {
    name: 'typing-not-notified',
    breaks: ['SND-3'],
    description: 'the typing operations answer 0 and log their message, but no NewMessages follows',
    hooks: { notify: dropNotes('sent', ['SendStartTypingNotification', 'SendStopTypingNotification']) },
  },
  {
    name: 'custom-notice-as-notice',
    breaks: ['SND-4'],
    description: 'a CustomNotice is delivered (and listed) as a Notice whose text is the noticeText',
    hooks: {
      message: (m) =>
        m.type === 'CustomNotice' ? { ...omit(m, 'noticeText'), type: 'Notice', text: m.noticeText } : m,
    },
  },
  {
    name: 'agent-messages-not-listed',
    breaks: ['SND-5'],
    description: "GET .../messages leaves out the agent's Text, PushUrl, typing and CustomNotice messages",
    hooks: {
      respond: (reply, ctx) =>
        ctx.route === 'messages' && typeof reply.body === 'object' && Array.isArray(reply.body.messages)
          ? {
              ...reply,
              body: {
                ...reply.body,
                messages: (reply.body.messages as Json[]).filter(
                  (m) => !((m.from as Json)?.type === 'Agent' && AGENT_SENT.includes(String(m.type))),
                ),
              },
            }
          : reply,
    },
  },
  {
    name: 'customer-view-misses-pushurl',
    breaks: ['SND-6'],
    channels: ['chat', 'sms'],
    description: "the customer view leaves out the agent's PushUrl messages",
    hooks: {
      customerView: (view) =>
        view && {
          ...view,
          transcript: (view.transcript as Json[]).filter((m) => m.type !== 'PushUrl'),
        },
    },
  },
  {
    name: 'customer-view-misses-agent-text',
    breaks: ['SND-6'],
    // Facebook documents no SendUrl: this is SND-6's fault there (and a second one on chat and sms).
    description: "the customer view leaves out the agent's Text messages",
    hooks: {
      customerView: (view) =>
        view && {
          ...view,
          transcript: (view.transcript as Json[]).filter(
            (m) => !(m.type === 'Text' && (m.from as Json | undefined)?.type === 'Agent'),
          ),
        },
    },
  },
  {
    name: 'attach-not-notified',
    breaks: ['UD-1'],
    description: 'AttachUserData answers 0 and stores the data, but no state change follows',
    hooks: { notify: dropNotes('properties', ['AttachUserData']) },
  },
  {
    name: 'update-ignored',
    breaks: ['UD-2'],
    description: 'UpdateUserData answers 0 and notifies, but changes nothing',
    hooks: {
      decide: (d) =>
        d.kind === 'lifecycle' && d.request.operation === 'UpdateUserData'
          ? { ...d, request: { ...d.request, params: { userData: {} } } }
          : d,
    },
  },
  {
    name: 'delete-ignored',
    breaks: ['UD-3'],
    description: 'DeleteUserData answers 0 and notifies, but deletes nothing',
    hooks: {
      decide: (d) =>
        d.kind === 'lifecycle' && d.request.operation === 'DeleteUserData'
          ? { ...d, request: { ...d.request, params: { keys: [] } } }
          : d,
    },
  },
  {
    name: 'get-userdata-stale',
    breaks: ['UD-4'],
    description: 'GET of the interaction shows an empty userData',
    hooks: { resource: (res, ctx) => (ctx.view === 'rest' ? { ...res, userData: {} } : res) },
  },
  {
    name: 'disposition-key-ignored',
    breaks: ['UD-5'],
    description:
      'SetDisposition stores the disposition under the key "Disposition", whatever dispositionKey says',
    hooks: {
      decide: (d) =>
        d.kind === 'lifecycle' && d.request.operation === 'SetDisposition'
          ? {
              ...d,
              request: { ...d.request, params: { ...d.request.params, dispositionKey: 'Disposition' } },
            }
          : d,
    },
  },
];

export const LIFECYCLE_FAULTS: FaultEntry[] = FAULTS;
