/** What followed an operation for its interaction: the StatusChange it caused, judged against a state. */
import type { RequirementId } from '../../model/requirements';
import type { LifecycleScenario } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import type { CheckContext } from './framework';
import { isStatusChange, neverArrived, type ReceivedChange, stateChanges } from './notifications';
import { breach, Halt, pass, quote } from './outcome';
import { requireInteraction } from './query';

/** The first StatusChange for the scenario's interaction after `ev`; Halt with a breach when none came. */
export function statusChangeAfter(
  ctx: CheckContext,
  req: RequirementId,
  scenario: LifecycleScenario,
  ev: HttpEvent,
  state: string,
): ReceivedChange {
  const { id } = requireInteraction(ctx, scenario);
  const after = stateChanges(ctx, id).filter((r) => isStatusChange(r) && r.ev.t >= ev.t);
  const wanted = after.find((r) => r.sc.resource.state === state);
  if (wanted) return wanted;
  if (after.length > 0) {
    const r = after[0];
    throw new Halt(
      breach(req, `The StatusChange after ${ev.step} says state ${quote(r.sc.resource.state)}.`, {
        expected: `a StatusChange for ${id} with state ${state}`,
        actual: quote(r.data),
        evidence: [ev.seq, r.ev.seq],
        pointer: `/${r.sc.key}/state`,
      }),
    );
  }
  throw new Halt(
    neverArrived(ctx, req, scenario, `A StatusChange(${state}) for ${id} after ${ev.step}`, ev, state),
  );
}

/** The operation succeeded and the StatusChange to `state` followed. */
export function endedIn(
  ctx: CheckContext,
  req: RequirementId,
  scenario: LifecycleScenario,
  ev: HttpEvent,
  state: string,
): Outcome {
  const r = statusChangeAfter(ctx, req, scenario, ev, state);
  return pass(`${ev.step} answered statusCode 0 and a StatusChange(${state}) followed.`, {
    evidence: [ev.seq, r.ev.seq],
  });
}
