/** Bayeux look-ups of one actor's client: its meta replies, its transport faults, its notifications. */
import type { BayeuxEvent, BayeuxFaultEvent, TraceEvent } from '../../model/trace';
import type { CheckContext } from './framework';

export const meta = (
  ctx: CheckContext,
  actor: string,
  channel: string,
  direction: 'in' | 'out',
): BayeuxEvent[] =>
  ctx.trace.events.filter(
    (e): e is BayeuxEvent =>
      e.kind === 'bayeux' && e.actor === actor && e.direction === direction && e.message.channel === channel,
  );
export const faults = (ctx: CheckContext, actor: string): BayeuxFaultEvent[] =>
  ctx.trace.events.filter((e): e is BayeuxFaultEvent => e.kind === 'bayeux-fault' && e.actor === actor);
export const isMessageIn = (e: TraceEvent, actor: string): e is BayeuxEvent =>
  e.kind === 'bayeux' &&
  e.direction === 'in' &&
  e.actor === actor &&
  typeof e.message.channel === 'string' &&
  !e.message.channel.startsWith('/meta/');
