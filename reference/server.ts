/**
 * The embedded reference server: a correct implementation of the documented Accept flow for chat,
 * SMS and Facebook (REST under /api/v2, CometD at /api/v2/notifications, the control API under
 * /conformance/v1), the default target of `npm test`, and, with named faults, the way the suite
 * proves its checks can fail.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AgentApi } from './agent-api';
import { AgentStates } from './agent-state';
import { Auth } from './auth';
import { Behaviours } from './behaviour';
import { ControlApi } from './control-api';
import { Flow } from './flow';
import { parseJson, readBody, sendJson } from './http';
import { MeResource } from './me-resource';
import { Notifier } from './notifier';
import { type ReferenceOptions, resolveOptions } from './options';
import { Renderer } from './render';
import { Store } from './store';

export type { ReferenceOptions } from './options';

export interface ReferenceServer {
  /** Base URL, e.g. http://127.0.0.1:40123 (REST at /api/v2, CometD at /api/v2/notifications). */
  url: string;
  agents: { user: string; password: string }[];
  /** The request handler itself, for in-process tests (supertest) that need no socket of their own. */
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  close(): Promise<void>;
}

const NOTIFICATIONS = ['api', 'v2', 'notifications'];

function startsWith(parts: string[], prefix: string[]): boolean {
  return prefix.every((p, i) => parts[i] === p);
}

/** Path segments, percent-decoded; undefined when the path cannot be decoded. */
function segments(pathname: string): string[] | undefined {
  try {
    return pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
}

function requestUrl(raw: string): URL | undefined {
  try {
    return new URL(`http://host${raw.startsWith('/') ? '' : '/'}${raw}`);
  } catch {
    return undefined;
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Starts the server; rejects on invalid options (unknown fault names included) or a busy port. */
export async function startReference(options: ReferenceOptions = {}): Promise<ReferenceServer> {
  const config = resolveOptions(options);
  let route: ((req: IncomingMessage, res: ServerResponse) => Promise<void>) | undefined;
  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    if (!route) {
      sendJson(res, 503, { error: 'starting' });
      return;
    }
    route(req, res).catch(() => {
      // A bug must not take the server down: answer 500 if still possible.
      if (!res.headersSent) sendJson(res, 500, { statusCode: 4, statusMessage: 'Internal error' });
      else res.end();
    });
  };
  const server = createServer(handler);
  const port = await listen(server, config.port);
  const base = `http://127.0.0.1:${port}`;

  const behaviours = new Behaviours(config.enabled);
  const auth = new Auth(config.agents);
  const store = new Store(config);
  const renderer = new Renderer(base, behaviours);
  const notifier = new Notifier({
    identify: (req) => auth.peek(req),
    gateOf: (req) => auth.handshakeGate(req),
    admit: (passed, gate) => behaviours.forChannel(undefined).admit(gate, passed),
    browserCookiePath: config.bayeuxCookiePath,
  });
  const flow = new Flow(store, renderer, notifier, behaviours);
  const limits = { maxBodyBytes: config.maxBodyBytes };
  const states = new AgentStates();
  const agentApi = new AgentApi({
    base,
    auth,
    store,
    flow,
    renderer,
    states,
    me: new MeResource(base, store, states, renderer),
    behaviours,
    csrf: config.csrf,
    ...limits,
  });
  const controlApi = new ControlApi({
    auth,
    store,
    flow,
    controlToken: config.controlToken,
    maxMessagesPerInteraction: config.maxMessagesPerInteraction,
    ...limits,
  });

  route = async (req, res) => {
    const url = requestUrl(req.url ?? '/');
    const parts = url && segments(url.pathname);
    if (!url || !parts) return sendJson(res, 400, { error: 'bad request target' });
    if (startsWith(parts, NOTIFICATIONS)) {
      const body = await readBody(req, config.maxBodyBytes);
      if (body.kind === 'too-large') return sendJson(res, 413, { error: 'Bayeux request too large' });
      const parsed = body.kind === 'text' ? parseJson(body.text) : { ok: false as const };
      if (!parsed.ok) return sendJson(res, 400, { error: 'Bayeux requests are JSON POSTs' });
      return notifier.handle(req, res, parsed.value);
    }
    if (startsWith(parts, ['api', 'v2'])) return agentApi.handle(req, res, url, parts.slice(2));
    if (startsWith(parts, ['conformance', 'v1'])) return controlApi.handle(req, res, parts.slice(2));
    sendJson(res, 404, {
      error: 'not found: the agent API is under /api/v2, the control API under /conformance/v1',
    });
  };

  let closing: Promise<void> | undefined;
  return {
    url: base,
    agents: config.agents.map((a) => ({ ...a })),
    handler,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        notifier.close();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
