/**
 * LIFECYCLE.md's reading of "notified userData" (UD-1 to UD-5): the first `userData` notified for
 * the interaction after the request that differs from the one notified before it; a stale
 * `PropertiesUpdated` in between is an extra notification, not the answer. Stale is read as "repeats
 * a userData already notified before the request" (not only the last one: a target may notify
 * other data around the Accept and then repeat an older one). The scenarios wait with this reading
 * and the checks judge with it, so both see the same notification.
 */
import type { ChannelRow } from './channels';
import {
  canonical,
  isObject,
  type Json,
  notificationData,
  type StateChange,
  stateChangeOf,
} from './protocol';
import type { BayeuxEvent, TraceEvent } from './trace';

export interface NotifiedUserData {
  ev: BayeuxEvent;
  change: StateChange;
  userData: Json;
}

/** Every state change for `id` received by agent A that carries a `userData` object, in order. */
export function userDataNotifications(events: TraceEvent[], row: ChannelRow, id: string): NotifiedUserData[] {
  const out: NotifiedUserData[] = [];
  for (const ev of events) {
    const data = ev.actor === 'A' ? notificationData(ev) : undefined;
    const change = data && stateChangeOf(data, row);
    if (change && change.id === id && isObject(change.resource.userData))
      out.push({ ev: ev as BayeuxEvent, change, userData: change.resource.userData });
  }
  return out;
}

/** The userData notified last before time `t` (an interaction with none notified yet has `{}`). */
export function userDataBefore(notified: NotifiedUserData[], t: number): Json {
  return notified.filter((n) => n.ev.t < t).pop()?.userData ?? {};
}

/** Every userData notified before time `t` (with `{}`, the data of an interaction before any), as canonical text. */
export function userDataSeenBefore(notified: NotifiedUserData[], t: number): Set<string> {
  return new Set(['{}', ...notified.filter((n) => n.ev.t < t).map((n) => canonical(n.userData))]);
}

/** The first userData notified from time `t` on that is none of those notified before `t`. */
export function firstChangedUserData(notified: NotifiedUserData[], t: number): NotifiedUserData | undefined {
  const seen = userDataSeenBefore(notified, t);
  return notified.find((n) => n.ev.t >= t && !seen.has(canonical(n.userData)));
}
