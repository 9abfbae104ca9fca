/**
 * Faults of the offer and of the notifications after Accept (SES-4, SES-5, SES-7, OFF, NTF).
 * See reference/faults.ts for how entries are used.
 */
import { editCapabilities, editNotes, type FaultEntry, moveBefore, omit, without } from './fault-kit';
import type { Json } from './hooks';
import { pathKeyOf } from './model';

const SLOW_MS = 6000;

export const FLOW_FAULTS: FaultEntry[] = [
  {
    name: 'no-auth-handshake',
    breaks: ['SES-4'],
    description:
      'a Bayeux handshake without credentials succeeds, and such a client receives every notification',
    hooks: { admit: (gate, passed) => gate === 'handshake' || passed },
  },
  {
    name: 'wrong-password-handshake',
    breaks: ['SES-4'],
    description:
      "a Bayeux handshake with a known user's name and a wrong password succeeds, and such a client receives every notification",
    hooks: { admit: (gate, passed) => gate === 'handshake-wrong-password' || passed },
  },
  {
    name: 'cookie-handshake-refused',
    breaks: ['SES-3'],
    verdict: 'warn',
    description:
      'a Bayeux handshake with the session cookie alone (no Authorization, as browser desktops send it) is refused',
    hooks: { admit: (gate, passed) => gate !== 'handshake-cookie' && passed },
  },
  {
    name: 'subscribe-refused',
    breaks: ['SES-3'],
    description: 'a subscription to /v2/me/* is refused (the handshake still succeeds)',
    hooks: { admit: (gate, passed) => gate !== 'subscribe' && passed },
  },
  {
    name: 'history-before-participants',
    breaks: ['NTF-6'],
    description: 'after Accept the history NewMessages comes before ParticipantsUpdated',
    hooks: { notify: (notes) => moveBefore(notes, 'history', 'participants') },
  },
  {
    name: 'accept-still-advertised',
    breaks: ['NTF-2'],
    description: 'the Chatting resource still lists the Accept capability',
    hooks: { resource: editCapabilities(['chatting', 'participants'], (caps) => [...caps, 'Accept']) },
  },
  {
    name: 'offer-without-accept-capability',
    breaks: ['OFF-1'],
    description: 'the offered resource lacks the Accept capability',
    hooks: { resource: editCapabilities(['offer'], without('Accept')) },
  },
  {
    name: 'offer-without-reject',
    breaks: ['OFF-2'],
    description: 'the offered resource lacks the Reject capability',
    hooks: { resource: editCapabilities(['offer'], without('Reject')) },
  },
  {
    name: 'nickname-ignored',
    breaks: ['NTF-4'],
    collateral: [
      { requirement: 'NTF-5', reason: "the history's agent ParticipantJoined carries the user name too" },
    ],
    description: "participants and history show the agent's user name instead of the Accept nickname",
    hooks: { decide: (d, ctx) => (d.kind === 'accept' ? { ...d, nickname: ctx.user } : d) },
  },
  {
    name: 'history-incomplete',
    breaks: ['NTF-5'],
    description: "the history notification leaves out the customer's Text messages",
    hooks: {
      notify: editNotes(['history'], (data) => ({
        ...data,
        messages: (data.messages as Json[]).filter((m) => m.type !== 'Text'),
      })),
    },
  },
  {
    name: 'duplicate-chatting',
    breaks: ['NTF-7'],
    description: 'the StatusChange to Chatting is delivered twice',
    hooks: { notify: (notes) => notes.flatMap((n) => (n.kind === 'chatting' ? [n, n] : [n])) },
  },
  {
    name: 'slow-notifications',
    breaks: ['NTF-7'],
    collateral: (['NTF-1', 'NTF-2', 'NTF-4', 'NTF-5', 'NTF-6', 'MSG-3', 'MSG-4'] as const).map(
      (requirement) => ({
        requirement,
        reason: 'past the timeout a notification is indistinguishable from one never sent',
      }),
    ),
    description: `notifications caused by Accept and later events arrive ${SLOW_MS / 1000} s late`,
    hooks: {
      notify: (notes, ctx) =>
        ctx.cause === 'accept' || ctx.cause === 'event'
          ? notes.map((n) => ({ ...n, delayMs: SLOW_MS }))
          : notes,
    },
  },
  {
    name: 'chatting-wrong-state',
    breaks: ['NTF-1'],
    collateral: (['NTF-2', 'NTF-6', 'NTF-7'] as const).map((requirement) => ({
      requirement,
      reason: 'no StatusChange to Chatting is ever sent, which these requirements need in order and in time',
    })),
    description: "the StatusChange after Accept says state 'Talking'",
    hooks: { resource: (res, ctx) => (ctx.view === 'chatting' ? { ...res, state: 'Talking' } : res) },
  },
  {
    name: 'test-accept-messagetype',
    breaks: ['NTF-1'],
    description: 'the StatusChange after Accept has the SMS seed page\'s messageType "test_accept "',
    hooks: { notify: editNotes(['chatting'], (data) => ({ ...data, messageType: 'test_accept ' })) },
  },
  {
    name: 'chatting-missing-capabilities',
    breaks: ['NTF-3'],
    description: 'the Chatting capabilities lack Transfer',
    hooks: { resource: editCapabilities(['chatting', 'participants'], without('Transfer')) },
  },
  {
    name: 'history-no-uri',
    breaks: ['NTF-8'],
    description: 'the history notification carries neither the history key nor its Path twin',
    hooks: {
      notify: (notes, ctx) =>
        notes.map((n) =>
          n.kind === 'history' ? { ...n, data: omit(n.data, ctx.row.historyKey, pathKeyOf(ctx.row)) } : n,
        ),
    },
  },
  {
    name: 'referenceid-string',
    breaks: ['NTF-9'],
    description: 'referenceId is sent as a string',
    hooks: {
      notify: editNotes('all', (data) =>
        data.referenceId === undefined ? data : { ...data, referenceId: String(data.referenceId) },
      ),
    },
  },
  {
    name: 'notification-no-type',
    breaks: ['SES-5'],
    collateral: [
      ...(['OFF-1', 'NTF-1', 'NTF-2', 'NTF-4', 'NTF-5', 'NTF-6', 'NTF-7'] as const).map((requirement) => ({
        requirement,
        reason:
          'without notificationType no StatusChange, ParticipantsUpdated or NewMessages can be told apart',
      })),
      ...(['REJ-2', 'CMP-1', 'LEV-1', 'LEV-2'] as const).map((requirement) => ({
        requirement,
        reason: 'the StatusChange that Reject, Complete and Leave must cause cannot be told apart without it',
      })),
    ],
    description: 'notifications lack notificationType',
    hooks: { notify: editNotes('all', (data) => omit(data, 'notificationType')) },
  },
  {
    name: 'leak-to-other-agent',
    breaks: ['SES-7'],
    description: 'offers are announced to every agent',
    hooks: { notify: (notes) => notes.map((n) => (n.kind === 'offer' ? { ...n, everyone: true } : n)) },
  },
];
