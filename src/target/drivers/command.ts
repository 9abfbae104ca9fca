/**
 * The `command` driver: runs the user's executable once per call with the request as JSON on stdin
 * ({"call": "discover"|"offer"|"produce"|"view"|"end", ...}) and reads the control API's answer body from
 * stdout. Exit 0 = success, exit 3 = the type cannot be produced (422) or the customer view is not
 * implemented (404/501), anything else = failure.
 */
import { spawn } from 'node:child_process';
import type { ProduceStep, SCENARIO, ScenarioId, ScenarioWith } from '../../model/scenarios';
import { refuseId } from '../paths';
import type { Recorder } from '../recorder';
import type { CustomerDriver, Failure, OfferRequest, ProduceResult, ViewResult } from './types';

export class CommandDriver implements CustomerDriver {
  readonly kind = 'command';

  constructor(private readonly opts: { command: string; recorder: Recorder; timeoutMs: number }) {}

  async discover(scenario: typeof SCENARIO.discovery): Promise<{ channels: string[] } | Failure> {
    const r = await this.run(scenario, { call: 'discover' });
    if ('error' in r) return r;
    const channels = (r.json as { channels?: unknown }).channels;
    return Array.isArray(channels)
      ? { channels: channels.map(String) }
      : { error: 'driver command answered no channels list' };
  }

  async offer(scenario: ScenarioWith<'offer'>, req: OfferRequest): Promise<{ id: string } | Failure> {
    const r = await this.run(scenario, { call: 'offer', ...req });
    if ('error' in r) return r;
    const id = (r.json as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '') return { error: 'driver command answered no interaction id' };
    return refuseId('driver command', id) ?? { id };
  }

  async produce(
    scenario: ScenarioWith<ProduceStep>,
    _step: ProduceStep,
    id: string,
    message: object,
  ): Promise<ProduceResult> {
    const r = await this.run(scenario, { call: 'produce', id, ...message });
    if ('error' in r) return r.code === 3 ? 'unsupported' : r;
    return 'produced';
  }

  async view(scenario: ScenarioWith<'view'>, id: string): Promise<ViewResult> {
    const r = await this.run(scenario, { call: 'view', id });
    if ('error' in r)
      return r.code === 3 ? { unsupported: 'the driver command has no customer view (exit 3)' } : r;
    return { view: r.json };
  }

  async end(scenario: ScenarioWith<'end'>, id: string): Promise<void> {
    await this.run(scenario, { call: 'end', id });
  }

  private run(
    scenario: ScenarioId,
    request: object,
  ): Promise<{ json: unknown } | (Failure & { code?: number })> {
    const { recorder, command, timeoutMs } = this.opts;
    return new Promise((resolve) => {
      const child = spawn(command, { shell: true, stdio: ['pipe', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.stdout.on('data', (d: Buffer) => {
        if (out.length < 1_000_000) out += d;
      });
      child.stderr.on('data', (d: Buffer) => {
        if (err.length < 10_000) err += d;
      });
      child.stdin.on('error', () => {});
      child.on('error', (e) => done({ error: `driver command could not start: ${e.message}` }));
      child.on('close', (code, signal) => {
        if (signal) return done({ error: `driver command killed (${signal}) after ${timeoutMs} ms` });
        if (code !== 0)
          return done({
            error: `driver command exited ${code}: ${err.trim().split('\n')[0] ?? ''}`,
            code: code ?? undefined,
          });
        try {
          done({ json: JSON.parse(out || '{}') });
        } catch {
          done({ error: `driver command printed no JSON: ${out.slice(0, 120)}` });
        }
      });
      child.stdin.end(JSON.stringify(request));
      function done(r: { json: unknown } | (Failure & { code?: number })) {
        clearTimeout(timer);
        recorder.note(
          'customer',
          'error' in r ? 'error' : 'info',
          `driver command ${JSON.stringify(request).slice(0, 160)} -> ${'error' in r ? r.error : JSON.stringify(r.json).slice(0, 160)}`,
          scenario,
        );
        resolve(r);
      }
    });
  }
}
