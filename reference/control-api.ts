/**
 * The conformance control API (shared/spec/CONTROL-API.md) under /conformance/v1: the customer
 * side. Errors are `{"error": "..."}` with a 4xx status; an optional bearer token guards it all.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CHANNELS, isChannel } from '../src/model/channels';
import type { Auth } from './auth';
import type { CustomerEvent, Flow } from './flow';
import { isPlainObject, parseJson, readBody, sendEmpty, sendJson } from './http';
import { isMessageType } from './model';
import type { Store } from './store';

export interface ControlApiDeps {
  auth: Auth;
  store: Store;
  flow: Flow;
  controlToken?: string;
  maxBodyBytes: number;
  maxMessagesPerInteraction: number;
}

class Refusal {
  constructor(
    readonly status: number,
    readonly error: string,
  ) {}
}

const MAX_NICKNAME = 256;

/** A customer event from a request body, or why it cannot be produced. */
export function readEvent(value: unknown): CustomerEvent | Refusal {
  if (!isPlainObject(value)) return new Refusal(422, 'an event must be a JSON object');
  const { type, text, url } = value;
  if (!isMessageType(type)) return new Refusal(422, `unknown message type ${JSON.stringify(type)}`);
  if (type === 'ParticipantJoined') {
    return new Refusal(422, 'ParticipantJoined is not produced here: every history already holds one');
  }
  if (type === 'Text' && typeof text !== 'string') return new Refusal(422, 'Text needs a string text');
  if (type === 'PushUrl' && typeof url !== 'string') return new Refusal(422, 'PushUrl needs a string url');
  const takesText = type === 'Text' || type === 'Notice' || type === 'TypingStarted';
  if (takesText && text !== undefined && typeof text !== 'string')
    return new Refusal(422, 'text must be a string');
  return {
    type,
    ...(takesText && typeof text === 'string' ? { text } : {}),
    ...(type === 'PushUrl' ? { url: url as string } : {}),
  };
}

export class ControlApi {
  constructor(private readonly deps: ControlApiDeps) {}

  async handle(request: IncomingMessage, response: ServerResponse, parts: string[]): Promise<void> {
    const body = await readBody(request, this.deps.maxBodyBytes);
    const answer = (status: number, json?: unknown) =>
      json === undefined ? sendEmpty(response, status) : sendJson(response, status, json);
    const refuse = (r: Refusal) => answer(r.status, { error: r.error });
    if (!this.authorized(request)) return refuse(new Refusal(401, 'a valid bearer token is required'));
    if (body.kind === 'too-large')
      return refuse(new Refusal(413, `body larger than ${this.deps.maxBodyBytes} bytes`));
    const method = request.method ?? 'GET';
    const readJson = (): unknown => {
      if (body.kind !== 'text') return new Refusal(400, 'a JSON body is required');
      const parsed = parseJson(body.text);
      return parsed.ok ? parsed.value : new Refusal(400, 'the body is not valid JSON');
    };
    const [first, id, third] = parts;

    if (parts.length === 0 && method === 'GET') return answer(200, { channels: [...CHANNELS] });
    if (first === 'interactions' && parts.length === 1 && method === 'POST') {
      const result = this.create(readJson());
      return result instanceof Refusal ? refuse(result) : answer(201, { id: result });
    }
    if (first === 'interactions' && parts.length === 3 && third === 'messages' && method === 'POST') {
      const result = this.produce(id!, readJson());
      return result instanceof Refusal ? refuse(result) : answer(200, {});
    }
    if (first === 'interactions' && parts.length === 2 && method === 'GET') {
      const result = this.customerView(id!);
      return result instanceof Refusal ? refuse(result) : answer(200, result);
    }
    if (first === 'interactions' && parts.length === 2 && method === 'DELETE') {
      return this.deps.store.remove(id!) ? answer(204) : refuse(new Refusal(404, `no interaction ${id}`));
    }
    const known = parts.length === 0 || (first === 'interactions' && parts.length <= 3);
    return refuse(
      known ? new Refusal(405, `${method} is not allowed here`) : new Refusal(404, 'no such endpoint'),
    );
  }

  private authorized(request: IncomingMessage): boolean {
    const token = this.deps.controlToken;
    if (token === undefined) return true;
    const sent = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim() ?? '';
    const a = Buffer.from(sent);
    const b = Buffer.from(token);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** POST /interactions: the id of the new offered interaction. */
  private create(value: unknown): string | Refusal {
    if (value instanceof Refusal) return value;
    if (!isPlainObject(value)) return new Refusal(400, 'the body must be a JSON object');
    const { channel, agent, customer, messages } = value;
    if (!isChannel(channel)) return new Refusal(422, `channel must be one of ${CHANNELS.join(', ')}`);
    if (typeof agent !== 'string' || !this.deps.auth.isAgent(agent)) {
      return new Refusal(422, `unknown agent ${JSON.stringify(agent)}`);
    }
    if (customer !== undefined && !isPlainObject(customer))
      return new Refusal(422, 'customer must be an object');
    const nickname = customer?.nickname ?? `Customer-${randomBytes(3).toString('hex')}`;
    if (typeof nickname !== 'string' || nickname.trim() === '' || nickname.length > MAX_NICKNAME) {
      return new Refusal(422, 'customer.nickname must be a non-empty string');
    }
    if (messages !== undefined && !Array.isArray(messages))
      return new Refusal(422, 'messages must be an array');
    const list = messages ?? [];
    if (list.length + 2 > this.deps.maxMessagesPerInteraction) return new Refusal(422, 'too many messages');
    const events: CustomerEvent[] = [];
    for (const m of list) {
      const event = readEvent(m);
      if (event instanceof Refusal) return event;
      events.push(event);
    }
    const interaction = this.deps.flow.offer(channel, agent, nickname, events);
    if (!interaction) return new Refusal(429, 'too many live interactions; DELETE some first');
    return interaction.id;
  }

  /** GET /interactions/{id}: the optional customer view (a variation turns it off: 404). */
  private customerView(id: string): unknown {
    const interaction = this.deps.store.get(id);
    if (!interaction) return new Refusal(404, `no interaction ${id}`);
    return (
      this.deps.flow.lifecycle.customerView(interaction) ??
      new Refusal(404, 'the customer view is not implemented')
    );
  }

  /** POST /interactions/{id}/messages: one customer-side event. */
  private produce(id: string, value: unknown): true | Refusal {
    const interaction = this.deps.store.get(id);
    if (!interaction) return new Refusal(404, `no interaction ${id}`);
    if (value instanceof Refusal) return value;
    const event = readEvent(value);
    if (event instanceof Refusal) return event;
    if (interaction.customerEnded) return new Refusal(409, "the customer's session is over");
    if (!this.deps.store.hasRoom(interaction))
      return new Refusal(429, 'too many messages in this interaction');
    this.deps.flow.produce(interaction, event);
    return true;
  }
}
