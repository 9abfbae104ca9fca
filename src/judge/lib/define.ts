/**
 * Turns a check body into a Check that applies the precondition rules every check shares: a failed
 * discovery is `error`, a channel the control API does not offer is `skip`; a look-up that halts
 * gives its outcome.
 */
import { channelAvailability } from '../../model/availability';
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import type { Check, CheckContext } from './framework';
import { error, Halt, skip } from './outcome';
import { scenarioRecord } from './query';

/** `error` when discovery failed, `skip` when the channel is not offered (src/model/availability.ts). */
function channelPrecondition(ctx: CheckContext): Outcome | undefined {
  const a = channelAvailability(scenarioRecord(ctx, SCENARIO.discovery), ctx.trace.channel);
  if (a.status === 'available') return undefined;
  return a.status === 'undrivable' ? error(a.reason) : skip(a.reason);
}

export function defineCheck(check: Check): Check {
  return {
    ...check,
    judge(ctx: CheckContext): Outcome {
      const pre = channelPrecondition(ctx);
      if (pre !== undefined) return pre;
      try {
        return check.judge(ctx);
      } catch (e) {
        if (e instanceof Halt) return e.outcome;
        throw e;
      }
    },
  };
}
