/**
 * The one rule for a channel's discovery: a discovery that failed means the suite could not drive
 * the customer side (nothing of the channel can be judged: `error`); a channel it does not list is
 * not offered (`skip`). The engine, the judge and the runner all ask this function.
 */
import type { Channel } from './channels';
import type { ScenarioRecord } from './trace';

export type ChannelAvailability =
  | { status: 'available' }
  | { status: 'undrivable' | 'not-offered'; reason: string };

/** `discovery` is the channel's discovery record; none recorded (a hand-made trace) means available. */
export function channelAvailability(
  discovery: ScenarioRecord | undefined,
  channel: Channel,
): ChannelAvailability {
  if (discovery === undefined) return { status: 'available' };
  if (discovery.status !== 'done') {
    const why = discovery.reason ?? 'the control API could not be reached';
    return { status: 'undrivable', reason: `discovery failed: ${why}` };
  }
  const offered = discovery.facts.channels;
  if (!Array.isArray(offered) || offered.includes(channel)) return { status: 'available' };
  return {
    status: 'not-offered',
    reason: `the target does not offer ${channel} (control API discovery: ${offered.join(', ') || 'no channels'})`,
  };
}
