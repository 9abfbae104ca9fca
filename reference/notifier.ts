/**
 * Notifications through cometd-nodejs-server at /api/v2/notifications (long-polling). The
 * handshake is authenticated in canHandshake; each notification goes to every CometD session of
 * the agent it concerns (session.deliver), never to other agents' sessions.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CometDServer, ServerSession } from 'cometd-nodejs-server';
import type { HandshakeGate } from './hooks';

export interface NotifierOptions {
  /** The agent named by the request's credentials (Basic or session cookie); read synchronously. */
  identify(request: IncomingMessage): string | undefined;
  /** Which handshake gate the request's credentials meet (none, a wrong password, a cookie alone). */
  gateOf(request: IncomingMessage): HandshakeGate;
  /** Whether a handshake (or subscription) is let in, given whether it passed the normal rules (the admit hook). */
  admit(passed: boolean, gate: HandshakeGate | 'subscribe'): boolean;
  /**
   * Path of the BAYEUX_BROWSER cookie, by which cometd-nodejs-server finds a client's sessions.
   * Without one, an RFC 6265 client scopes the cookie to the handshake's directory
   * (/api/v2/notifications/handshake -> .../handshake) and never sends it to .../connect: the
   * session is then unknown (402) on every /meta/connect. undefined leaves the Path out.
   */
  browserCookiePath?: string;
}

/** The notifications prefix: every Bayeux request (with or without a /meta suffix) is under it. */
export const NOTIFICATIONS_PATH = '/api/v2/notifications';

/** GWS topics live under /v2/; root wildcards are what some clients subscribe to. */
function subscribable(name: string): boolean {
  return name === '/*' || name === '/**' || (name.startsWith('/v2/') && name.length <= 100);
}

/** Key of sessions let in without credentials (only a fault lets them in): they see everything. */
const ANONYMOUS = '\u0000anonymous';

export class Notifier {
  private server?: CometDServer;
  private readonly sessions = new Map<string, Set<ServerSession>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly options: NotifierOptions) {}

  /** The CometD server, created on the first Bayeux request: start-up stays light. */
  private get cometd(): CometDServer {
    if (this.server) return this.server;
    const { createCometDServer } = require('cometd-nodejs-server') as typeof import('cometd-nodejs-server');
    // maxSessionsPerBrowser -1: clients sharing a BAYEUX_BROWSER cookie must not be slowed down.
    const server = createCometDServer({
      maxSessionsPerBrowser: -1,
      browserCookiePath: this.options.browserCookiePath,
    });
    server.policy = {
      canHandshake: (session, _message, callback) => {
        // cometd.context is shared and cleared when any request finishes: read it first.
        const request = server.context.request as IncomingMessage | undefined;
        const user = request ? this.options.identify(request) : undefined;
        const gate = request ? this.options.gateOf(request) : 'handshake';
        if (!this.options.admit(user !== undefined, gate)) {
          callback(undefined, false);
          return;
        }
        this.register(user ?? ANONYMOUS, session);
        callback(undefined, true);
      },
      // Only the server notifies: a client publishing on /v2/me/chats would reach other agents.
      canPublish: (_session, _message, _channel, callback) => callback(undefined, false),
      canSubscribe: (_session, _message, channel, callback) =>
        callback(undefined, this.options.admit(subscribable(channel.name), 'subscribe')),
    };
    this.server = server;
    return server;
  }

  /** Serves one Bayeux request whose body was already read (and size-limited) by the caller. */
  handle(request: IncomingMessage, response: ServerResponse, body: unknown): void {
    const messages = Array.isArray(body) ? body : [body];
    const objects = messages.every((m) => typeof m === 'object' && m !== null && !Array.isArray(m));
    // cometd-nodejs-server answers 500 to a handshake batched with other messages: refuse it first.
    const loneHandshake = messages.length === 1 || !messages.some((m) => m?.channel === '/meta/handshake');
    if (messages.length === 0 || !objects || !loneHandshake) {
      response.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad Bayeux message');
      return;
    }
    (request as IncomingMessage & { body?: unknown }).body = messages;
    try {
      this.cometd.handle(request, response);
    } catch {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  }

  /**
   * Delivers on `topic` to every session of `agent` (or of every agent), after `delayMs` if given.
   * Timers are kept so close() can cancel them.
   */
  send(agent: string | { everyone: true }, topic: string, data: unknown, delayMs = 0): void {
    if (this.closed) return;
    const deliver = () => {
      for (const session of this.audience(agent)) session.deliver(null, topic, data);
    };
    if (delayMs <= 0) {
      deliver();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      deliver();
    }, delayMs);
    this.timers.add(timer);
  }

  /** Number of live CometD sessions of an agent. */
  sessionCount(agent: string): number {
    return this.sessions.get(agent)?.size ?? 0;
  }

  /** Cancels pending deliveries and ends every session, which answers the held long polls. */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const set of this.sessions.values()) for (const s of [...set]) s.disconnect();
    this.sessions.clear();
    this.server?.close();
  }

  private audience(agent: string | { everyone: true }): ServerSession[] {
    if (typeof agent !== 'string') return [...this.sessions.values()].flatMap((set) => [...set]);
    return [...(this.sessions.get(agent) ?? []), ...(this.sessions.get(ANONYMOUS) ?? [])];
  }

  private register(key: string, session: ServerSession): void {
    let set = this.sessions.get(key);
    if (!set) {
      set = new Set();
      this.sessions.set(key, set);
    }
    set.add(session);
    session.addListener('removed', () => {
      set.delete(session);
      if (set.size === 0 && this.sessions.get(key) === set) this.sessions.delete(key);
    });
  }
}
