/**
 * An agent's REST client: Basic credentials, its own cookie jar, the CSRF token once the target
 * issues one, a deadline on every request, and every exchange recorded (redacted) in the trace.
 */

import { redactHeaders } from '../model/redact';
import type { ScenarioId, StepOf } from '../model/scenarios';
import type { Actor, HttpEvent, HttpResponseRecord } from '../model/trace';
import { CookieJar } from './cookies';
import type { Recorder } from './recorder';
import { send, WireError, type WireResponse } from './wire';

export interface Credentials {
  user: string;
  password: string;
}

export interface RestOptions {
  base: string;
  actor: Actor;
  recorder: Recorder;
  timeoutMs: number;
  credentials?: Credentials;
  insecure?: boolean;
  jar?: CookieJar;
}

export interface CallOptions {
  /** Body as JSON value, or `raw` text sent as is (for malformed bodies). */
  json?: unknown;
  raw?: string;
  /** Leave the CSRF token out (SES-6). */
  withoutCsrf?: boolean;
  headers?: Record<string, string>;
}

/** Text bodies kept in the trace are cut to this many characters. */
const TEXT_KEEP = 4096;

export class RestClient {
  readonly jar: CookieJar;
  /** Header name and value of the CSRF token, once a response carried them. */
  csrf: { header: string; token: string } | undefined;

  constructor(private readonly opts: RestOptions) {
    this.jar = opts.jar ?? new CookieJar();
  }

  get actor(): Actor {
    return this.opts.actor;
  }

  authorization(): string | undefined {
    const c = this.opts.credentials;
    return c ? `Basic ${Buffer.from(`${c.user}:${c.password}`).toString('base64')}` : undefined;
  }

  get<S extends ScenarioId>(
    scenario: S,
    step: StepOf<S>,
    path: string,
    call: CallOptions = {},
  ): Promise<HttpEvent> {
    return this.call(scenario, step, 'GET', path, call);
  }

  post<S extends ScenarioId>(
    scenario: S,
    step: StepOf<S>,
    path: string,
    call: CallOptions,
  ): Promise<HttpEvent> {
    return this.call(scenario, step, 'POST', path, call);
  }

  /** One request, recorded under the scenario's step; never throws (a failure is the event's `error`). */
  async call<S extends ScenarioId>(
    scenario: S,
    step: StepOf<S>,
    method: string,
    path: string,
    call: CallOptions,
  ): Promise<HttpEvent> {
    const headers: Record<string, string> = { accept: 'application/json', ...call.headers };
    const auth = this.authorization();
    if (auth) headers.authorization = auth;
    const cookie = this.jar.header();
    if (cookie) headers.cookie = cookie;
    if (this.csrf && method !== 'GET' && !call.withoutCsrf)
      headers[this.csrf.header.toLowerCase()] = this.csrf.token;
    const body = call.raw ?? (call.json === undefined ? undefined : JSON.stringify(call.json));
    if (body !== undefined) headers['content-type'] = 'application/json';
    const url = this.opts.base + path;
    const t = this.opts.recorder.now();
    const request = { method, url: path, headers: redactHeaders(headers), body };
    const record = (outcome: { response: HttpEvent['response'] } | { error: string }) =>
      this.opts.recorder.add<HttpEvent>({
        kind: 'http',
        actor: this.actor,
        scenario,
        step,
        t,
        request,
        ...outcome,
      });
    try {
      const res = await send({
        url,
        method,
        headers,
        body,
        timeoutMs: this.opts.timeoutMs,
        insecure: this.opts.insecure,
      });
      this.jar.store(res.setCookies);
      this.learnCsrf(res.headers);
      return record({ response: { ...responseRecord(res), t: this.opts.recorder.now() } });
    } catch (e) {
      return record({
        error: e instanceof WireError ? e.message : `request failed: ${(e as Error).message}`,
      });
    }
  }

  /** GWS names the token header indirectly: X-CSRF-HEADER holds the name, that header the value. */
  private learnCsrf(h: Record<string, string>): void {
    const name = h['x-csrf-header'];
    const token = name ? h[name.toLowerCase()] : undefined;
    if (name && token) this.csrf = { header: name, token };
  }
}

export function responseRecord(res: WireResponse): Omit<HttpResponseRecord, 't'> {
  const base = { status: res.status, headers: redactHeaders(res.headers), size: res.size };
  const type = res.headers['content-type'] ?? '';
  const text = res.body;
  if (res.truncated)
    return {
      ...base,
      text: text.slice(0, TEXT_KEEP),
      truncated: true,
      parseError: `body of at least ${res.size} bytes exceeds the read limit`,
    };
  if (text.trim() === '') return { ...base, text };
  try {
    return { ...base, json: JSON.parse(text) };
  } catch (e) {
    const claimed = /json/i.test(type) || /^\s*[[{]/.test(text);
    return {
      ...base,
      text: text.slice(0, TEXT_KEEP),
      truncated: text.length > TEXT_KEEP || undefined,
      parseError: claimed
        ? `not valid JSON: ${(e as Error).message}`
        : `not JSON (content-type ${type || 'none'})`,
    };
  }
}
