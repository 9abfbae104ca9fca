/**
 * Maps a state-change notification that uses documentation variants (a seed page's resource key or
 * messageType) to the reconciled form the schemas state, with the variant table of src/channels.ts.
 */
import type { ChannelRow } from '../../src/model/channels';
import { type Json, type StateChange, stateChangeOf } from '../../src/model/protocol';

export interface Reconciled {
  reading: StateChange;
  data: Json;
}

/** undefined when stateChangeOf does not read `data` as a state change of this channel. */
export function reconcileStateChange(data: Json, row: ChannelRow): Reconciled | undefined {
  const reading = stateChangeOf(data, row);
  if (!reading) return undefined;
  const reconciled: Json = { ...data };
  for (const variant of reading.variants) {
    if (variant.field === 'resourceKey') {
      delete reconciled[variant.value];
      reconciled[variant.reconciled] = reading.resource;
    } else if (variant.field === 'messageType') {
      reconciled.messageType = variant.reconciled;
    }
  }
  return { reading, data: reconciled };
}
