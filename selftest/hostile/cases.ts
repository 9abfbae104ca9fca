/**
 * The hostile targets. Each one misbehaves in one way; the runner, pointed at it, must end in about
 * one timeout, exit 1 or 2 with a reason a person can act on, and write all four reports.
 */
import { clientIdOf, idsIn, isBayeux, type Message, messagesOf, withMessages } from './bayeux';
import { type Hostile, hostileProxy, hostileServer, streamHuge } from './servers';

export interface HostileCase {
  name: string;
  start(): Promise<Hostile>;
  /** What the printed output must say, so the user knows what went wrong. */
  reason: RegExp;
  /** RUNNER.md: 2 when the run could not test anything, 1 when it judged the target and found faults. */
  exit: 1 | 2;
}

/**
 * Extra notifications per flooded /meta/connect reply, and how many replies of each CometD session
 * are flooded: about 4,000 messages per agent session. Past the recorder's cap (5,000 events per
 * channel) further notifications are counted, not stored, which bounds a larger flood.
 */
export const FLOOD = 2000;
export const FLOODED_REPLIES = 2;
export const HUGE_BYTES = 50 * 1024 * 1024;

export const DEAD_TARGETS: HostileCase[] = [
  {
    name: 'accepts connections and never answers',
    start: () => hostileServer(() => {}),
    reason: /target unreachable: no complete answer within 1000 ms/,
    exit: 2,
  },
  {
    name: 'resets every connection',
    start: () =>
      hostileServer(
        () => {},
        (socket) => socket.resetAndDestroy(),
      ),
    reason: /target unreachable: connection reset/,
    exit: 2,
  },
  {
    name: 'answers HTML to everything',
    start: () =>
      hostileServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end('<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>');
      }),
    reason: /Could not complete the run: .*discovery failed: control API GET \/ answered no JSON object/,
    exit: 2,
  },
  {
    name: 'answers HTTP 500 to everything',
    start: () =>
      hostileServer((_req, res) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal Server Error');
      }),
    reason: /Could not complete the run: .*discovery failed: control API GET \/ answered HTTP 500/,
    exit: 2,
  },
];

export const PROXIED_TARGETS: HostileCase[] = [
  {
    name: 'hangs the CometD handshake (REST and control API fine)',
    // Held forever: the proxy's close() destroys the socket at the end of the test.
    start: () => hostileProxy({ intercept: (req) => isBayeux(req) }, { directControl: true }),
    reason: /The Bayeux handshake of the agent did not succeed/,
    exit: 1,
  },
  {
    name: `floods ${FLOOD} extra notifications into each of the first ${FLOODED_REPLIES} /meta/connect replies`,
    start: () => {
      const replies = new Map<string, number>();
      return hostileProxy({
        rewrite: (req, answer) => {
          const messages = isBayeux(req) ? messagesOf(answer) : undefined;
          const connect = messages?.find((m) => m.channel === '/meta/connect');
          const session = clientIdOf(req);
          const n = replies.get(session) ?? 0;
          if (!messages || !connect || n >= FLOODED_REPLIES) return answer;
          replies.set(session, n + 1);
          return withMessages(answer, [...messages, ...flood(FLOOD)]);
        },
      });
    },
    reason: /A notification has no notificationType string/,
    exit: 1,
  },
  {
    name: 'sends a 50 MB body on GET /api/v2/me (after the preflight) and GET messages',
    start: () => {
      let me = 0;
      return hostileProxy({
        intercept: (req, res) => {
          const path = req.path.split('?')[0]!;
          const huge =
            req.method === 'GET' && ((path === '/api/v2/me' && me++ > 0) || path.endsWith('/messages'));
          if (huge) streamHuge(res, HUGE_BYTES);
          return huge;
        },
      });
    },
    reason: /body of at least \d+ bytes exceeds the read limit/,
    exit: 1,
  },
  {
    name: 'notifies ids that were never offered',
    start: () =>
      hostileProxy({
        rewrite: (req, answer) => {
          const messages = isBayeux(req) ? messagesOf(answer) : undefined;
          return messages ? withMessages(answer, messages.flatMap(withStranger)) : answer;
        },
      }),
    reason: /was delivered twice/,
    exit: 1,
  },
  {
    name: 'answers Bayeux with JSON that is not an array',
    start: () =>
      hostileProxy({
        rewrite: (req, answer) =>
          isBayeux(req)
            ? { ...answer, body: Buffer.from('{"channel":"/meta/handshake","successful":true}') }
            : answer,
      }),
    reason: /A Bayeux message to the agent could not be read as JSON/,
    exit: 1,
  },
];

/** Malformed notifications (no notificationType) about interactions nobody offered. */
function flood(n: number): Message[] {
  return Array.from({ length: n }, (_, i) => ({
    channel: '/v2/me/chats',
    data: { messageType: 'ChatInteraction', chat: { id: `FLOOD${i}`, state: 'Chatting' } },
  }));
}

/** Before every notification, a twin about an id that was never offered. */
function withStranger(m: Message): Message[] {
  if (m.channel.startsWith('/meta/') || m.data === undefined) return [m];
  let text = JSON.stringify(m.data);
  for (const id of idsIn(m.data)) text = text.split(id).join(`NEVEROFFERED${id.slice(-6)}`);
  return [{ ...m, id: undefined, data: JSON.parse(text) as unknown }, m];
}
