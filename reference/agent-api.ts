/**
 * The agent API under /api/v2 (not /api/v2/notifications). One pipeline for every request:
 * read the body (size-limited) -> authenticate -> CSRF -> decide -> decide hook -> execute ->
 * respond hook -> write. Errors are `{statusCode, statusMessage}` with HTTP 200, except 20 (401),
 * unknown paths (404) and oversized bodies (413).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChannelRow } from '../src/model/channels';
import { type AgentStates, channelChange, meChange } from './agent-state';
import type { Auth, Identity } from './auth';
import type { Behaviour, Behaviours } from './behaviour';
import type { Flow } from './flow';
import type { Decision, Json, Reply, RequestContext, Route } from './hooks';
import { type Parsed, parseJson, readBody, sendJson, sendText } from './http';
import { type MeResource, requestedSubresources } from './me-resource';
import * as ops from './operations';
import type { Renderer } from './render';
import type { Store } from './store';

export interface AgentApiDeps {
  base: string;
  auth: Auth;
  store: Store;
  flow: Flow;
  renderer: Renderer;
  states: AgentStates;
  me: MeResource;
  behaviours: Behaviours;
  csrf: boolean;
  maxBodyBytes: number;
}

interface Target {
  route: Route;
  row?: ChannelRow;
  id?: string;
}

const MUTATING = new Set(['POST', 'PUT', 'DELETE', 'PATCH']);

/** Which route a method and path (segments after /api/v2) address. */
function classify(method: string, parts: string[], behaviours: Behaviours): Target {
  const rows = behaviours.rows();
  const row = behaviours.channelAt(parts[1]);
  const [me, second, third, fourth] = parts;
  if (me !== 'me') return { route: 'other' };
  if (parts.length === 1)
    return method === 'GET' ? { route: 'me' } : { route: method === 'POST' ? 'me-operation' : 'other' };
  if (second === 'channels' && parts.length === 3 && method === 'POST') {
    const channelRow = rows.find((r) => r.mediaChannel === third);
    return { route: 'channel-operation', row: channelRow };
  }
  if (!row) return { route: 'other' };
  if (parts.length === 2 && method === 'GET') return { route: 'list', row };
  if (parts.length === 3 && method === 'GET') return { route: 'get', row, id: third };
  if (parts.length === 3 && method === 'POST') return { route: 'operation', row, id: third };
  if (parts.length === 4 && fourth === 'messages' && method === 'GET')
    return { route: 'messages', row, id: third };
  return { route: 'other', row };
}

export class AgentApi {
  constructor(private readonly deps: AgentApiDeps) {}

  async handle(request: IncomingMessage, response: ServerResponse, url: URL, parts: string[]): Promise<void> {
    const method = request.method ?? 'GET';
    const body = await readBody(request, this.deps.maxBodyBytes);
    const target = classify(method, parts, this.deps.behaviours);
    const behaviour = this.deps.behaviours.forChannel(target.row);
    const headers: Record<string, string> = {};
    const identity = this.deps.auth.identify(request);
    const user = this.userOf(identity, behaviour, target);
    const ctx: RequestContext = { route: target.route, row: target.row, user: user ?? '' };
    if (target.row && target.route !== 'channel-operation') ctx.collection = parts[1];
    const finish = (reply: Reply) => this.write(response, behaviour.respond(reply, ctx), headers);

    if (body.kind === 'too-large') {
      return finish(error(413, 10, `Request body larger than ${this.deps.maxBodyBytes} bytes`));
    }
    if (user === undefined) {
      headers['WWW-Authenticate'] = 'Basic realm="GWS reference"';
      return finish(error(401, 20, 'Access denied: user not authenticated'));
    }
    const session = identity.ok ? identity.session : undefined;
    if (identity.ok && identity.cookie) headers['Set-Cookie'] = identity.cookie;
    if (this.deps.csrf && session && method === 'GET') {
      headers['X-CSRF-HEADER'] = 'X-CSRF-TOKEN';
      headers['X-CSRF-TOKEN'] = session.csrfToken;
    }
    if (this.deps.csrf && MUTATING.has(method)) {
      if (!behaviour.admit('csrf', this.deps.auth.csrfOk(request, session))) {
        sendText(response, 403, 'Missing or invalid Csrf token', headers);
        return;
      }
    }
    const parsed: Parsed | undefined = body.kind === 'text' ? parseJson(body.text) : undefined;
    if (parsed?.ok && typeof parsed.value === 'object' && parsed.value !== null) {
      const op = (parsed.value as Json).operationName;
      if (typeof op === 'string') ctx.operation = op;
    }
    if (parsed?.ok) ctx.body = parsed.value;
    const decision = behaviour.decide(this.decide(target, user, parsed, url), ctx);
    finish(this.execute(decision, target, user));
  }

  /** The agent a request acts as: its credentials', or under a fault that admits anyone, the owner's. */
  private userOf(identity: Identity, behaviour: Behaviour, target: Target): string | undefined {
    if (identity.ok) return identity.user;
    if (!behaviour.admit('rest', false)) return undefined;
    const owner = target.id === undefined ? undefined : this.deps.store.get(target.id)?.agent;
    return owner ?? this.deps.auth.agents[0]?.user;
  }

  private decide(target: Target, user: string, parsed: Parsed | undefined, url: URL): Decision {
    const { row, id } = target;
    const find = () => ops.lookup(this.deps.store, row!, user, id!);
    switch (target.route) {
      case 'me': {
        const json = this.deps.me.user(user, requestedSubresources(url.searchParams));
        return { kind: 'reply', status: 200, body: { statusCode: 0, user: json } };
      }
      case 'me-operation':
        return ops.withOperation(parsed, (body) => meChange(body, this.deps.states, user));
      case 'channel-operation':
        return ops.withOperation(parsed, (body) => channelChange(body, row, this.deps.states, user));
      case 'list':
        return this.list(row!, user, url);
      case 'get': {
        const found = find();
        return found.ok ? { kind: 'resource', interaction: found.value } : found.error;
      }
      case 'messages': {
        const found = find();
        return found.ok ? ops.paging(url.searchParams, found.value) : found.error;
      }
      case 'operation':
        return ops.interactionOperation(parsed, find, row!);
      default:
        return ops.fail(6, 'not-found', 'No such resource or operation');
    }
  }

  private execute(decision: Decision, target: Target, user: string): Reply {
    const { flow, renderer } = this.deps;
    switch (decision.kind) {
      case 'error':
        return error(decision.reason === 'not-found' ? 404 : 200, decision.code, decision.message);
      case 'reply':
        return { status: decision.status, body: decision.body };
      case 'agent':
        this.deps.states.apply(user, decision.change);
        return success();
      case 'accept':
        flow.accept(decision.interaction, decision.nickname);
        return success();
      case 'renotify':
        flow.notifyAccepted(decision.interaction);
        return success();
      case 'lifecycle':
        flow.lifecycle.run(decision.interaction, decision.request);
        return success();
      case 'resource':
        return success({ [target.row!.resourceKey]: renderer.resource(decision.interaction, 'rest') });
      case 'page': {
        const { interaction, startIndex, count } = decision;
        const page = ops.pageOf(interaction.messages, startIndex, count);
        return success({ messages: page.map((m) => renderer.message(interaction, m, 'rest')) });
      }
    }
  }

  private list(row: ChannelRow, user: string, url: URL): Decision {
    const live = this.deps.store.live(user, row.name);
    const full = url.searchParams.get('fields') !== null;
    const body = full
      ? { statusCode: 0, [row.collection]: live.map((i) => this.deps.renderer.resource(i, 'rest')) }
      : { statusCode: 0, uris: live.map((i) => this.deps.renderer.uri(i)) };
    return { kind: 'reply', status: 200, body };
  }

  private write(response: ServerResponse, reply: Reply, headers: Record<string, string>): void {
    if (typeof reply.body === 'string') sendText(response, reply.status, reply.body, headers);
    else sendJson(response, reply.status, reply.body, headers);
  }
}

function error(status: number, statusCode: number, statusMessage: string): Reply {
  return { status, body: { statusCode, statusMessage } };
}

function success(members: Json = {}): Reply {
  return { status: 200, body: { statusCode: 0, ...members } };
}
