/**
 * The collection spelling the target serves, as the drive learnt it at agent A's login
 * (src/drive/scenarios/spelling.ts): checks read the target's answers under that spelling, and only
 * ACC-1 reports a variant of it (General rule: a documentation variant is learnt once and then used).
 */
import { type DocVariant, findVariant } from '../../model/channels';
import { isObject } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { CheckContext } from './framework';
import { httpSteps, scenarioRecord } from './query';

export interface ServedCollection {
  collection: string;
  /** The variants-table row of that spelling, when it is not the reconciled one. */
  variant: DocVariant | undefined;
  /** The login probes that showed it. */
  probes: HttpEvent[];
}

export function servedCollection(ctx: CheckContext): ServedCollection {
  const learnt = scenarioRecord(ctx, SCENARIO.loginA)?.facts.collection;
  const row = ctx.channel;
  const variant = learnt === undefined ? undefined : findVariant(row, 'collection', learnt);
  const probes = httpSteps(ctx, SCENARIO.loginA, ['collection', { family: 'collection' }]);
  return { collection: variant ? variant.value : row.collection, variant, probes };
}

/** A collection answer with its list under the reconciled member, for the reconciled schema. */
export function reconciledBody(ctx: CheckContext, body: Record<string, unknown>): Record<string, unknown> {
  const { collection } = servedCollection(ctx);
  if (collection === ctx.channel.collection || !(collection in body)) return body;
  const { [collection]: list, ...rest } = body;
  return { ...rest, [ctx.channel.collection]: list };
}

/** The channel's resource key, or the documented variant key the answer uses instead. */
export function resourceKeyIn(ctx: CheckContext, body: Record<string, unknown>): string {
  const key = ctx.channel.resourceKey;
  if (isObject(body[key])) return key;
  return (
    Object.keys(body).find((k) => isObject(body[k]) && findVariant(ctx.channel, 'resourceKey', k)) ?? key
  );
}
