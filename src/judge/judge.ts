/**
 * The judge: every check, which apply to a channel, and one CheckResult per applicable check.
 * Judging never throws: a check that throws is reported as `error` with the exception's message.
 */
import type { Channel } from '../model/channels';
import { requirement } from '../model/requirements';
import type { ChannelTrace } from '../model/trace';
import type { CheckResult, Outcome } from '../model/verdict';
import { ACC_CHECKS } from './cases/acc';
import { ACC_REFUSAL_CHECKS } from './cases/acc-refusals';
import { MSG_CHECKS } from './cases/msg';
import { MSG_AFTER_CHECKS } from './cases/msg-after';
import { MSG_FORM_CHECKS } from './cases/msg-form';
import { NTF_FLOW_CHECKS } from './cases/ntf-flow';
import { NTF_HISTORY_CHECKS } from './cases/ntf-history';
import { NTF_SHAPE_CHECKS } from './cases/ntf-shape';
import { OFF_CHECKS } from './cases/off';
import { RES_CHECKS } from './cases/res';
import { SES_CHECKS } from './cases/ses';
import { SES_ACCESS_CHECKS } from './cases/ses-access';
import { SES_BAYEUX_CHECKS } from './cases/ses-bayeux';
import { SES_CREDENTIAL_CHECKS } from './cases/ses-credentials';
import { type Check, contextFor } from './lib/framework';

export type { Check, CheckContext } from './lib/framework';

export const CHECKS: Check[] = [
  ...SES_CHECKS,
  ...SES_BAYEUX_CHECKS,
  ...SES_CREDENTIAL_CHECKS,
  ...SES_ACCESS_CHECKS,
  ...OFF_CHECKS,
  ...ACC_CHECKS,
  ...ACC_REFUSAL_CHECKS,
  ...NTF_FLOW_CHECKS,
  ...NTF_SHAPE_CHECKS,
  ...NTF_HISTORY_CHECKS,
  ...RES_CHECKS,
  ...MSG_CHECKS,
  ...MSG_AFTER_CHECKS,
  ...MSG_FORM_CHECKS,
];

export function checksFor(channel: Channel): Check[] {
  return CHECKS.filter((c) => c.channels === undefined || c.channels.includes(channel));
}

/** Summed duration of the check's scenarios in this trace. */
function durationOf(check: Check, trace: ChannelTrace): number {
  let ms = 0;
  for (const id of check.scenarios) {
    const rec = trace.scenarios?.find((s) => s.id === id);
    const d = rec ? rec.endedAt - rec.startedAt : 0;
    if (Number.isFinite(d) && d > 0) ms += d;
  }
  return ms;
}

/** One check on one channel's trace; never throws. */
export function judgeCheck(check: Check, trace: ChannelTrace): CheckResult {
  let outcome: Outcome;
  try {
    outcome = check.judge(contextFor(trace));
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    outcome = { verdict: 'error', message: `The check itself failed: ${why}` };
  }
  let durationMs = 0;
  try {
    durationMs = durationOf(check, trace);
  } catch {
    durationMs = 0;
  }
  return {
    id: `${trace.channel}/${check.id}`,
    requirements: check.requirements,
    channel: trace.channel,
    level: check.level ?? requirement(check.requirements[0]).level,
    title: check.title,
    durationMs,
    ...outcome,
  };
}

/** Every applicable check on one channel's trace (or the given checks); never throws. */
export function judgeChannel(trace: ChannelTrace, checks?: Check[]): CheckResult[] {
  let list: Check[];
  try {
    list = checks ?? checksFor(trace.channel);
  } catch {
    list = CHECKS;
  }
  return list.map((check) => judgeCheck(check, trace));
}
