/**
 * A lifecycle check's timeline, grouped by operation: each operation's POST (Accept, Complete,
 * a `late:` or `bad:` probe...) opens a section that holds what followed it about the same
 * interaction until that interaction's next operation. What came before an interaction's first
 * operation (login, offer, Invited) is the leading section. Drawn as recorded: nothing is judged.
 */
import { channelRow } from '../../src/model/channels';
import { interactionIdOf, isObject, notificationData } from '../../src/model/protocol';
import { LIFECYCLE_SCENARIOS } from '../../src/model/scenarios';
import type { ChannelTrace, HttpEvent, TraceEvent } from '../../src/model/trace';

/** A section starts at index `from` of the (reordered) timeline; `label` names its operation. */
export interface Section {
  from: number;
  label: string;
  /** The leading section (no operation yet). */
  lead?: true;
}

export const BEFORE_OPERATIONS = 'Before the first operation';

const LIFECYCLE = new Set<string>(LIFECYCLE_SCENARIOS);

export const isLifecycleView = (scenarios: readonly string[]): boolean =>
  scenarios.some((s) => LIFECYCLE.has(s));

/** The operationName an agent's POST sends, when its body is a JSON object that names one. */
export function operationOf(e: TraceEvent): string | undefined {
  if (e.kind !== 'http' || e.actor === 'customer' || e.request.method !== 'POST') return undefined;
  try {
    const body: unknown = JSON.parse(e.request.body ?? '');
    return isObject(body) && typeof body.operationName === 'string' ? body.operationName : undefined;
  } catch {
    return undefined;
  }
}

/** `Complete`, `SendMessage (bad:no-text)`, `Leave (leave-again)`: the operation, then the step when it says more. */
export function operationLabel(e: HttpEvent, operation: string): string {
  return e.step.toLowerCase() === operation.toLowerCase() ? operation : `${operation} (${e.step})`;
}

/**
 * `seqs` (in time order) regrouped: the leading section, then one per operation in the order they
 * were sent, each in time order. Events that name no interaction (Bayeux meta, faults) stay in the
 * section that was open when they happened.
 */
export function operationSections(
  trace: ChannelTrace,
  seqs: number[],
): { seqs: number[]; sections: Section[] } {
  const bySeq = new Map(trace.events.map((e) => [e.seq, e]));
  const row = channelRow(trace.channel);
  const idOfScenario = new Map(trace.scenarios.map((s) => [s.id, s.facts.interactionId]));
  const known = [...new Set([...idOfScenario.values()].filter((id): id is string => !!id))];
  const interactionOf = (e: TraceEvent): string | undefined => {
    if (e.scenario !== undefined) return idOfScenario.get(e.scenario);
    const data = notificationData(e);
    if (!data) return undefined;
    const text = JSON.stringify(data);
    return interactionIdOf(data, row) ?? known.find((id) => text.includes(id));
  };
  const groups: { label: string; seqs: number[] }[] = [{ label: BEFORE_OPERATIONS, seqs: [] }];
  const open = new Map<string, number>(); // interaction -> its current section
  let latest = 0;
  for (const seq of seqs) {
    const e = bySeq.get(seq);
    if (!e) continue;
    const id = interactionOf(e);
    const operation = operationOf(e);
    if (operation !== undefined && e.kind === 'http') {
      latest = groups.push({ label: operationLabel(e, operation), seqs: [seq] }) - 1;
      if (id !== undefined) open.set(id, latest);
      continue;
    }
    const at = id === undefined ? latest : (open.get(id) ?? 0);
    groups[at]!.seqs.push(seq);
  }
  const sections: Section[] = [];
  const ordered: number[] = [];
  for (const [k, g] of groups.entries()) {
    if (g.seqs.length === 0) continue;
    sections.push(
      k === 0 ? { from: 0, label: g.label, lead: true } : { from: ordered.length, label: g.label },
    );
    ordered.push(...g.seqs);
  }
  return { seqs: ordered, sections };
}
