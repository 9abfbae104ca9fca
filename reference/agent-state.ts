/**
 * The agents' contact-center sessions: the media channels each agent is logged in on and its state
 * there. StartContactCenterSession logs channels in (NotReady), Ready / NotReady change them (on
 * /me: every logged-in channel, or those named; on /me/channels/{name}: that one), and
 * EndContactCenterSession logs them all out: Ready and NotReady then need a new
 * StartContactCenterSession. GET /api/v2/me?subresources= shows the states. Offers do not depend on
 * them: the control API offers to an agent whatever its state (CONTROL-API.md).
 */
import { CHANNEL_TABLE, CHANNELS, type ChannelRow } from '../src/model/channels';
import type { Decision } from './hooks';
import { fail } from './operations';

export type AgentState = 'Ready' | 'NotReady';

export type AgentChange =
  | { op: 'start'; channels: string[] }
  | { op: 'end' }
  | { op: 'state'; state: AgentState; channels: string[] };

/** The media channels the reference serves, in the channel table's order. */
const MEDIA = CHANNELS.map((c) => CHANNEL_TABLE[c].mediaChannel);

/** The `userState` of a channel, as the captured answers of a real GWS show it (ids are GUIDs there). */
export const USER_STATES: Record<AgentState, { id: string; displayName: string; state: AgentState }> = {
  Ready: { id: '9430250E-0A1B-421F-B372-F29E69366DED', displayName: 'Ready', state: 'Ready' },
  NotReady: { id: 'A7E2C0F1-5B3D-4E8A-9C61-2D4F0B7E1A35', displayName: 'Not Ready', state: 'NotReady' },
};

export class AgentStates {
  private readonly byAgent = new Map<string, Map<string, AgentState>>();

  /** The agent's logged-in channels and their states, in the channel table's order. */
  of(user: string): { channel: string; state: AgentState }[] {
    const states = this.byAgent.get(user);
    return MEDIA.filter((c) => states?.has(c)).map((channel) => ({ channel, state: states!.get(channel)! }));
  }

  loggedIn(user: string, channel: string): boolean {
    return this.byAgent.get(user)?.has(channel) ?? false;
  }

  apply(user: string, change: AgentChange): void {
    let states = this.byAgent.get(user);
    if (change.op === 'end') {
      this.byAgent.delete(user);
      return;
    }
    if (!states) {
      states = new Map();
      this.byAgent.set(user, states);
    }
    for (const channel of change.channels) {
      // A second StartContactCenterSession (another tab, another channel) keeps the states it finds.
      if (change.op === 'start') states.set(channel, states.get(channel) ?? 'NotReady');
      else states.set(channel, change.state);
    }
  }
}

const isState = (op: unknown): op is AgentState => op === 'Ready' || op === 'NotReady';

/** POST /api/v2/me, body already read: StartContactCenterSession, EndContactCenterSession, Ready, NotReady. */
export function meChange(body: Record<string, unknown>, states: AgentStates, user: string): Decision {
  const op = body.operationName;
  const channels = body.channels;
  if (op !== 'StartContactCenterSession' && op !== 'EndContactCenterSession' && !isState(op)) {
    return fail(2, 'unknown-operation', `Operation ${String(op)} is not supported on /me`);
  }
  if (channels !== undefined && !(Array.isArray(channels) && channels.every((c) => typeof c === 'string'))) {
    return fail(1, 'bad-member', 'channels must be an array of strings');
  }
  const named = channels as string[] | undefined;
  if (op === 'StartContactCenterSession') {
    // Channels the reference does not serve (voice, twitter, ...) are left out, not refused.
    const known = named === undefined ? MEDIA : MEDIA.filter((c) => named.includes(c));
    if (known.length === 0) return fail(1, 'bad-member', `channels names none of ${MEDIA.join(', ')}`);
    return { kind: 'agent', change: { op: 'start', channels: known } };
  }
  const loggedIn = states.of(user).map((s) => s.channel);
  if (loggedIn.length === 0) {
    return fail(2, 'wrong-state', 'No contact center session: StartContactCenterSession first');
  }
  if (op === 'EndContactCenterSession') return { kind: 'agent', change: { op: 'end' } };
  const targets = named ?? loggedIn;
  const out = targets.find((c) => !loggedIn.includes(c));
  if (out !== undefined) return fail(2, 'wrong-state', `Channel ${out} is not logged in`);
  return { kind: 'agent', change: { op: 'state', state: op, channels: targets } };
}

/** POST /api/v2/me/channels/{name}, body already read, on a known media channel (or undefined). */
export function channelChange(
  body: Record<string, unknown>,
  row: ChannelRow | undefined,
  states: AgentStates,
  user: string,
): Decision {
  if (!row) return fail(6, 'unknown-channel', 'No such channel');
  const op = body.operationName;
  if (!isState(op)) {
    return fail(2, 'unknown-operation', `Operation ${String(op)} is not supported on a channel`);
  }
  if (!states.loggedIn(user, row.mediaChannel)) {
    return fail(
      2,
      'wrong-state',
      `Channel ${row.mediaChannel} is not logged in: StartContactCenterSession first`,
    );
  }
  return { kind: 'agent', change: { op: 'state', state: op, channels: [row.mediaChannel] } };
}
