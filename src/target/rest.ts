/**
 * An agent's REST client: Basic credentials, its own cookie jar, the CSRF token once the target
 * issues one, a deadline on every request, and every exchange recorded (redacted) in the trace.
 */

import { basicCredential, detached, MAX_DEPTH, redactHeaders } from '../model/redact';
import type { ScenarioId, StepOf } from '../model/scenarios';
import type { Actor, HttpEvent, HttpResponseRecord } from '../model/trace';
import { CookieJar } from './cookies';
import type { Recorder } from './recorder';
import { DEFAULT_MAX_BODY, send, WireError, type WireResponse } from './wire';

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
/** The read cap once the trace's budget is spent. */
const SPENT_READ = 64 * 1024;

export class RestClient {
  readonly jar: CookieJar;
  /** Header name and value of the CSRF token, once a response carried them. */
  csrf: { header: string; token: string } | undefined;

  constructor(private readonly opts: RestOptions) {
    this.jar = opts.jar ?? new CookieJar();
    const c = opts.credentials;
    if (c) opts.recorder.addSecrets([c.password, basicCredential(c.user, c.password)]);
  }

  get actor(): Actor {
    return this.opts.actor;
  }

  authorization(): string | undefined {
    const c = this.opts.credentials;
    return c ? `Basic ${basicCredential(c.user, c.password)}` : undefined;
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
    // Once the trace's budget is spent (or promised to reads in flight), only 64 kB of a body is read.
    const read = this.opts.recorder.claimRead(DEFAULT_MAX_BODY, SPENT_READ);
    try {
      const res = await send({
        url,
        method,
        headers,
        body,
        timeoutMs: this.opts.timeoutMs,
        insecure: this.opts.insecure,
        maxBodyBytes: read.max,
      });
      read.release();
      // Secrets as soon as received: the body of this very answer may echo them.
      this.opts.recorder.addSecrets(this.jar.store(res.setCookies));
      this.learnCsrf(res.headers);
      const kept = responseRecord(res, this.opts.recorder.budgetLeft());
      return record({ response: { ...kept, t: this.opts.recorder.now() } });
    } catch (e) {
      read.release();
      return record({
        error: e instanceof WireError ? e.message : `request failed: ${(e as Error).message}`,
      });
    }
  }

  /** GWS names the token header indirectly: X-CSRF-HEADER holds the name, that header the value. */
  private learnCsrf(h: Record<string, string>): void {
    const name = h['x-csrf-header'];
    const token = name ? h[name.toLowerCase()] : undefined;
    if (name && token) {
      this.csrf = { header: name, token };
      this.opts.recorder.addSecrets([token]);
    }
  }
}

/** A body cut for the trace: a copy, so the cut does not keep the whole body alive. */
const cut = (text: string) => detached(text.slice(0, TEXT_KEEP));

/** What the trace keeps of an answer; a body larger than the trace's `budget` is kept as its first 4 kB. */
export function responseRecord(
  res: WireResponse,
  budget = Number.POSITIVE_INFINITY,
): Omit<HttpResponseRecord, 't'> {
  const base = { status: res.status, headers: redactHeaders(res.headers), size: res.size };
  const type = res.headers['content-type'] ?? '';
  const text = res.body;
  const sent = res.encoding ? `, content-encoding ${res.encoding}` : '';
  if (res.decodeError) return { ...base, text: '', truncated: true, parseError: res.decodeError };
  if (res.truncated)
    return {
      ...base,
      text: cut(text),
      truncated: true,
      parseError: `body of at least ${res.size} bytes${sent} exceeds the read limit`,
    };
  if (text.trim() === '') return { ...base, text };
  if (text.length > budget)
    return {
      ...base,
      text: cut(text),
      truncated: true,
      parseError: `body of ${text.length} characters${sent} not kept: the trace's budget for this channel is spent (the suite's limit, not a fault of the target)`,
    };
  if (deeperThan(text, MAX_DEPTH))
    return {
      ...base,
      text: cut(text),
      truncated: text.length > TEXT_KEEP || undefined,
      parseError: `JSON nested deeper than ${MAX_DEPTH} levels${sent}: kept as text, not read`,
    };
  try {
    return { ...base, json: JSON.parse(text) };
  } catch (e) {
    const claimed = /json/i.test(type) || /^\s*[[{]/.test(text);
    return {
      ...base,
      text: cut(text),
      truncated: text.length > TEXT_KEEP || undefined,
      parseError: claimed
        ? `not valid JSON${sent}: ${(e as Error).message.slice(0, 200)}`
        : `not JSON (content-type ${type || 'none'}${sent})`,
    };
  }
}

/** Whether JSON text nests deeper than `limit` (a scan, so a 200,000-deep body costs no parse). */
export function deeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
