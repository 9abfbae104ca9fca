/**
 * The catalogue of named faults and allowed variations.
 *
 * A fault makes the reference server break one requirement on purpose, so the suite's own tests
 * can show that each check can fail. A variation is behaviour the documentation allows; a correct
 * suite must still pass against it. Each entry is a name, the requirements concerned, and the hooks
 * (reference/hooks.ts) where the behaviour lives. Enable with `name` (all channels) or
 * `name@channel`.
 */
import { CHANNELS, type Channel, isChannel } from '../src/model/channels';
import type { FaultEntry, VariationEntry } from './fault-kit';
import { API_FAULTS } from './faults-api';
import { FLOW_FAULTS } from './faults-flow';
import { LIFECYCLE_FAULTS } from './faults-lifecycle';
import { ACCEPT_VARIATIONS } from './variations';
import { LIFECYCLE_VARIATIONS } from './variations-lifecycle';

export type { FaultEntry, VariationEntry } from './fault-kit';

export const FAULTS: FaultEntry[] = [...FLOW_FAULTS, ...API_FAULTS, ...LIFECYCLE_FAULTS];
export const VARIATIONS: VariationEntry[] = [...ACCEPT_VARIATIONS, ...LIFECYCLE_VARIATIONS];

/** One enabled entry: a fault or variation, on one channel or on all (`channel` undefined). */
export interface Enabled {
  entry: FaultEntry | VariationEntry;
  channel?: Channel;
}

/**
 * Reads `name` / `name@channel` specs against a catalogue; throws one clear error naming every
 * unknown entry and the known names.
 */
export function parseSpecs(
  specs: readonly string[],
  catalogue: readonly (FaultEntry | VariationEntry)[],
  what: 'fault' | 'variation',
): Enabled[] {
  const byName = new Map(catalogue.map((e) => [e.name, e]));
  const enabled: Enabled[] = [];
  const problems: string[] = [];
  for (const spec of specs) {
    const [name, channel, ...rest] = String(spec).trim().split('@');
    const entry = byName.get(name ?? '');
    if (!entry) problems.push(`unknown ${what} "${name}"`);
    else if (rest.length > 0 || (channel !== undefined && !isChannel(channel))) {
      problems.push(`bad channel in ${what} "${spec}" (use ${CHANNELS.join(', ')})`);
    } else enabled.push({ entry, channel: channel as Channel | undefined });
  }
  if (problems.length > 0) {
    const known = catalogue.map((e) => e.name).join(', ');
    throw new Error(`${problems.join('; ')}. Known ${what}s: ${known}`);
  }
  return enabled;
}
