/**
 * A real CometD client for the tests (cometd + cometd-nodejs-client), long-polling only, whose
 * transport keeps its own cookie jar, so two agents in one process never share a session.
 */
import * as cometdModule from 'cometd';
import { CometD, type Message, type Transport } from 'cometd';
import { adapt } from 'cometd-nodejs-client';
import { basic, type Credentials, cookieHeader, type Jar, storeCookies, type Wire, waitFor } from './wire';

interface XhrPacket {
  url: string;
  headers?: Record<string, string>;
  body: string;
  onSuccess(text: string): void;
  onError(reason: string, exception?: unknown): void;
}

interface LongPolling extends Transport {
  xhrSend(packet: XhrPacket): unknown;
}

/** Exported at run time by cometd, missing from its cometd.d.ts (so no augmentation to clash with). */
const LongPollingTransport = (cometdModule as unknown as { LongPollingTransport: new () => LongPolling })
  .LongPollingTransport;
/** Long-polling over fetch with a cookie jar of its own (research/cometd-jest.md section 2). */
class JarLongPollingTransport extends LongPollingTransport {
  readonly jar: Jar = new Map();

  override xhrSend(packet: XhrPacket): unknown {
    const abort = new AbortController();
    const xhr = { readyState: 1, status: 0, abort: () => abort.abort() };
    const headers: Record<string, string> = { ...packet.headers, 'Content-Type': 'application/json' };
    const cookies = [headers.Cookie, cookieHeader(this.jar)].filter(Boolean).join('; ');
    if (cookies) headers.Cookie = cookies;
    fetch(packet.url, { method: 'POST', headers, body: packet.body, signal: abort.signal })
      .then(async (response) => {
        xhr.status = response.status;
        storeCookies(this.jar, response);
        const text = await response.text();
        xhr.readyState = 4;
        if (response.status === 200) packet.onSuccess(text);
        else packet.onError(response.statusText);
      })
      .catch((e: Error) => {
        xhr.readyState = 4;
        packet.onError(e.message, e);
      });
    return xhr;
  }
}

let adapted = false;

export interface Received {
  channel: string;
  data: Wire;
  at: number;
}

/** One CometD client: handshake with the given headers, subscribed to /v2/me/*, collecting notifications. */
export class Notifications {
  readonly received: Received[] = [];
  private readonly cometd: CometD;

  private constructor(base: string, headers: Record<string, string>) {
    if (!adapted) {
      adapt();
      adapted = true;
    }
    this.cometd = new CometD();
    this.cometd.unregisterTransports();
    this.cometd.registerTransport('long-polling', new JarLongPollingTransport());
    this.cometd.configure({ url: `${base}/api/v2/notifications`, requestHeaders: headers, logLevel: 'warn' });
  }

  /** Handshakes (and subscribes when it succeeds); the handshake reply tells whether it did. */
  static async connect(
    base: string,
    headers: Record<string, string>,
  ): Promise<{ client: Notifications; handshake: Message }> {
    const client = new Notifications(base, headers);
    const handshake = await client.within<Message>('handshake', (done) => client.cometd.handshake(done));
    if (handshake.successful) {
      const reply = await client.within<Message>('subscribe', (done) =>
        client.cometd.subscribe('/v2/me/*', (m) => client.onMessage(m), done),
      );
      if (!reply.successful) {
        await client.disconnect();
        throw new Error(`subscribe failed: ${JSON.stringify(reply)}`);
      }
    }
    return { client, handshake };
  }

  /** Connects an agent with Basic credentials, failing the test if the handshake is refused. */
  static async forAgent(base: string, credentials: Credentials): Promise<Notifications> {
    const { client, handshake } = await Notifications.connect(base, { Authorization: basic(credentials) });
    if (!handshake.successful) throw new Error(`handshake refused: ${JSON.stringify(handshake)}`);
    return client;
  }

  /** The first notification (from index `from` on) matching `predicate`, within `timeoutMs`. */
  waitFor(
    predicate: (data: Wire) => boolean,
    timeoutMs = 3000,
    what = 'a notification',
    from = 0,
  ): Promise<Received> {
    return waitFor(() => this.received.slice(from).find((r) => predicate(r.data)), timeoutMs, what);
  }

  /** Notifications about interaction `id` (by resource id or the last segment of a history URI). */
  about(id: string): Received[] {
    return this.received.filter((r) => aboutId(r.data, id));
  }

  async disconnect(): Promise<void> {
    if (this.cometd.isDisconnected()) return;
    await this.within('disconnect', (done) => this.cometd.disconnect(done), 2000).catch(() => undefined);
  }

  private onMessage(message: Message): void {
    this.received.push({ channel: message.channel, data: message.data, at: Date.now() });
  }

  private within<T>(what: string, start: (done: (value: T) => void) => void, timeoutMs = 5000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} timed out after ${timeoutMs} ms`)), timeoutMs);
      start((value) => {
        clearTimeout(timer);
        resolve(value);
      });
    });
  }
}
/** Whether a notification's data concerns interaction `id`. */
export function aboutId(data: Wire, id: string): boolean {
  if (data === null || typeof data !== 'object') return false;
  for (const [key, value] of Object.entries(data)) {
    if (value && typeof value === 'object' && (value as { id?: unknown }).id === id) return true;
    if (typeof value === 'string' && /(Uri|Path)$/.test(key) && value.endsWith(`/${id}`)) return true;
  }
  return false;
}
