/**
 * "A documentation variant is learnt once and then used" (REQUIREMENTS.md, General): right after
 * the agent logs in, the collection list is asked for on the reconciled spelling and, when that is
 * not served, on each seed-page spelling of the variants table. The spelling the target serves
 * drives every later scenario; the judge reports the variant once (ACC-1) from the `collection`
 * fact and these probes.
 */
import type { HttpEvent } from '../../model/trace';
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
