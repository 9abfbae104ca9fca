/**
 * Look-ups the lifecycle checks share (LIFECYCLE.md): whether an operation is documented on the
 * channel, the operation steps of the lifecycle scenarios, their answers, what followed them, and
 * the customer view a scenario asked for.
 */
import { isOperationName, type OperationName } from '../../model/channels';
import { fromAgent, isObject, type Json } from '../../model/protocol';
import type { RequirementId } from '../../model/requirements';
import { LIFECYCLE_SCENARIOS, type LifecycleScenario, type StepOf } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { CheckContext } from './framework';
import { type Delivered, delivered } from './notifications';
import { breach, error, Halt, skip } from './outcome';
import {
  answerText,
  bodyOf,
  httpSteps,
  label,
  requireInteraction,
  requireScenario,
  requireStep,
} from './query';
import { servedAttempt } from './spelling';

/** Halt(skip) when LIFECYCLE.md's table does not document `op` on this channel. */
export function requireOperation(ctx: CheckContext, op: OperationName): void {
  if (ctx.channel.lifecycle.operations[op] === undefined)
    throw new Halt(
      skip(`${op} is not documented on ${ctx.channel.name} (LIFECYCLE.md's operation table has no ✓)`),
    );
}

/**
 * The exchange of an operation step the target served (after a "not found", the drive's retry on
 * the page's spelling: spelling.ts), after checking that the channel documents the operation.
 */
export function requireOperationStep<S extends LifecycleScenario>(
  ctx: CheckContext,
  scenario: S,
  op: OperationName & StepOf<S>,
): HttpEvent {
  requireOperation(ctx, op);
  requireStep(ctx, scenario, op);
  return servedAttempt(httpSteps(ctx, scenario, op))!;
}

/** HTTP 200 with the integer statusCode 0. */
export function succeededOp(ev: HttpEvent): boolean {
  return ev.response?.status === 200 && isObject(ev.response.json) && ev.response.json.statusCode === 0;
}

/** The operation's own requirement names statusCode 0: breach of `req` unless it succeeded. */
export function requireSuccess(req: RequirementId, ev: HttpEvent): void {
  if (succeededOp(ev)) return;
  bodyOf(ev, req);
  throw new Halt(
    breach(req, `${label(ev)} did not succeed.`, {
      expected: 'HTTP 200 {"statusCode":0}',
      actual: answerText(ev),
      evidence: [ev.seq],
      pointer: '/statusCode',
    }),
  );
}

/** LIF-1 judges the answer of an operation whose requirement does not name it: skip here when it failed. */
export function requireSucceeded(ev: HttpEvent): void {
  if (!succeededOp(ev))
    throw new Halt(skip(`${label(ev)} did not succeed (${answerText(ev)}); see lifecycle/success (LIF-1).`));
}

/**
 * Every operation step (named after its operation, not a probe) of the lifecycle scenarios, in
 * order: of a step sent twice (the drive's retry on a page's spelling), the exchange served.
 */
export function operationSteps(ctx: CheckContext): { ev: HttpEvent; op: OperationName }[] {
  const out: { ev: HttpEvent; op: OperationName }[] = [];
  for (const s of LIFECYCLE_SCENARIOS) {
    const byStep = new Map<OperationName, HttpEvent[]>();
    for (const ev of httpSteps(ctx, s))
      if (isOperationName(ev.step)) byStep.set(ev.step, [...(byStep.get(ev.step) ?? []), ev]);
    for (const [op, attempts] of byStep) out.push({ ev: servedAttempt(attempts)!, op });
  }
  return out.sort((a, b) => a.ev.seq - b.ev.seq);
}

/** The messages delivered for a scenario's interaction from time `t` on (by notification). */
export function deliveredSince(ctx: CheckContext, scenario: LifecycleScenario, t: number): Delivered[] {
  const { id, customer } = requireInteraction(ctx, scenario);
  return delivered(ctx, id, customer).filter((d) => d.ev.t >= t);
}

export { fromAgent };

export interface CustomerView {
  state: unknown;
  transcript: Json[];
  t: number;
}

/** The customer view a scenario read: skip when the call is not implemented, error when it failed. */
export function requireView(ctx: CheckContext, scenario: LifecycleScenario): CustomerView {
  const rec = requireScenario(ctx, scenario);
  const fact = rec.facts.view;
  if (fact === undefined) throw new Halt(skip(`scenario ${scenario} did not reach its customer-view step`));
  if (fact.status === 'unsupported')
    throw new Halt(
      skip(`the customer view GET /conformance/v1/interactions/{id} is not available: ${fact.reason}`),
    );
  if (fact.status === 'failed')
    throw new Halt(error(`the customer view GET /conformance/v1/interactions/{id} failed: ${fact.reason}`));
  const view = isObject(fact.view) ? fact.view : {};
  const transcript = Array.isArray(view.transcript) ? view.transcript.filter(isObject) : [];
  return { state: view.state, transcript, t: fact.t };
}

export interface CustomerEventAnswer {
  /** The HTTP status of the control call, when the driver made one. */
  status?: number;
  produced: boolean;
  text: string;
  evidence: number[];
}

/** How the customer event after Complete or Leave was answered (HTTP status with the control driver). */
export function customerEventAnswer(
  ctx: CheckContext,
  scenario: 'lifecycle-complete' | 'lifecycle-leave',
): CustomerEventAnswer {
  const rec = requireScenario(ctx, scenario);
  const fact = rec.facts.customerEvent;
  if (fact === undefined) throw new Halt(skip(`scenario ${scenario} did not reach its customer event`));
  if (fact.status === 'unsupported')
    throw new Halt(skip('the customer side cannot produce a Text (the driver answered unsupported)'));
  const ev = httpSteps(ctx, scenario, 'produce:Text').pop();
  if (ev?.response)
    return {
      status: ev.response.status,
      produced: fact.status === 'produced',
      text: `${label(ev)} answered ${answerText(ev)}`,
      evidence: [ev.seq],
    };
  return {
    produced: fact.status === 'produced',
    text:
      fact.status === 'produced' ? 'the driver produced it' : `the driver refused it: ${fact.answer ?? ''}`,
    evidence: [],
  };
}
