/**
 * Faults of the REST answers and of the messages (SES-1, SES-2, SES-6, ACC, RES, MSG).
 * See reference/faults.ts for how entries are used.
 */
import { type FaultEntry, isErrorReply, omit } from './fault-kit';
import type { Json } from './hooks';

export const API_FAULTS: FaultEntry[] = [
  {
    name: 'no-auth-rest',
    breaks: ['SES-2'],
    description: 'REST calls without (or with wrong) credentials are served as if by the agent concerned',
    hooks: { admit: (gate, passed) => gate === 'rest' || passed },
  },
  {
    name: 'accept-statuscode-string',
    breaks: ['ACC-1'],
    collateral: [{ requirement: 'ACC-3', reason: 'the saveLAR Accepts answer the same string statusCode' }],
    description: 'the Accept success body carries statusCode as the string "0"',
    hooks: {
      respond: (reply, ctx) =>
        ctx.operation === 'Accept' && typeof reply.body === 'object' && reply.body.statusCode === 0
          ? { ...reply, body: { ...reply.body, statusCode: '0' } }
          : reply,
    },
  },
  {
    name: 'accept-extra-member',
    breaks: ['ACC-2'],
    description: 'the Accept success body also carries referenceId',
    hooks: {
      respond: (reply, ctx) =>
        ctx.operation === 'Accept' && typeof reply.body === 'object' && reply.body.statusCode === 0
          ? { ...reply, body: { ...reply.body, referenceId: 1 } }
          : reply,
    },
  },
  {
    name: 'savelar-rejected',
    breaks: ['ACC-3'],
    description: 'an Accept that carries saveLAR is refused (statusCode 1)',
    hooks: {
      decide: (d, ctx) =>
        d.kind === 'accept' && (ctx.body as Json).saveLAR !== undefined
          ? { kind: 'error', code: 1, message: 'saveLAR is not supported', reason: 'bad-member' }
          : d,
    },
  },
  {
    name: 'unknown-id-success',
    breaks: ['ACC-4'],
    description: 'Accept of an unknown id answers statusCode 0',
    hooks: {
      decide: (d, ctx) =>
        d.kind === 'error' && d.reason === 'unknown-id' && ctx.route === 'operation'
          ? { kind: 'reply', status: 200, body: { statusCode: 0 } }
          : d,
    },
  },
  {
    name: 'nickname-optional',
    breaks: ['ACC-5'],
    description: "Accept without nickname succeeds, using the agent's user name",
    hooks: {
      decide: (d, ctx) =>
        d.kind === 'error' && d.reason === 'no-nickname' && d.interaction
          ? { kind: 'accept', interaction: d.interaction, nickname: ctx.user }
          : d,
    },
  },
  {
    name: 'double-accept-ok',
    breaks: ['ACC-6'],
    collateral: [
      { requirement: 'NTF-7', reason: 'the re-sent Accept notifications are duplicates' },
      { requirement: 'MSG-4', reason: 'the re-sent history repeats message indexes' },
    ],
    description: 'a second Accept answers statusCode 0 and sends the Accept notifications again',
    hooks: {
      decide: (d) =>
        d.kind === 'error' && d.reason === 'already-accepted' && d.interaction
          ? { kind: 'renotify', interaction: d.interaction }
          : d,
    },
  },
  {
    name: 'malformed-500',
    breaks: ['ACC-7'],
    description: 'a request body that is not JSON answers HTTP 500',
    hooks: {
      decide: (d) =>
        d.kind === 'error' && d.reason === 'not-json'
          ? { kind: 'reply', status: 500, body: { statusCode: 4, statusMessage: 'Internal error' } }
          : d,
    },
  },
  {
    name: 'error-extra-members',
    breaks: ['ACC-8'],
    description: 'error bodies carry members besides statusCode and statusMessage',
    hooks: {
      respond: (reply) =>
        isErrorReply(reply)
          ? { ...reply, body: { ...reply.body, errorCode: 'E_REFERENCE', details: [] } }
          : reply,
    },
  },
  {
    name: 'me-no-user',
    breaks: ['SES-1'],
    description: 'GET /api/v2/me answers without the user object',
    hooks: {
      respond: (reply, ctx) =>
        ctx.route === 'me' && typeof reply.body === 'object'
          ? { ...reply, body: omit(reply.body, 'user') }
          : reply,
    },
  },
  {
    name: 'csrf-not-enforced',
    breaks: ['SES-6'],
    description: 'CSRF tokens are issued but a POST without one is accepted',
    hooks: { admit: (gate, passed) => gate === 'csrf' || passed },
  },
  {
    name: 'list-missing-interaction',
    breaks: ['RES-1'],
    description: 'GET /api/v2/me/{collection} answers an empty list',
    hooks: {
      respond: (reply, ctx) =>
        ctx.route === 'list' && ctx.row && typeof reply.body === 'object' && reply.body.statusCode === 0
          ? { ...reply, body: { ...reply.body, [ctx.row.collection]: [] } }
          : reply,
    },
  },
  {
    name: 'resource-bad-capabilities',
    breaks: ['RES-2'],
    description: 'REST resources carry capabilities as one comma-separated string',
    hooks: {
      resource: (res, ctx) =>
        ctx.view === 'rest' && Array.isArray(res.capabilities)
          ? { ...res, capabilities: res.capabilities.join(',') }
          : res,
    },
  },
  {
    name: 'get-unknown-success',
    breaks: ['RES-3'],
    description: 'GET of an unknown id answers statusCode 0',
    hooks: {
      decide: (d, ctx) =>
        d.kind === 'error' && d.reason === 'unknown-id' && ctx.route === 'get'
          ? { kind: 'reply', status: 200, body: { statusCode: 0 } }
          : d,
    },
  },
  {
    name: 'messages-disagree',
    breaks: ['MSG-1'],
    collateral: [
      { requirement: 'SND-5', reason: "the agent's Text is listed with another text than the one notified" },
    ],
    description: 'GET messages shows Text messages with a text other than the one notified',
    hooks: {
      message: (m, ctx) =>
        ctx.view === 'rest' && m.type === 'Text' ? { ...m, text: `${String(m.text)} (edited)` } : m,
    },
  },
  {
    name: 'text-without-text',
    breaks: ['MSG-2'],
    collateral: [
      {
        requirement: 'NTF-5',
        reason: 'the history\'s customer Text "Hello World" is not there without its text',
      },
      { requirement: 'MSG-3', reason: 'the Text after the Accept arrives without the content produced' },
      { requirement: 'SND-1', reason: "the agent's SendMessage Text arrives without its text" },
    ],
    description: 'Text messages lack their text member',
    hooks: { message: (m) => (m.type === 'Text' ? omit(m, 'text') : m) },
  },
  {
    name: 'post-accept-not-delivered',
    breaks: ['MSG-3'],
    description: 'PushUrl events after the Accept are not notified',
    hooks: {
      notify: (notes) =>
        notes.filter(
          (n) => !(n.kind === 'message' && (n.data.messages as Json[]).some((m) => m.type === 'PushUrl')),
        ),
    },
  },
  {
    name: 'sender-agent',
    breaks: ['MSG-3'],
    description: 'Text events after the Accept show the agent as their sender',
    hooks: {
      message: (m, ctx) =>
        ctx.stored.afterAccept && m.type === 'Text' && ctx.interaction.agentParticipant
          ? { ...m, from: { ...ctx.interaction.agentParticipant } }
          : m,
    },
  },
  {
    name: 'index-decreasing',
    breaks: ['MSG-4'],
    collateral: (['SND-1', 'SND-2', 'SND-3'] as const).map((requirement) => ({
      requirement,
      reason: "the agent's messages must have an index above every earlier one, as SND-1 says",
    })),
    description: 'message indexes decrease (1000, 999, ...)',
    hooks: { index: (ordinal) => 1001 - ordinal },
  },
  {
    name: 'paging-ignored',
    breaks: ['MSG-5'],
    description: 'startIndex and count are ignored (the whole list, even for invalid values)',
    hooks: {
      decide: (d) => {
        if (d.kind === 'page') return { ...d, startIndex: 0, count: 0 };
        if (d.kind === 'error' && d.reason === 'bad-paging' && d.interaction) {
          return { kind: 'page', interaction: d.interaction, startIndex: 0, count: 0 };
        }
        return d;
      },
    },
  },
  {
    name: 'timestamp-space',
    breaks: ['MSG-6'],
    description: 'timestamps use the space-separated form 2014-01-09 11:58:12.035+0200',
    hooks: {
      message: (m) =>
        typeof m.timestamp === 'string' ? { ...m, timestamp: m.timestamp.replace('T', ' ') } : m,
    },
  },
];
