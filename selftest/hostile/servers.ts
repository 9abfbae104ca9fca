/**
 * Misbehaving servers on 127.0.0.1 port 0: a bare one that runs a handler, and a proxy in front of a
 * real reference server whose hooks can hold, rewrite or replace any exchange. Every socket is
 * tracked so close() ends held requests at once, whatever the hostile handler left open.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type ReferenceOptions, type ReferenceServer, startReference } from '../../reference/server';

export interface Hostile {
  url: string;
  /** Where the runner's --control should point, when not at `url`. */
  control?: string;
  user: string;
  password: string;
  /** More runner options (e.g. --control-token). */
  args?: string[];
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A server running `handler` for every request; `onSocket` sees each raw connection first. */
export async function startServer(
  handler: Handler,
  onSocket?: (socket: Socket) => void,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    // A hostile write to a socket the runner cut is expected: not worth a crash of the test process.
    socket.on('error', () => {});
    onSocket?.(socket);
  });
  server.on('clientError', (_e, socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A bare hostile target: every request (control API included) goes to `handler`. */
export async function hostileServer(handler: Handler, onSocket?: (socket: Socket) => void): Promise<Hostile> {
  const server = await startServer(handler, onSocket);
  return { ...server, user: 'agent1', password: 'agent1-pw' };
}

/** A request as the proxy received it, body read in full (the runner's requests are small). */
export interface Incoming {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** The upstream's answer, body read in full. */
export interface Upstream {
  status: number;
  statusMessage?: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface ProxyHooks {
  /** Take the request over entirely (answer, hold or cut it); return true when handled. */
  intercept?(req: Incoming, res: http.ServerResponse): boolean;
  /** Rewrite the request before it is forwarded (e.g. serve a path under another name). */
  route?(req: Incoming): Incoming;
  /** Rewrite the upstream's answer before it goes back. */
  rewrite?(req: Incoming, answer: Upstream): Upstream;
}

export interface ProxyOptions {
  /** Give the runner the reference's own URL as --control, as when the control API lives elsewhere. */
  directControl?: boolean;
  /** Options of the reference behind the proxy; default CSRF on, agent1 / agent1-pw. */
  reference?: ReferenceOptions;
}

/** A proxy in front of a fresh reference server; the runner logs in as its first agent. */
export async function hostileProxy(hooks: ProxyHooks, options: ProxyOptions = {}): Promise<Hostile> {
  const reference = await startReference(options.reference ?? { csrf: true });
  const directControl = options.directControl === true;
  const proxy = await startServer((req, res) => {
    readAll(req).then(
      (body) => {
        const incoming: Incoming = {
          method: req.method ?? 'GET',
          path: req.url ?? '/',
          headers: req.headers,
          body,
        };
        if (hooks.intercept?.(incoming, res)) return;
        forward(reference, hooks.route ? hooks.route(incoming) : incoming).then(
          (answer) => send(res, hooks.rewrite ? hooks.rewrite(incoming, answer) : answer),
          () => res.destroy(),
        );
      },
      () => res.destroy(),
    );
  });
  const agent = reference.agents[0]!;
  return {
    url: proxy.url,
    control: directControl ? reference.url : undefined,
    user: agent.user,
    password: agent.password,
    close: async () => {
      await proxy.close();
      await reference.close();
    },
  };
}

function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function forward(reference: ReferenceServer, req: Incoming): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const headers = { ...req.headers, 'content-length': String(req.body.length) };
    delete headers['transfer-encoding'];
    const out = http.request(
      `${reference.url}${req.path}`,
      { method: req.method, headers, agent: false },
      (up) =>
        readAll(up).then(
          (body) => resolve({ status: up.statusCode ?? 502, headers: up.headers, body }),
          reject,
        ),
    );
    out.on('error', reject);
    out.end(req.body);
  });
}

function send(res: http.ServerResponse, answer: Upstream): void {
  const headers = { ...answer.headers, 'content-length': String(answer.body.length) };
  delete headers['transfer-encoding'];
  delete headers.connection;
  if (answer.statusMessage !== undefined) res.writeHead(answer.status, answer.statusMessage, headers);
  else res.writeHead(answer.status, headers);
  res.end(answer.body);
}

/** Writes `bytes` of a never-ending JSON string, respecting back-pressure, until done or cut. */
export function streamHuge(res: http.ServerResponse, bytes: number): void {
  const chunk = Buffer.alloc(256 * 1024, 'a');
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(bytes) });
  let sent = 0;
  const pump = () => {
    while (sent < bytes && !res.destroyed) {
      const n = Math.min(chunk.length, bytes - sent);
      sent += n;
      if (!res.write(n === chunk.length ? chunk : chunk.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}
