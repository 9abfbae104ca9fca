/**
 * Notification look-ups shared by the checks: what an actor received, the state changes and
 * histories of one interaction (matched as REQUIREMENTS.md's General rules say), timeout notes.
 */
import type { DocVariant } from '../../model/channels';
import {
  type History,
  historyOf,
  isObject,
  type Json,
  notificationData,
  type StateChange,
  stateChangeOf,
} from '../../model/protocol';
import type { RequirementId } from '../../model/requirements';
import type { ScenarioId } from '../../model/scenarios';
import type { Actor, BayeuxEvent, HttpEvent, NoteEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import type { CheckContext } from './framework';
import { breach } from './outcome';

export interface Received {
  ev: BayeuxEvent;
  data: Json;
}
export interface ReceivedChange extends Received {
  sc: StateChange;
}
export interface ReceivedHistory extends Received {
  h: History;
}

/**
 * What every check reads from a trace, parsed once per trace and actor (checks are pure, so the
 * trace does not change under them): the notifications received, each one's state-change and
 * history reading. Without it every check re-parsed every notification, and judging grew with
 * checks x notifications.
 */
interface Parsed {
  received: Received[];
  changes: ReceivedChange[];
  histories: (ReceivedHistory & { nicknames: Set<unknown> })[];
}
const parsedByTrace = new WeakMap<CheckContext['trace'], Map<string, Parsed>>();

function parsed(ctx: CheckContext, actor: Actor): Parsed {
  const byActor = parsedByTrace.get(ctx.trace) ?? new Map<string, Parsed>();
  parsedByTrace.set(ctx.trace, byActor);
  const key = `${ctx.channel.name}\u0000${actor}`;
  const known = byActor.get(key);
  if (known) return known;
  const p: Parsed = { received: [], changes: [], histories: [] };
  for (const ev of ctx.trace.events) {
    const data = notificationData(ev);
    if (data === undefined || ev.actor !== actor) continue;
    const r = { ev: ev as BayeuxEvent, data };
    p.received.push(r);
    const sc = stateChangeOf(data, ctx.channel);
    if (sc !== undefined) p.changes.push({ ...r, sc });
    const h = historyOf(data, ctx.channel);
    if (h !== undefined)
      p.histories.push({ ...r, h, nicknames: new Set(h.messages.map((m) => senderOf(m)?.nickname)) });
  }
  byActor.set(key, p);
  return p;
}

/** Notifications (non-meta Bayeux messages with a data object) received by `actor`, in order. */
export function received(ctx: CheckContext, actor: Actor = 'A'): Received[] {
  return [...parsed(ctx, actor).received];
}

/** State-change notifications of this channel for interaction `id`. */
export function stateChanges(ctx: CheckContext, id: string, actor: Actor = 'A'): ReceivedChange[] {
  return parsed(ctx, actor).changes.filter((r) => r.sc.id === id);
}

export const isStatusChange = (r: ReceivedChange): boolean => r.sc.notificationType === 'StatusChange';

/**
 * History notifications for interaction `id`: by the history key's last segment, or (no key, or
 * a key naming another id) by the scenario's unique customer nickname among the senders.
 */
export function histories(
  ctx: CheckContext,
  id: string,
  customer: string | undefined,
  actor: Actor = 'A',
): ReceivedHistory[] {
  return parsed(ctx, actor)
    .histories.filter((r) => r.h.id === id || (customer !== undefined && r.nicknames.has(customer)))
    .map(({ ev, data, h }) => ({ ev, data, h }));
}

export function senderOf(message: unknown): { type?: unknown; nickname?: unknown } | undefined {
  return isObject(message) && isObject(message.from) ? message.from : undefined;
}

/** Every notification that concerns interaction `id` (state change or history). */
export function aboutInteraction(
  ctx: CheckContext,
  id: string,
  customer: string | undefined,
  actor: Actor,
): Received[] {
  const seqs = new Set([
    ...stateChanges(ctx, id, actor).map((r) => r.ev.seq),
    ...histories(ctx, id, customer, actor).map((r) => r.ev.seq),
  ]);
  return received(ctx, actor).filter((r) => seqs.has(r.ev.seq));
}

export interface Delivered {
  ev: BayeuxEvent;
  message: unknown;
  /** The member of its history notification that named the interaction (History.key). */
  key: string | undefined;
}

/** The messages delivered by notification for an interaction, in delivery order. */
export function delivered(ctx: CheckContext, id: string, customer: string | undefined): Delivered[] {
  return histories(ctx, id, customer).flatMap((r) =>
    r.h.messages.map((message) => ({ ev: r.ev, message, key: r.h.key })),
  );
}

/** Timeout notes a scenario left (its waits that ran out). */
export function timeoutNotes(ctx: CheckContext, scenario: ScenarioId): NoteEvent[] {
  return ctx.trace.events.filter(
    (e): e is NoteEvent => e.kind === 'note' && e.level === 'timeout' && e.scenario === scenario,
  );
}

/**
 * A documented notification never arrived: the target's fault, with the scenario's timeout note
 * (the first one after the causing request whose subject, the text before its first `;`, names
 * `hint`; any such note when no hint is given).
 */
export function neverArrived(
  ctx: CheckContext,
  req: RequirementId,
  scenario: ScenarioId,
  what: string,
  cause?: HttpEvent,
  hint?: string,
): Outcome {
  const note = timeoutNotes(ctx, scenario).find(
    (n) =>
      (cause === undefined || n.t >= cause.t) && (hint === undefined || n.text.split(';')[0].includes(hint)),
  );
  return breach(req, `${what} never arrived${note ? `: ${note.text}` : '.'}`, {
    expected: what,
    actual: note ? `timeout note: ${JSON.stringify(note.text)}` : 'no such notification in the trace',
    evidence: [...(cause ? [cause.seq] : []), ...(note ? [note.seq] : [])],
  });
}

/**
 * StatusChanges for `id` received by A in [from, to) whose state differs from the offered one
 * (a repeated offer is not a change).
 */
export function changesBetween(ctx: CheckContext, id: string, from: number, to: number): ReceivedChange[] {
  const all = stateChanges(ctx, id).filter(isStatusChange);
  const offered = all[0]?.sc.resource.state;
  return all.filter((r) => r.ev.t >= from && r.ev.t < to && r.sc.resource.state !== offered);
}

// ---------------------------------------------------------------- small helpers

export { canonical } from '../../model/protocol';

/** Whether `uri` ends with /{collection}/{id}; else the uri variant it uses, if any. */
export function uriForm(ctx: CheckContext, uri: unknown, id: string): 'ok' | 'bad' | DocVariant {
  if (typeof uri !== 'string') return 'bad';
  const path = uri.replace(/[?#].*$/, '').replace(/\/+$/, '');
  if (path.endsWith(`/${ctx.channel.collection}/${id}`)) return 'ok';
  const v = ctx.channel.variants.find((x) => x.field === 'uri' && path.endsWith(`/${x.value}/${id}`));
  return v ?? 'bad';
}
