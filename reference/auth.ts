/**
 * Agents, HTTP Basic, the JSESSIONID session and its CSRF token. A valid Authorization header wins;
 * without one, a known session cookie authenticates. Sessions are capped (oldest dropped first).
 */
import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export interface Agent {
  user: string;
  password: string;
}

export interface Session {
  id: string;
  user: string;
  csrfToken: string;
}

export type Identity =
  | {
      ok: true;
      user: string;
      session: Session /** Set-Cookie value when the session is new. */;
      cookie?: string;
    }
  | { ok: false /** Whether credentials were sent (wrong ones) or none at all. */; sent: boolean };

const MAX_SESSIONS = 10_000;
export const SESSION_COOKIE = 'JSESSIONID';

export function parseCookies(header: string | undefined): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0) jar.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return jar;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class Auth {
  private readonly sessions = new Map<string, Session>();

  constructor(readonly agents: readonly Agent[]) {}

  isAgent(user: string): boolean {
    return this.agents.some((a) => a.user === user);
  }

  /** Who the request is, creating a session for valid Basic credentials without a matching cookie. */
  identify(request: IncomingMessage): Identity {
    const header = request.headers.authorization;
    const cookieId = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    const known = cookieId === undefined ? undefined : this.sessions.get(cookieId);
    if (header !== undefined) {
      const user = this.checkBasic(header);
      if (user === undefined) return { ok: false, sent: true };
      if (known && known.user === user) return { ok: true, user, session: this.touch(known) };
      const session = this.newSession(user);
      return { ok: true, user, session, cookie: `${SESSION_COOKIE}=${session.id}; Path=/; HttpOnly` };
    }
    if (known) return { ok: true, user: known.user, session: this.touch(known) };
    return { ok: false, sent: cookieId !== undefined };
  }

  /** The agent named by valid credentials, without creating anything (for the Bayeux handshake). */
  peek(request: IncomingMessage): string | undefined {
    const header = request.headers.authorization;
    if (header !== undefined) return this.checkBasic(header);
    const cookieId = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    return cookieId === undefined ? undefined : this.sessions.get(cookieId)?.user;
  }

  /** What a Bayeux handshake sent: no credentials, a Basic header that fails, or a cookie alone. */
  handshakeGate(request: IncomingMessage): 'handshake' | 'handshake-wrong-password' | 'handshake-cookie' {
    const header = request.headers.authorization;
    if (header !== undefined)
      return this.checkBasic(header) === undefined ? 'handshake-wrong-password' : 'handshake';
    return parseCookies(request.headers.cookie).has(SESSION_COOKIE) ? 'handshake-cookie' : 'handshake';
  }

  /** Whether the request carries the session's CSRF token. */
  csrfOk(request: IncomingMessage, session: Session | undefined): boolean {
    const token = request.headers['x-csrf-token'];
    return session !== undefined && typeof token === 'string' && sameText(token, session.csrfToken);
  }

  private checkBasic(header: string): string | undefined {
    const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
    if (!m) return undefined;
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return undefined;
    const user = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    const agent = this.agents.find((a) => a.user === user);
    // Compare anyway so a wrong user name takes as long as a wrong password.
    const ok = sameText(password, agent?.password ?? `\u0000${password}`);
    return agent && ok ? agent.user : undefined;
  }

  private newSession(user: string): Session {
    const session: Session = {
      id: randomBytes(16).toString('hex').toUpperCase(),
      user,
      csrfToken: randomUUID(),
    };
    this.sessions.set(session.id, session);
    if (this.sessions.size > MAX_SESSIONS) {
      const oldest = this.sessions.keys().next().value;
      if (oldest !== undefined) this.sessions.delete(oldest);
    }
    return session;
  }

  /** Moves a used session to the back of the eviction order. */
  private touch(session: Session): Session {
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
    return session;
  }
}
