/**
 * A Bayeux long-polling client as a browser desktop runs it: plain fetch, the CometD URL layout
 * (/handshake, /connect, /subscribe appended to /api/v2/notifications) and every cookie through a
 * tough-cookie jar (RFC 6265), so the server's Set-Cookie attributes decide what is sent back.
 * `fullPathDefault` stores a cookie without Path under the whole request path, as the .NET
 * Framework CookieContainer does for such cookies (pre-RFC 6265; .NET 5 adopted RFC 6265
 * default-path): the cookie store of the C# GWS client that lost its session.
 */
import { CookieJar } from 'tough-cookie';
import type { Received, Wire } from './helpers';
import { sleep } from './wire';

export interface FetchBayeuxOptions {
  headers?: Record<string, string>;
  fullPathDefault?: boolean;
}

export class FetchBayeux {
  readonly received: Received[] = [];
  readonly jar = new CookieJar();
  /** Every /meta/connect reply, in order. */
  readonly connects: Wire[] = [];
  private clientId?: string;
  private polling = false;
  private aborts = new Set<AbortController>();

  constructor(
    private readonly base: string,
    private readonly options: FetchBayeuxOptions = {},
  ) {}

  /** Handshakes, subscribes to `topic`, and starts the long-polling loop. */
  async start(topic = '/v2/me/*'): Promise<Wire> {
    const [handshake] = await this.send('handshake', {
      channel: '/meta/handshake',
      version: '1.0',
      supportedConnectionTypes: ['long-polling'],
    });
    if (!handshake?.successful) throw new Error(`handshake refused: ${JSON.stringify(handshake)}`);
    this.clientId = handshake.clientId;
    // The first connect asks to be answered at once (advice timeout 0, as CometD clients do).
    const first = await this.connect({ timeout: 0 });
    this.take(first);
    this.connects.push(first.find((m) => m.channel === '/meta/connect'));
    const replies = await this.send('subscribe', {
      channel: '/meta/subscribe',
      clientId: this.clientId,
      subscription: topic,
    });
    this.take(replies);
    const reply = replies.find((m) => m.channel === '/meta/subscribe');
    if (!reply?.successful) throw new Error(`subscribe refused: ${JSON.stringify(reply)}`);
    this.polling = true;
    void this.poll();
    return handshake;
  }

  /** Stops polling and disconnects (bounded: a held poll is aborted). */
  async stop(): Promise<void> {
    this.polling = false;
    if (this.clientId) {
      await this.send('disconnect', { channel: '/meta/disconnect', clientId: this.clientId }).catch(
        () => undefined,
      );
    }
    for (const a of this.aborts) a.abort();
  }

  private async poll(): Promise<void> {
    while (this.polling) {
      const replies = await this.connect().catch(() => undefined);
      if (!replies) break;
      this.take(replies);
      const reply = replies.find((m) => m.channel === '/meta/connect');
      this.connects.push(reply);
      if (!reply?.successful) break;
      const interval = reply.advice?.interval ?? 0;
      if (interval > 0) await sleep(interval);
    }
  }

  private connect(advice?: { timeout: number }): Promise<Wire[]> {
    return this.send('connect', {
      channel: '/meta/connect',
      clientId: this.clientId,
      connectionType: 'long-polling',
      ...(advice ? { advice } : {}),
    });
  }

  private take(messages: Wire[]): void {
    for (const m of messages) {
      if (!m.channel.startsWith('/meta/'))
        this.received.push({ channel: m.channel, data: m.data, at: Date.now() });
    }
  }

  private async send(type: string, message: Wire): Promise<Wire[]> {
    const url = `${this.base}/api/v2/notifications/${type}`;
    const headers: Record<string, string> = { ...this.options.headers, 'Content-Type': 'application/json' };
    const cookie = await this.jar.getCookieString(url);
    if (cookie) headers.Cookie = cookie;
    const abort = new AbortController();
    this.aborts.add(abort);
    const timer = setTimeout(() => abort.abort(), 40_000);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify([message]),
        signal: abort.signal,
      });
      for (const set of response.headers.getSetCookie()) await this.store(set, url);
      if (response.status !== 200) throw new Error(`${type}: HTTP ${response.status}`);
      return (await response.json()) as Wire[];
    } finally {
      clearTimeout(timer);
      this.aborts.delete(abort);
    }
  }

  private async store(setCookie: string, url: string): Promise<void> {
    const scoped =
      this.options.fullPathDefault && !/;\s*path=/i.test(setCookie)
        ? `${setCookie}; Path=${new URL(url).pathname}`
        : setCookie;
    await this.jar.setCookie(scoped, url);
  }
}
