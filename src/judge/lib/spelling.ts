/**
 * The collection spelling the target serves, as the drive learnt it at agent A's login
 * (src/drive/scenarios/spelling.ts): checks read the target's answers under that spelling, and only
 * ACC-1 reports a variant of it (General rule: a documentation variant is learnt once and then used).
 * A lifecycle operation the drive sent once more on its page's spelling is judged on the answer
 * it was served, and the operation's check reports the lifecycle variants it used.
 */
import {
  type DocVariant,
  findVariant,
  type LifecycleVariant,
  type OperationName,
} from '../../model/channels';
import { answeredNotFound, isObject } from '../../model/protocol';
import { SCENARIO } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import type { Outcome } from '../../model/verdict';
import type { CheckContext } from './framework';
import { fromVariant } from './outcome';
import { httpSteps, label, scenarioRecord } from './query';

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

/** Of the exchanges of one operation step (the drive's retry on a page's spelling), the one served: else the first. */
export function servedAttempt(attempts: HttpEvent[]): HttpEvent | undefined {
  return attempts.find((ev) => !answeredNotFound(ev)) ?? attempts[0];
}

/** The operation's lifecycle variant of `field` whose spelling is `value`, when the table rates it. */
function lifecycleVariant(
  ctx: CheckContext,
  op: OperationName,
  field: LifecycleVariant['field'],
  value: unknown,
): DocVariant | undefined {
  const v = ctx.channel.lifecycle.variants.find(
    (x) => x.field === field && x.value === value && x.operations.includes(op),
  );
  if (v === undefined || v.verdict === null) return undefined;
  const { operations: _, verdict, ...rest } = v;
  return { ...rest, verdict };
}

/** The collection segment of an agent-API request path (`/api/v2/me/{collection}/...`). */
const collectionOf = (ev: HttpEvent) => /\/api\/v2\/me\/([^/?#]+)/.exec(ev.request.url)?.[1];

/**
 * The lifecycle variants (LIFECYCLE.md's table) an operation used where the rest of the run does
 * not: the collection of the path it was served on (beside the one learnt at login), the key of
 * the notification it caused (beside the one `usualKey` the interaction's notifications had
 * before). Each comes with the table's verdict, reported by the operation's own check only.
 */
export function operationVariants(
  ctx: CheckContext,
  op: OperationName,
  ev: HttpEvent,
  caused?: {
    field: 'resourceKey' | 'historyKey';
    key: string | undefined;
    usualKey: string | undefined;
    seq: number;
  },
): Outcome[] {
  const out: Outcome[] = [];
  const collection = collectionOf(ev);
  const path =
    collection === servedCollection(ctx).collection
      ? undefined
      : lifecycleVariant(ctx, op, 'collection', collection);
  if (path) out.push(fromVariant(path, `${label(ev)} is served; its collection`, { evidence: [ev.seq] }));
  const key =
    caused && caused.key !== caused.usualKey
      ? lifecycleVariant(ctx, op, caused.field, caused.key)
      : undefined;
  if (key && caused)
    out.push(
      fromVariant(key, `The notification after ${op}`, {
        evidence: [ev.seq, caused.seq],
        pointer: `/${caused.key}`,
      }),
    );
  return out;
}
