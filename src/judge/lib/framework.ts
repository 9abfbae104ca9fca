/**
 * The judge: a check is a pure function from one channel's trace to an outcome. Checks never touch
 * the network and never sleep; the verdict of a breach comes from the requirement's level.
 */
import { type Channel, type ChannelRow, channelRow } from '../../model/channels';
import type { Level, RequirementId } from '../../model/requirements';
import type { ScenarioId } from '../../model/scenarios';
import type { ChannelTrace } from '../../model/trace';
import type { Outcome } from '../../model/verdict';

export interface Check {
  /** Stable id without the channel, e.g. `accept/notification-order`; reported as `chat/accept/notification-order`. */
  id: string;
  /** The requirements it judges; the first one's level is the check's level. */
  requirements: RequirementId[];
  /** The requirement in one sentence. */
  title: string;
  /** Scenarios whose events show the finding (the report draws their timeline). */
  scenarios: ScenarioId[];
  /** Channels it applies to; all when absent. */
  channels?: Channel[];
  /**
   * The level it judges at when that differs from the first requirement's (ACC-3 on facebook is
   * INFO per REQUIREMENTS.md); the first requirement's level when absent.
   */
  level?: Level;
  judge(ctx: CheckContext): Outcome;
}

/** What a check gets: the channel's row of the channel table and its trace. */
export interface CheckContext {
  channel: ChannelRow;
  trace: ChannelTrace;
}

export function contextFor(trace: ChannelTrace): CheckContext {
  return { channel: channelRow(trace.channel), trace };
}
