/**
 * An agent's notification client: the CometD JavaScript client over long-polling, with a transport
 * of our own so that each agent has its own cookie jar (the stock shim shares one per process) and
 * every Bayeux message, meta channels included, is recorded in the trace as it crosses the wire.
 */
import { CometD, LongPollingTransport, type XhrLike, type XhrPacket } from 'cometd';
import { adapt } from 'cometd-nodejs-client';
import { scrubValue } from '../model/redact';
import type { Actor, BayeuxEvent, BayeuxFaultEvent, BayeuxMessage, TraceEvent } from '../model/trace';
import type { CookieJar } from './cookies';
import { LibraryLog } from './library-log';
import type { Recorder } from './recorder';
import { send } from './wire';

let adapted = false;

export interface NotificationOptions {
  base: string;
  actor: Actor;
  recorder: Recorder;
  jar: CookieJar;
  /** `Basic ...` for an agent; undefined for a client without credentials. */
  authorization?: string;
  timeoutMs: number;
  insecure?: boolean;
}

export interface NotificationClient {
  /** The handshake reply, or undefined when none came (fault or timeout). */
  handshake: BayeuxMessage | undefined;
  subscribed: boolean;
  close(): Promise<void>;
}

/** Long poll held by the server plus margin; CometD aborts requests on its own clock before this. */
const BAYEUX_BACKSTOP_MS = 120_000;
/** The most a target's advice may make the client wait (interval) or hold a poll (timeout). */
const ADVICE_MAX_MS = 60_000;

/**
 * The reply as the library gets it: nesting bounded (the library walks messages too) and the
 * advice's interval and timeout clamped to what setTimeout takes and the run can wait. The trace
 * keeps what the target sent.
 */
function forLibrary(messages: BayeuxMessage[]): string {
  return JSON.stringify(
    messages.map((m) => {
      const safe = scrubValue(m, undefined, { headers: false }) as BayeuxMessage & { advice?: unknown };
      const advice = safe.advice;
      if (advice && typeof advice === 'object' && !Array.isArray(advice)) {
        const a = advice as Record<string, unknown>;
        for (const key of ['interval', 'timeout', 'maxInterval']) {
          if (key in a)
            a[key] =
              typeof a[key] === 'number' && Number.isFinite(a[key])
                ? Math.min(ADVICE_MAX_MS, Math.max(0, a[key] as number))
                : undefined;
        }
      }
      return safe;
    }),
  );
}

class RecordingTransport extends LongPollingTransport {
  constructor(private readonly o: NotificationOptions) {
    super();
  }

  override xhrSend(packet: XhrPacket): XhrLike {
    const { recorder, actor } = this.o;
    const ac = new AbortController();
    const xhr: XhrLike = { readyState: 1, status: 0, abort: () => ac.abort() };
    for (const m of parseMessages(packet.body) ?? [])
      recorder.add({ kind: 'bayeux', actor, direction: 'out', message: m });
    const headers: Record<string, string> = { ...packet.headers, 'content-type': 'application/json' };
    const cookie = this.o.jar.header();
    if (cookie) headers.cookie = cookie;
    send(
      {
        url: packet.url,
        method: 'POST',
        headers,
        body: packet.body,
        timeoutMs: BAYEUX_BACKSTOP_MS,
        insecure: this.o.insecure,
      },
      ac.signal,
    )
      .then((res) => {
        // Secrets as soon as received: the messages of this very reply may echo them.
        recorder.addSecrets(this.o.jar.store(res.setCookies));
        xhr.status = res.status;
        xhr.readyState = 4;
        const messages = res.status === 200 ? parseMessages(res.body) : undefined;
        if (!messages) {
          const what =
            res.status !== 200
              ? `HTTP ${res.status}`
              : (res.decodeError ?? 'reply is not a JSON array of messages');
          recorder.add<BayeuxFaultEvent>({
            kind: 'bayeux-fault',
            actor,
            message: `${what}: ${res.body.slice(0, 200)}`,
          });
          packet.onError(what);
          return;
        }
        for (const m of messages) recorder.add({ kind: 'bayeux', actor, direction: 'in', message: m });
        packet.onSuccess(forLibrary(messages));
      })
      .catch((e: Error) => {
        xhr.readyState = 4;
        if (!ac.signal.aborted)
          recorder.add<BayeuxFaultEvent>({ kind: 'bayeux-fault', actor, message: e.message });
        packet.onError(e.message);
      });
    return xhr;
  }
}

function parseMessages(text: string): BayeuxMessage[] | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    const list = Array.isArray(parsed) ? parsed : undefined;
    return list?.every((m) => m && typeof m === 'object' && typeof m.channel === 'string') ? list : undefined;
  } catch {
    return undefined;
  }
}

/** Handshakes and subscribes to /v2/me/*, each step bounded by the timeout; never throws. */
export async function connectNotifications(o: NotificationOptions): Promise<NotificationClient> {
  if (!adapted) {
    adapt();
    adapted = true;
  }
  const cometd = new CometD();
  const log = new LibraryLog(o.recorder, o.actor);
  log.attach(cometd);
  cometd.unregisterTransports();
  cometd.registerTransport('long-polling', new RecordingTransport(o));
  const requestHeaders = o.authorization ? { Authorization: o.authorization } : {};
  cometd.configure({
    url: `${o.base}/api/v2/notifications`,
    requestHeaders,
    maxNetworkDelay: o.timeoutMs,
    logLevel: 'warn',
  });
  const client: NotificationClient = {
    handshake: undefined,
    subscribed: false,
    close: () => close(cometd).then(() => log.summarize()),
  };
  const since = o.recorder.events.length + 1;
  cometd.handshake();
  const reply = await o.recorder.waitFor(metaReply(o.actor, '/meta/handshake'), {
    timeoutMs: o.timeoutMs,
    what: `the handshake reply of ${o.actor}`,
    sinceSeq: since,
    actor: o.actor,
  });
  client.handshake = reply?.kind === 'bayeux' ? reply.message : undefined;
  if (client.handshake?.successful !== true) {
    // No session to end: stop the client's retries without waiting for a disconnect reply that cannot come.
    cometd.disconnect();
    return client;
  }
  const subSince = o.recorder.events.length + 1;
  cometd.subscribe('/v2/me/*', () => {});
  const sub = await o.recorder.waitFor(metaReply(o.actor, '/meta/subscribe'), {
    timeoutMs: o.timeoutMs,
    what: `the subscribe reply of ${o.actor}`,
    sinceSeq: subSince,
    actor: o.actor,
  });
  client.subscribed = sub?.kind === 'bayeux' && sub.message.successful === true;
  return client;
}

/** A reply on a meta channel for this actor, or a fault on its transport. */
function metaReply(actor: Actor, channel: string) {
  return (ev: TraceEvent): ev is BayeuxEvent | BayeuxFaultEvent =>
    ev.actor === actor &&
    (ev.kind === 'bayeux-fault' ||
      (ev.kind === 'bayeux' && ev.direction === 'in' && ev.message.channel === channel));
}

function close(cometd: CometD): Promise<void> {
  if (cometd.isDisconnected()) {
    cometd.disconnect();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    try {
      cometd.disconnect(() => {
        clearTimeout(timer);
        resolve();
      });
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}
