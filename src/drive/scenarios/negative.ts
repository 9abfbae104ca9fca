/**
 * Accepts that must be refused and change nothing (SES-2, SES-6, SES-7, ACC-4, ACC-5, ACC-7), and
 * the saveLAR variants (ACC-3). Each offers its own interaction, makes the bad request, waits one
 * quiet window (these run concurrently, so the whole run waits about one window), then accepts
 * properly: a target that changed something shows it in the quiet window or in that last Accept.
 */
import type { Json } from '../../model/protocol';
import {
  MALFORMED,
  type MalformedKind,
  type MalformedScenario,
  type SCENARIO,
  type ScenarioWith,
} from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { RestClient } from '../../target/rest';
import { acceptNickname, unknownId } from './accept-flow';
import type { ScenarioRun } from './context';

type Refused = ScenarioWith<'offer'> & ScenarioWith<'accept'> & ScenarioWith<'end'>;
type BadRequest<S extends Refused> = (run: ScenarioRun<S>, id: string, nickname: string) => Promise<unknown>;

/** Offer, bad request(s), quiet window, valid Accept, wait for Chatting. */
async function refusedThenAccepted<S extends Refused>(
  own: ScenarioRun<S>,
  bad: BadRequest<S>,
): Promise<void> {
  // The steps every refusal scenario has; `bad` gets the run typed by its own id.
  const run: ScenarioRun<Refused> = own;
  const { a, recorder } = run.ctx;
  const id = await run.offer();
  if (!id) return;
  const nickname = acceptNickname(a.user);
  run.facts.nickname = nickname;
  await bad(own, id, nickname);
  await run.quiet();
  const since = recorder.events.length + 1;
  const accepted = await run.accept(a, id, 'accept', { operationName: 'Accept', nickname });
  // A refused Accept announces nothing: waiting would only cost a timeout.
  if (succeeded(accepted))
    await run.waitState('A', id, (c) => c.resource.state === 'Chatting', 'StatusChange(Chatting)', since);
  await run.ctx.driver.end(run.id, id);
}

export function succeeded(ev: HttpEvent): boolean {
  return (
    ev.response?.status === 200 &&
    (ev.response.json as { statusCode?: unknown } | undefined)?.statusCode === 0
  );
}

export const noNickname = (run: ScenarioRun<typeof SCENARIO.noNickname>) =>
  refusedThenAccepted(run, (r, id) => r.accept(r.ctx.a, id, 'bad', { operationName: 'Accept' }));

export const malformed = (kind: MalformedKind) => (run: ScenarioRun<MalformedScenario>) =>
  refusedThenAccepted(run, async (r, id) => {
    await r.ctx.a.rest.post(r.id, 'bad', r.path(id), { raw: MALFORMED[kind] });
    await r.ctx.a.rest.get(r.id, 'alive', '/api/v2/me');
  });

export const unauthenticatedAccept = (run: ScenarioRun<typeof SCENARIO.unauthenticatedAccept>) =>
  refusedThenAccepted(run, (r, id, nickname) => {
    const body = { json: { operationName: 'Accept', nickname } };
    const post = (client: RestClient, step: 'bad-anonymous' | 'bad-intruder') =>
      client.post(r.id, step, r.path(id), body);
    return Promise.all([post(r.ctx.anon, 'bad-anonymous'), post(r.ctx.intruder, 'bad-intruder')]);
  });

export const withoutCsrfToken = (run: ScenarioRun<typeof SCENARIO.csrf>) =>
  refusedThenAccepted(run, (r, id, nickname) =>
    r.ctx.a.rest.post(r.id, 'bad', r.path(id), {
      json: { operationName: 'Accept', nickname },
      withoutCsrf: true,
    }),
  );

export const byOtherAgent = (run: ScenarioRun<typeof SCENARIO.isolation>) =>
  refusedThenAccepted(run, (r, id, nickname) =>
    r.accept(r.ctx.b!, id, 'bad', { operationName: 'Accept', nickname: `${nickname} B` }),
  );

/** ACC-4: Accept of an id that was never offered. */
export async function unknownIdAccept(run: ScenarioRun<typeof SCENARIO.unknownId>): Promise<void> {
  const id = unknownId('0000UNKNOWN0ID00');
  run.facts.interactionId = id;
  run.facts.nickname = acceptNickname(run.ctx.a.user);
  await run.accept(run.ctx.a, id, 'accept', { operationName: 'Accept', nickname: run.facts.nickname });
}

/** ACC-3: Accept with saveLAR true or false. */
export const saveLar =
  (value: boolean) =>
  async (run: ScenarioRun<typeof SCENARIO.saveLarTrue | typeof SCENARIO.saveLarFalse>) => {
    const { a, recorder } = run.ctx;
    const id = await run.offer();
    if (!id) return;
    const body: Json = { operationName: 'Accept', nickname: acceptNickname(a.user), saveLAR: value };
    run.facts.nickname = body.nickname as string;
    const since = recorder.events.length + 1;
    const accepted = await run.accept(a, id, 'accept', body);
    if (succeeded(accepted))
      await run.waitState('A', id, (c) => c.resource.state === 'Chatting', 'StatusChange(Chatting)', since);
    await run.ctx.driver.end(run.id, id);
  };
