/**
 * Turns a check body into a Check that applies the precondition rules every check shares: a failed
 * discovery is `error`, a channel the control API does not offer is `skip`; a look-up that halts
 * gives its outcome.
 */
import { SCENARIO } from '../../model/scenarios';
import type { Outcome } from '../../model/verdict';
import type { Check, CheckContext } from './framework';
import { error, Halt, skip } from './outcome';
import { scenarioRecord } from './query';

/**
 * `error` when discovery failed (the suite could not drive the customer side, so no check of the
 * channel can be judged); `skip` when it shows the channel is not offered.
 */
export function channelPrecondition(ctx: CheckContext): Outcome | undefined {
  const rec = scenarioRecord(ctx, SCENARIO.discovery);
  if (rec?.status === 'error')
    return error(`${rec.id}: ${rec.reason ?? 'the control API could not be reached'}`);
  const offered = rec?.facts.channels;
  if (rec?.status !== 'done' || !Array.isArray(offered) || offered.includes(ctx.trace.channel))
    return undefined;
  return skip(
    `the control API does not offer ${ctx.trace.channel} (discovery: ${offered.join(', ') || 'no channels'})`,
  );
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
