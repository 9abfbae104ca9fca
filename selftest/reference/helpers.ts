/**
 * Test helpers that talk to the reference server the way a GWS client does: real HTTP (fetch) with
 * a cookie jar and the CSRF token per agent, the control API, and (re-exported) the CometD client.
 */
import type { RequestListener } from 'node:http';
import request from 'supertest';
import { basic, type Credentials, cookieHeader, type Jar, storeCookies, type Wire } from './wire';

export { aboutId, Notifications, type Received } from './cometd-client';
export { basic, type Credentials, sleep, type Wire, waitFor } from './wire';

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed body, or undefined when it is not JSON. */
  json: Wire;
}

async function result(response: Response): Promise<HttpResult> {
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** An agent's REST client: Basic credentials (unless none), its own cookies, the CSRF token it saw. */
export class Rest {
  readonly jar: Jar = new Map();
  csrfToken?: string;

  constructor(
    readonly base: string,
    readonly credentials?: Credentials,
  ) {}

  get(path: string): Promise<HttpResult> {
    return this.send('GET', path);
  }

  /** POSTs `body` (JSON-encoded unless a string); `csrf: false` leaves the token out. */
  post(path: string, body: unknown, options: { csrf?: boolean } = {}): Promise<HttpResult> {
    return this.send(
      'POST',
      path,
      typeof body === 'string' ? body : JSON.stringify(body),
      options.csrf ?? true,
    );
  }

  /** The agent login of SES-8: StartContactCenterSession, then Ready on the channel. */
  async login(mediaChannel: string): Promise<void> {
    await this.get('/api/v2/me');
    await this.post('/api/v2/me', { operationName: 'StartContactCenterSession', channels: [mediaChannel] });
    await this.post(`/api/v2/me/channels/${mediaChannel}`, { operationName: 'Ready' });
  }

  async send(method: string, path: string, body?: string, csrf = true): Promise<HttpResult> {
    const headers: Record<string, string> = {};
    if (this.credentials) headers.Authorization = basic(this.credentials);
    if (this.jar.size > 0) headers.Cookie = cookieHeader(this.jar);
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (csrf && this.csrfToken) headers['X-CSRF-TOKEN'] = this.csrfToken;
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body,
      signal: AbortSignal.timeout(5000),
    });
    storeCookies(this.jar, response);
    const name = response.headers.get('X-CSRF-HEADER');
    if (name) this.csrfToken = response.headers.get(name) ?? undefined;
    return result(response);
  }
}

/** The conformance control API (CONTROL-API.md). */
/**
 * The control API in process: supertest sends the request straight to the reference's handler
 * (no port of ours, no fetch), and the answer comes back as the same HttpResult.
 */
export async function controlIn(
  handler: RequestListener,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<HttpResult> {
  // supertest's agent has one method per HTTP verb: get, post, delete, put, ...
  const verb = method.toLowerCase() as 'get' | 'post' | 'delete' | 'put';
  const agent = request(handler);
  let req = agent[verb](`/conformance/v1${path}`).timeout(5000);
  if (token) req = req.set('Authorization', `Bearer ${token}`);
  if (body !== undefined)
    req = req
      .set('Content-Type', 'application/json')
      .send(typeof body === 'string' ? body : JSON.stringify(body));
  const r = await req;
  let json: unknown;
  try {
    json = JSON.parse(r.text);
  } catch {
    json = undefined;
  }
  return {
    status: r.status,
    headers: new Headers(r.headers as Record<string, string>),
    text: r.text,
    json: json as Wire,
  };
}

export async function control(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
): Promise<HttpResult> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${base}/conformance/v1${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(5000),
  });
  return result(response);
}
