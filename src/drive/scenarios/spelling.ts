/**
 * "A documentation variant is learnt once and then used" (REQUIREMENTS.md, General): right after
 * the agent logs in, the collection list is asked for on the reconciled spelling and, when that is
 * not served, on each seed-page spelling of the variants table. The spelling the target serves
 * drives every later scenario; the judge reports the variant once (ACC-1) from the `collection`
 * fact and these probes. A lifecycle operation whose page spells the collection otherwise
 * (LIFECYCLE.md's variants table) is learnt the first time it is sent (`postOperation`).
 */
import { isOperationName } from '../../model/channels';
import { answeredNotFound, type Json } from '../../model/protocol';
import type { ScenarioId, StepOf } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import { interactionPath } from '../../target/paths';
import type { Agent, ScenarioRun } from './context';

/** Steps: `collection` (reconciled), then `collection:<variant>` for each variant tried. */
export async function learnCollection(run: ScenarioRun, agent: Agent): Promise<void> {
  const { row } = run.ctx;
  const reconciled = await agent.rest.get(run.id, 'collection', `/api/v2/me/${row.collection}?fields=*`);
  run.facts.collection = row.collection;
  if (serves(reconciled)) return;
  for (const v of row.variants.filter((x) => x.field === 'collection')) {
    const probe = await agent.rest.get(run.id, `collection:${v.value}`, `/api/v2/me/${v.value}?fields=*`);
    if (!serves(probe)) continue;
    run.ctx.collection = v.value;
    run.facts.collection = v.value;
    run.note(
      `the target serves ${row.name} on /api/v2/me/${v.value}/ (${v.note}): the run uses that spelling`,
    );
    return;
  }
}

function serves(ev: HttpEvent): boolean {
  const json = ev.response?.json as { statusCode?: unknown } | undefined;
  return ev.response?.status === 200 && json?.statusCode === 0;
}

/**
 * POSTs a lifecycle operation (or a probe) on the interaction as agent A, on the collection learnt
 * for that operation. The first time the operation's own step is sent, a "not found" (HTTP 404 or
 * statusCode 6) is followed by the same request once more, under the same step, on the spelling
 * the operation's page shows; what served it is used for that operation for the rest of the run.
 */
export async function postOperation<S extends ScenarioId>(
  run: ScenarioRun<S>,
  step: StepOf<S>,
  id: string,
  body: Json,
): Promise<HttpEvent> {
  const { ctx } = run;
  const op = isOperationName(body.operationName) ? body.operationName : undefined;
  const learnt = op && ctx.operationCollections[op];
  const post = (collection: string) =>
    ctx.a.rest.post(run.id, step, interactionPath(collection, id), { json: body });
  const first = await post(learnt || ctx.collection);
  // Only the operation's own step learns: a probe (late:, bad:) may be refused for its own reasons.
  if (op === undefined || learnt || step !== op) return first;
  ctx.operationCollections[op] = ctx.collection;
  const page = ctx.row.lifecycle.variants.find(
    (v) => v.field === 'collection' && v.operations.includes(op) && v.value !== ctx.collection,
  );
  if (page === undefined || !answeredNotFound(first)) return first;
  const retry = await post(page.value);
  if (answeredNotFound(retry)) return first;
  ctx.operationCollections[op] = page.value;
  run.note(
    `the target serves ${op} on /api/v2/me/${page.value}/ (${page.note}): the run uses that path for it`,
  );
  return retry;
}
