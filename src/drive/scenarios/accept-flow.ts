/**
 * The documented flow (OFF, ACC-1/2/6, NTF, RES, MSG): offer with customer messages, Accept with a
 * nickname unlike the user name, the three notifications, the resource and message GETs, a second
 * Accept, each customer event after the Accept, then paging.
 */
import { isObject } from '../../model/protocol';
import {
  AFTER_ACCEPT,
  BEFORE_ACCEPT,
  PAGE_QUERIES,
  type PageQuery,
  type SCENARIO,
} from '../../model/scenarios';
import type { HttpEvent, ProducedMessage } from '../../model/trace';
import { isFailure } from '../../target/drivers/types';
import type { ScenarioRun } from './context';

export async function acceptFlow(run: ScenarioRun<typeof SCENARIO.acceptFlow>): Promise<void> {
  const { a, recorder, driver } = run.ctx;
  const id = await run.offer(BEFORE_ACCEPT);
  if (!id) return;
  const nickname = acceptNickname(a.user);
  run.facts.nickname = nickname;
  const since = recorder.events.length + 1;
  await run.accept(a, id, 'accept', { operationName: 'Accept', nickname });
  await Promise.all([
    run.waitState(
      'A',
      id,
      (c) => c.notificationType === 'StatusChange' && c.resource.state === 'Chatting',
      'StatusChange(Chatting)',
      since,
    ),
    run.waitState('A', id, (c) => c.notificationType === 'ParticipantsUpdated', 'ParticipantsUpdated', since),
    run.waitHistory(
      id,
      (m) => m.some((x) => isObject(x) && x.type === 'ParticipantJoined'),
      'the history NewMessages',
      since,
    ),
  ]);
  const rest = a.rest;
  await Promise.all([
    rest.get(run.id, 'list', `/api/v2/me/${run.ctx.collection}?fields=*`),
    rest.get(run.id, 'get', run.path(id)),
    rest.get(run.id, 'get-unknown', run.path(unknownId(id))),
    rest.get(run.id, 'messages', run.path(id, '/messages')),
  ]);
  await run.accept(a, id, 'accept-again', { operationName: 'Accept', nickname });
  run.listenPastNow();
  run.facts.after = [];
  for (const [i, message] of AFTER_ACCEPT.entries()) {
    const before = recorder.events.length + 1;
    const t = recorder.now();
    const result = await driver.produce(run.id, `produce:${message.type}`, id, message);
    const produced: ProducedMessage = {
      ...message,
      t,
      status: result === 'produced' || result === 'unsupported' ? result : 'refused',
      seq: before,
    };
    run.facts.after.push(produced);
    if (isFailure(result)) run.note(`the customer side could not produce ${message.type}: ${result.error}`);
    if (result !== 'produced') continue;
    await run.waitHistory(
      id,
      (m) => m.some((x) => isObject(x) && x.type === message.type),
      `NewMessages with ${message.type} (#${i + 1} after Accept)`,
      before,
    );
  }
  const all = await rest.get(run.id, 'messages-after', run.path(id, '/messages'));
  await Promise.all(
    pageQueries(all).map((q) => rest.get(run.id, `page:${q}`, run.path(id, `/messages?${q}`))),
  );
  await driver.end(run.id, id);
}

/** A nickname a target cannot produce by echoing the user name. */
export function acceptNickname(user: string): string {
  return `Conformance ${user.slice(0, 12)} Nick`;
}

/** An id of the same shape that was never offered. */
export function unknownId(like: string): string {
  return `${like.slice(0, Math.max(0, like.length - 6))}ZZ9999`.replace(/^$/, 'ZZ9999');
}

/** MSG-5 queries, with `{k}` set to the index of the third ordinary message (or the last one). */
function pageQueries(all: HttpEvent): PageQuery[] {
  const messages = (all.response?.json as { messages?: unknown[] } | undefined)?.messages ?? [];
  const indexes = messages
    .map((m) => (isObject(m) ? m.index : undefined))
    .filter((i): i is number => typeof i === 'number' && i > 0);
  const k = indexes[Math.min(2, indexes.length - 1)] ?? 2;
  return PAGE_QUERIES.map((q) => q.replace('{k}', String(k)) as PageQuery);
}
