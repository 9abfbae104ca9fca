/** The `control` driver: the HTTP contract of CONTROL-API.md, every call recorded as actor `customer`. */

import type { ProduceStep, SCENARIO, ScenarioWith } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import { controlPaths, refuseId } from '../paths';
import type { Recorder } from '../recorder';
import { RestClient } from '../rest';
import type { CustomerDriver, Failure, OfferRequest, ProduceResult, ViewResult } from './types';

export class ControlDriver implements CustomerDriver {
  readonly kind = 'control';
  private readonly rest: RestClient;
  private readonly headers: Record<string, string>;

  constructor(opts: {
    base: string;
    token?: string;
    recorder: Recorder;
    timeoutMs: number;
    insecure?: boolean;
  }) {
    this.rest = new RestClient({
      base: `${opts.base}/conformance/v1`,
      actor: 'customer',
      recorder: opts.recorder,
      timeoutMs: opts.timeoutMs,
      insecure: opts.insecure,
    });
    this.headers = opts.token ? { authorization: `Bearer ${opts.token}` } : {};
    opts.recorder.addSecrets([opts.token]);
  }

  async discover(scenario: typeof SCENARIO.discovery): Promise<{ channels: string[] } | Failure> {
    const ev = await this.rest.get(scenario, 'discover', '', { headers: this.headers });
    const body = answer(ev, 200);
    if ('error' in body) return body;
    const channels = (body.json as { channels?: unknown }).channels;
    return Array.isArray(channels)
      ? { channels: channels.map(String) }
      : { error: 'control API discovery answered no channels list' };
  }

  async offer(scenario: ScenarioWith<'offer'>, req: OfferRequest): Promise<{ id: string } | Failure> {
    const ev = await this.rest.post(scenario, 'offer', controlPaths.interactions, {
      json: req,
      headers: this.headers,
    });
    const body = answer(ev, 201);
    if ('error' in body) return body;
    const id = (body.json as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '') return { error: 'control API answered no interaction id' };
    return refuseId('control API', id) ?? { id };
  }

  async produce(
    scenario: ScenarioWith<ProduceStep>,
    step: ProduceStep,
    id: string,
    message: { type: string },
  ): Promise<ProduceResult> {
    const ev = await this.rest.post(scenario, step, controlPaths.messages(id), {
      json: message,
      headers: this.headers,
    });
    if (ev.response?.status === 422) return 'unsupported';
    const body = answer(ev, 200);
    return 'error' in body ? body : 'produced';
  }

  async view(scenario: ScenarioWith<'view'>, id: string): Promise<ViewResult> {
    const ev = await this.rest.get(scenario, 'view', controlPaths.interaction(id), { headers: this.headers });
    const status = ev.response?.status;
    if (status === 404 || status === 501)
      return {
        unsupported: `GET /conformance/v1/interactions/{id} answered HTTP ${status} (not implemented)`,
      };
    const body = answer(ev, 200);
    return 'error' in body ? body : { view: body.json };
  }

  async end(scenario: ScenarioWith<'end'>, id: string): Promise<void> {
    await this.rest.call(scenario, 'end', 'DELETE', controlPaths.interaction(id), {
      headers: this.headers,
    });
  }
}

/** The JSON body of an expected answer, or why there is none. */
function answer(ev: HttpEvent, status: number): { json: object } | Failure {
  const where = `control API ${ev.request.method} ${ev.request.url || '/'}`;
  if (ev.error) return { error: `${where}: ${ev.error}` };
  const res = ev.response!;
  const json = res.json;
  if (res.status !== status) {
    const why =
      json && typeof json === 'object' && 'error' in json
        ? String((json as { error: unknown }).error)
        : (res.text ?? '').slice(0, 120);
    const hint = res.status === 401 ? ' (does it need --control-token?)' : '';
    return { error: `${where} answered HTTP ${res.status}${hint}: ${why}` };
  }
  if (typeof json !== 'object' || json === null) return { error: `${where} answered no JSON object` };
  return { json };
}
