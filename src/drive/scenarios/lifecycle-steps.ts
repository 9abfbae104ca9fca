/**
 * The moves the lifecycle scenarios share: a Chatting interaction, one operation, the waits for
 * what it causes, and the customer-side probes (a customer event, the optional customer view).
 */
import type { OperationName } from '../../model/channels';
import { canonical, fromAgent, isObject, type Json, type StateChange } from '../../model/protocol';
import type { LifecycleScenario, SCENARIO, StepOf } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import { userDataNotifications, userDataSeenBefore } from '../../model/userdata';
import { isFailure } from '../../target/drivers/types';
import { acceptNickname } from './accept-flow';
import type { ScenarioRun } from './context';
import { postOperation } from './spelling';

type WithAccept = Exclude<LifecycleScenario, typeof SCENARIO.reject>;
type WithCustomerProbes = typeof SCENARIO.complete | typeof SCENARIO.leave;

/** Why a scenario whose operation the channel does not document is not run (LIFECYCLE.md's table). */
export function undocumented(row: { name: string; lifecycle: { operations: object } }, op: OperationName) {
  return op in row.lifecycle.operations
    ? undefined
    : `${op} is not documented on ${row.name} (LIFECYCLE.md's operation table has no ✓)`;
}

/** Is the operation documented on this run's channel? A note says so when it is not (it is not run). */
export function documented(run: ScenarioRun<LifecycleScenario>, op: OperationName): boolean {
  const reason = undocumented(run.ctx.row, op);
  if (reason) run.note(`${reason}: not run`);
  return reason === undefined;
}

/** Offers and accepts an interaction; waits for StatusChange(Chatting) when the Accept succeeded. */
export async function chatting(own: ScenarioRun<WithAccept>): Promise<string | undefined> {
  const run: ScenarioRun<WithAccept> = own;
  const id = await run.offer();
  if (!id) return undefined;
  const nickname = acceptNickname(run.ctx.a.user);
  run.facts.nickname = nickname;
  const since = run.ctx.recorder.events.length + 1;
  const ev = await run.accept(run.ctx.a, id, 'accept', { operationName: 'Accept', nickname });
  // Not refused is enough: an Accept answering statusCode "0" still starts the chat (ACC-1 judges it).
  if (mayHaveSucceeded(ev))
    await run.waitState('A', id, isState('Chatting'), 'StatusChange(Chatting)', since);
  return id;
}

/** POSTs an operation (or a probe) on the interaction as agent A, where the target serves it (spelling.ts). */
export function operate<S extends LifecycleScenario>(
  run: ScenarioRun<S>,
  step: StepOf<S>,
  id: string,
  body: Json,
): Promise<HttpEvent> {
  return postOperation(run, step, id, body);
}

/** Not refused: HTTP 200 without a non-zero statusCode. Only then is it worth waiting for what it causes. */
export function mayHaveSucceeded(ev: HttpEvent): boolean {
  const code = isObject(ev.response?.json) ? (ev.response.json as Json).statusCode : undefined;
  return ev.response?.status === 200 && !(typeof code === 'number' && code !== 0);
}

export const isState =
  (state: string) =>
  (c: StateChange): boolean =>
    c.notificationType === 'StatusChange' && c.resource.state === state;

/** An operation, then (when not refused) the state change `ok` for the interaction. */
export async function operateAndWaitState<S extends LifecycleScenario>(
  run: ScenarioRun<S>,
  step: StepOf<S>,
  id: string,
  body: Json,
  ok: (c: StateChange) => boolean,
  what: string,
): Promise<HttpEvent> {
  const since = run.ctx.recorder.events.length + 1;
  const ev = await operate(run, step, id, body);
  if (mayHaveSucceeded(ev)) await run.waitState('A', id, ok, what, since);
  return ev;
}

/** Complete (with `body`'s parameters), then (when not refused) StatusChange(Completed). */
export function completeAndWait<S extends LifecycleScenario>(
  run: ScenarioRun<S>,
  step: StepOf<S>,
  id: string,
  body: Json = { operationName: 'Complete' },
): Promise<HttpEvent> {
  return operateAndWaitState(run, step, id, body, isState('Completed'), 'StatusChange(Completed)');
}

/** An agent-message operation, then (when not refused) the history with a message of `type` from the agent. */
export async function operateAndWaitMessage<S extends LifecycleScenario>(
  run: ScenarioRun<S>,
  step: StepOf<S>,
  id: string,
  body: Json,
  type: string,
): Promise<HttpEvent> {
  const since = run.ctx.recorder.events.length + 1;
  const ev = await operate(run, step, id, body);
  const sent = (m: unknown) => isObject(m) && m.type === type && fromAgent(m);
  if (mayHaveSucceeded(ev))
    await run.waitHistory(
      id,
      (messages) => messages.some(sent),
      `NewMessages with the agent's ${type}`,
      since,
    );
  return ev;
}

/** A user-data operation, then (when not refused) the first notified userData that is new (model/userdata.ts). */
export async function operateAndWaitUserData(
  run: ScenarioRun<typeof SCENARIO.userData>,
  step: StepOf<typeof SCENARIO.userData>,
  id: string,
  body: Json,
): Promise<HttpEvent> {
  const { recorder, row } = run.ctx;
  const since = recorder.events.length + 1;
  const seen = userDataSeenBefore(userDataNotifications(recorder.events, row, id), recorder.now());
  const ev = await operate(run, step, id, body);
  if (mayHaveSucceeded(ev))
    await run.waitState(
      'A',
      id,
      (c) => isObject(c.resource.userData) && !seen.has(canonical(c.resource.userData)),
      `the userData notified after ${body.operationName}`,
      since,
    );
  return ev;
}

/** The customer writes after the session ended (CMP-2, LEV-2: the control API must answer 409). */
export async function customerEvent(run: ScenarioRun<WithCustomerProbes>, id: string): Promise<void> {
  const message = { type: 'Text', text: 'Are you still there? (conformance)' } as const;
  const seq = run.ctx.recorder.events.length + 1;
  const t = run.ctx.recorder.now();
  const result = await run.ctx.driver.produce(run.id, 'produce:Text', id, message);
  run.facts.customerEvent = {
    ...message,
    t,
    seq,
    status: result === 'produced' || result === 'unsupported' ? result : 'refused',
    ...(isFailure(result) ? { answer: result.error } : {}),
  };
}

/** What the customer sees (the optional customer view); `unsupported` when the call is not implemented. */
export async function customerView(
  run: ScenarioRun<WithCustomerProbes | typeof SCENARIO.completeText | typeof SCENARIO.agentMessages>,
  id: string,
): Promise<void> {
  const t = run.ctx.recorder.now();
  const seq = run.ctx.recorder.events.length + 1;
  const r = await run.ctx.driver.view(run.id, id);
  run.facts.view =
    'view' in r
      ? { status: 'seen', view: r.view, t, seq }
      : 'unsupported' in r
        ? { status: 'unsupported', reason: r.unsupported, t, seq }
        : { status: 'failed', reason: r.error, t, seq };
}
