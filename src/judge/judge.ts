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
import { CMP_CHECKS } from './cases/cmp';
import { LEV_CHECKS } from './cases/lev';
import { LIF_CHECKS } from './cases/lif';
import { MSG_CHECKS } from './cases/msg';
import { MSG_AFTER_CHECKS } from './cases/msg-after';
import { MSG_FORM_CHECKS } from './cases/msg-form';
import { NTF_FLOW_CHECKS } from './cases/ntf-flow';
import { NTF_HISTORY_CHECKS } from './cases/ntf-history';
import { NTF_SHAPE_CHECKS } from './cases/ntf-shape';
import { OFF_CHECKS } from './cases/off';
import { REJ_CHECKS } from './cases/rej';
import { RES_CHECKS } from './cases/res';
import { SES_CHECKS } from './cases/ses';
import { SES_ACCESS_CHECKS } from './cases/ses-access';
import { SES_BAYEUX_CHECKS } from './cases/ses-bayeux';
import { SES_CREDENTIAL_CHECKS } from './cases/ses-credentials';
import { SND_CHECKS } from './cases/snd';
import { UD_CHECKS } from './cases/ud';
import { type Check, contextFor } from './lib/framework';
import { onlyMatcher } from './select';

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
  // Part 2 (LIFECYCLE.md): the interaction's life after the offer.
  ...LIF_CHECKS,
  ...REJ_CHECKS,
  ...CMP_CHECKS,
  ...LEV_CHECKS,
  ...SND_CHECKS,
  ...UD_CHECKS,
];

export function checksFor(channel: Channel): Check[] {
  return CHECKS.filter((c) => c.channels === undefined || c.channels.includes(channel));
}

/** The checks of a channel that `--only` selects: a glob over check ids, result ids and requirement ids. */
export function selectedChecks(channel: Channel, only: string | undefined): Check[] {
  const matches = onlyMatcher(only);
  return checksFor(channel).filter((c) => matches(c, channel));
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

/** The one CheckResult builder: identity, level and title come from the check, the rest from the outcome. */
export function checkResult(check: Check, channel: Channel, outcome: Outcome, durationMs = 0): CheckResult {
  return {
    id: `${channel}/${check.id}`,
    check: check.id,
    scenarios: check.scenarios,
    requirements: check.requirements,
    channel,
    level: check.level ?? requirement(check.requirements[0]).level,
    title: check.title,
    durationMs,
    ...outcome,
  };
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
  return checkResult(check, trace.channel, outcome, durationOf(check, trace));
}

/** Every applicable check on one channel's trace (or the given checks); never throws. */
export function judgeChannel(trace: ChannelTrace, checks: Check[] = checksFor(trace.channel)): CheckResult[] {
  return checks.map((check) => judgeCheck(check, trace));
}

/** One `error` result per applicable check of each channel, for channels that could not be judged. */
export function errorResults(channels: Channel[], message: string): CheckResult[] {
  return channels.flatMap((channel) =>
    checksFor(channel).map((check) => checkResult(check, channel, { verdict: 'error', message })),
  );
}
