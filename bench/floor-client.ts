/**
 * The leanest agent the floor can use: fetch with a cookie jar and the CSRF token, and the CometD
 * client over long-polling with a transport of its own (one jar per agent). No recording, no
 * redaction, no validation: what any GWS client must do, and nothing more.
 */
import { CometD, LongPollingTransport, type Message, type XhrLike, type XhrPacket } from 'cometd';
import { adapt } from 'cometd-nodejs-client';

export interface Answer {
  status: number;
  json: Record<string, unknown> | undefined;
}

export class FloorAgent {
  private readonly jar = new Map<string, string>();
  private csrf: [string, string] | undefined;
  readonly authorization: string;

  constructor(
    readonly base: string,
    user: string,
    password: string,
  ) {
    this.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }

  cookies(): string {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const headers: Record<string, string> = { authorization: this.authorization, accept: 'application/json' };
    if (this.jar.size > 0) headers.cookie = this.cookies();
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.csrf && method !== 'GET') headers[this.csrf[0]] = this.csrf[1];
    const res = await fetch(this.base + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(5000),
    });
    this.store(res);
    const name = res.headers.get('x-csrf-header');
    const token = name ? res.headers.get(name) : null;
    if (name && token) this.csrf = [name, token];
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
  }
}

/** The control API: the customer side. */
export async function control(base: string, method: string, path: string, body?: unknown): Promise<Answer> {
  const res = await fetch(`${base}/conformance/v1${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

class JarTransport extends LongPollingTransport {
  constructor(private readonly agent: FloorAgent) {
    super();
  }

  override xhrSend(packet: XhrPacket): XhrLike {
    const ac = new AbortController();
    const xhr: XhrLike = { readyState: 1, status: 0, abort: () => ac.abort() };
    const headers: Record<string, string> = { ...packet.headers, 'content-type': 'application/json' };
    if (this.agent.cookies()) headers.cookie = this.agent.cookies();
    fetch(packet.url, { method: 'POST', headers, body: packet.body, signal: ac.signal })
      .then(async (res) => {
        this.agent.store(res);
        const text = await res.text();
        xhr.status = res.status;
        xhr.readyState = 4;
        if (res.status === 200) packet.onSuccess(text);
        else packet.onError(`HTTP ${res.status}`);
      })
      .catch((e: Error) => {
        xhr.readyState = 4;
        packet.onError(e.message);
      });
    return xhr;
  }
}

export interface Notifications {
  /** How many notifications have arrived: a `from` for next(). */
  count(): number;
  /** The first notification from the `from`-th on (arrived or still to come) that matches, or an error after `ms`. */
  next(
    match: (data: Record<string, unknown>) => boolean,
    ms: number,
    from?: number,
  ): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

let adapted = false;

/** Handshake and subscribe to /v2/me/*; rejects if either fails within `ms`. */
export async function subscribe(agent: FloorAgent, ms: number): Promise<Notifications> {
  if (!adapted) {
    adapt();
    adapted = true;
  }
  const cometd = new CometD();
  cometd.unregisterTransports();
  cometd.registerTransport('long-polling', new JarTransport(agent));
  cometd.configure({
    url: `${agent.base}/api/v2/notifications`,
    requestHeaders: { Authorization: agent.authorization },
    logLevel: 'warn',
  });
  const seen: Record<string, unknown>[] = [];
  const waiters = new Set<(d: Record<string, unknown>) => void>();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('handshake + subscribe timed out')), ms);
    cometd.handshake((reply: Message) => {
      if (!reply.successful) return reject(new Error('handshake refused'));
      cometd.subscribe(
        '/v2/me/*',
        (m: Message) => {
          const data = m.data as Record<string, unknown>;
          seen.push(data);
          for (const w of waiters) w(data);
        },
        (sub: Message) => {
          clearTimeout(timer);
          if (sub.successful) resolve();
          else reject(new Error('subscribe refused'));
        },
      );
    });
  });
  return {
    count: () => seen.length,
    next: (match, waitMs, from = 0) => {
      const found = seen.slice(from).find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = (d: Record<string, unknown>) => {
          if (!match(d)) return;
          waiters.delete(waiter);
          clearTimeout(timer);
          resolve(d);
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching notification within ${waitMs} ms`));
        }, waitMs);
        waiters.add(waiter);
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 1000);
        cometd.disconnect(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}
