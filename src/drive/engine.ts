/**
 * Drives one channel: discovery, log-ins, then every interaction scenario concurrently, then one
 * quiet window for late notifications. Returns the channel's trace; never throws, never hangs.
 */
import { randomBytes } from 'node:crypto';
import { channelAvailability } from '../model/availability';
import { type Channel, channelRow } from '../model/channels';
import type { RunConfig } from '../model/config';
import { SCENARIO } from '../model/scenarios';
import type { ChannelTrace, ScenarioRecord } from '../model/trace';
import { CommandDriver } from '../target/drivers/command';
import { ControlDriver } from '../target/drivers/control';
import { ManualDriver, type PromptQueue } from '../target/drivers/manual';
import { type CustomerDriver, isFailure } from '../target/drivers/types';
import { NoCookieJar } from '../target/no-cookies';
import { Recorder } from '../target/recorder';
import { RestClient } from '../target/rest';
import { Clock } from './clock';
import { INTERACTION_PHASE, LOGIN_PHASE, plan, type ScenarioPlan } from './scenarios';
import { type Agent, type RunContext, ScenarioError, ScenarioRun } from './scenarios/context';

export interface DriveOptions {
  config: RunConfig;
  /** The resolved target URL (the embedded server's when no --target). */
  target: string;
  channel: Channel;
  secrets: string[];
  /** Where the manual driver tells a person what to do. */
  say?: (line: string) => void;
  /** The manual driver's one queue of prompts for the whole run (every channel shares it). */
  prompts?: PromptQueue;
  /** Called as each scenario ends. */
  onScenario?: (done: number, total: number) => void;
}

export async function driveChannel(o: DriveOptions): Promise<ChannelTrace> {
  const { config, target, channel } = o;
  const recorder = new Recorder(o.secrets);
  const timeoutMs = config.timeoutMs;
  const rest = (actor: 'A' | 'B' | 'anon' | 'intruder', user?: string, password?: string) =>
    new RestClient({
      // Without credentials means no cookie either: the anonymous and intruder clients keep none.
      jar: actor === 'anon' || actor === 'intruder' ? new NoCookieJar() : undefined,
      base: target,
      actor,
      recorder,
      timeoutMs,
      insecure: config.insecure,
      credentials: user && password !== undefined ? { user, password } : undefined,
    });
  const a: Agent = { user: config.user!, rest: rest('A', config.user, config.password) };
  const b: Agent | undefined = config.user2
    ? { user: config.user2, rest: rest('B', config.user2, config.password2) }
    : undefined;
  const driver = makeDriver(o, recorder);
  // The manual driver's waits for a person are its own (two minutes a prompt): the phase cap skips them.
  const clock = new Clock(recorder, timeoutMs, { personMs: () => driver.personMs?.() ?? 0 });
  const ctx: RunContext = {
    row: channelRow(channel),
    collection: channelRow(channel).collection,
    operationCollections: {},
    recorder,
    driver,
    a,
    b,
    anon: rest('anon'),
    intruder: rest('intruder', config.user, `wrong-${randomBytes(6).toString('hex')}`),
    clock,
    insecure: config.insecure,
    base: target,
    clients: [],
  };
  const records: ScenarioRecord[] = [];
  const total = 1 + LOGIN_PHASE.length + INTERACTION_PHASE.length;
  const play = async (plan: ScenarioPlan, blocked?: Blocked) => {
    await runScenario(ctx, plan, records, blocked);
    o.onScenario?.(records.filter((r) => r.endedAt >= 0).length, total);
  };

  await play(plan(SCENARIO.discovery, discover));
  const availability = channelAvailability(records[0], channel);
  const notOffered: Blocked | undefined =
    availability.status === 'available'
      ? undefined
      : { status: availability.status === 'undrivable' ? 'error' : 'skipped', reason: availability.reason };
  await Promise.all(LOGIN_PHASE.map((p) => play(p, notOffered)));
  const interactions = Promise.all(INTERACTION_PHASE.map((p) => play(p, notOffered)));
  if (!(await clock.cap(interactions))) {
    const cap = clock.phaseCapMs;
    recorder.note(
      'A',
      'error',
      `the channel's scenarios did not finish within ${cap} ms; judging what was recorded`,
    );
    recorder.cancelWaits();
    for (const r of records)
      if (r.endedAt < 0)
        Object.assign(r, {
          status: 'error',
          reason: `did not finish within ${cap} ms`,
          endedAt: recorder.now(),
        });
  }
  await clock.settle();
  await Promise.all(ctx.clients.map((c) => c.close()));
  recorder.cancelWaits();
  return {
    channel,
    users: { A: a.user, B: b?.user, intruder: a.user },
    timeoutMs,
    quietMs: clock.quietMs,
    scenarios: records,
    events: recorder.events.slice(),
  };
}

async function discover(run: ScenarioRun<typeof SCENARIO.discovery>): Promise<void> {
  const answer = await run.ctx.driver.discover(run.id);
  if (isFailure(answer)) throw new ScenarioError(answer.error);
  run.facts.channels = answer.channels;
}

/** Why a scenario is not played: skipped (a precondition is missing) or error (the suite could not drive it). */
type Blocked = { status: 'skipped' | 'error'; reason: string };

async function runScenario(
  ctx: RunContext,
  plan: ScenarioPlan,
  records: ScenarioRecord[],
  blocked?: Blocked,
): Promise<void> {
  const run = new ScenarioRun(ctx, plan.id);
  const record: ScenarioRecord = {
    id: plan.id,
    status: 'done',
    startedAt: ctx.recorder.now(),
    endedAt: -1,
    facts: run.facts,
  };
  records.push(record);
  if (blocked) {
    Object.assign(record, { ...blocked, endedAt: record.startedAt });
    return;
  }
  const reason = plan.skip?.(ctx);
  if (reason !== undefined) {
    Object.assign(record, { status: 'skipped', reason, endedAt: record.startedAt });
    return;
  }
  // Can throw: a scenario throws ScenarioError when the customer side fails (the checks say error),
  // and anything else is a suite bug, recorded as an error instead of crashing the run.
  try {
    await plan.play(run);
  } catch (e) {
    record.status = 'error';
    record.reason = e instanceof ScenarioError ? e.message : `internal error: ${(e as Error).stack ?? e}`;
    ctx.recorder.note('A', 'error', `${plan.id}: ${record.reason}`, plan.id);
  }
  if (record.endedAt < 0) record.endedAt = ctx.recorder.now();
}

function makeDriver(o: DriveOptions, recorder: Recorder): CustomerDriver {
  const { config, target } = o;
  if (config.driver === 'command')
    return new CommandDriver({ command: config.driverCommand!, recorder, timeoutMs: config.timeoutMs });
  if (config.driver === 'manual')
    return new ManualDriver({
      row: channelRow(o.channel),
      recorder,
      say: o.say ?? ((l) => process.stderr.write(`${l}\n`)),
      prompts: o.prompts,
    });
  return new ControlDriver({
    base: config.control ?? target,
    token: config.controlToken,
    recorder,
    timeoutMs: config.timeoutMs,
    insecure: config.insecure,
  });
}
