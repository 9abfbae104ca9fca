/**
 * A big history for the judge benchmark: takes a real channel trace and grows the accept-flow
 * interaction's history to `total` messages. Customer Text messages are inserted after the last
 * message produced before the Accept, in the history notification and in both full message GETs
 * (`messages`, `messages-after`); later indexes of that interaction are shifted everywhere so the
 * trace stays consistent (the paging GETs keep their original bodies).
 */
import { SCENARIO } from '../src/model/scenarios';
import type { ChannelTrace, TraceEvent } from '../src/model/trace';

type Msg = { index?: unknown; type?: unknown; from?: unknown; timestamp?: unknown; [k: string]: unknown };

const FULL_LISTS = new Set(['messages', 'messages-after']);

function messagesIn(ev: TraceEvent, id: string): Msg[] | undefined {
  if (ev.kind === 'bayeux' && ev.direction === 'in') {
    const data = ev.message.data as { messageType?: unknown; messages?: unknown } | undefined;
    const about = data && Object.values(data).some((v) => typeof v === 'string' && v.endsWith(`/${id}`));
    return data?.messageType === 'MessageLogUpdated' && about && Array.isArray(data.messages)
      ? (data.messages as Msg[])
      : undefined;
  }
  if (ev.kind === 'http' && ev.scenario === SCENARIO.acceptFlow && /^(messages|page:)/.test(ev.step)) {
    const json = ev.response?.json as { messages?: unknown } | undefined;
    return Array.isArray(json?.messages) ? (json.messages as Msg[]) : undefined;
  }
  return undefined;
}

/** Grows the accept-flow history in place; returns how many messages were added and its new length. */
export function inflateHistory(trace: ChannelTrace, total: number): { added: number; size: number } {
  const id = trace.scenarios.find((s) => s.id === SCENARIO.acceptFlow)?.facts.interactionId;
  if (!id) throw new Error(`${trace.channel}: the trace has no accept-flow interaction`);
  const history = trace.events.find((ev) => messagesIn(ev, id)?.some((m) => m.type === 'ParticipantJoined'));
  const seed = history && messagesIn(history, id);
  if (!seed) throw new Error(`${trace.channel}: no history notification for ${id}`);
  const text = [...seed].reverse().find((m) => m.type === 'Text' && typeof m.index === 'number');
  if (!text) throw new Error(`${trace.channel}: the history holds no customer Text`);
  const after = text.index as number;
  const added = Math.max(0, total - seed.length);
  const extra = Array.from({ length: added }, (_, i) => ({
    ...text,
    index: after + 1 + i,
    text: `Bench message ${i + 1}`,
  }));
  for (const ev of trace.events) {
    const list = messagesIn(ev, id);
    if (!list) continue;
    for (const m of list) if (typeof m.index === 'number' && m.index > after) m.index += added;
    const full = ev === history || (ev.kind === 'http' && FULL_LISTS.has(ev.step));
    const at = list.findIndex((m) => m.index === after);
    if (full && at >= 0) list.splice(at + 1, 0, ...extra.map((m) => ({ ...m })));
  }
  return { added, size: seed.length };
}
