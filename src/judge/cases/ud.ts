/**
 * Attached data and disposition (UD-1..5). "Notified" is LIFECYCLE.md's reading (model/userdata.ts):
 * the first userData notified after the request that differs from the one notified before it.
 */
import { canonical, isObject, type Json } from '../../model/protocol';
import type { RequirementId } from '../../model/requirements';
import { SCENARIO, type UserDataOp, LIFECYCLE_VALUES as V } from '../../model/scenarios';
import type { HttpEvent } from '../../model/trace';
import {
  firstChangedUserData,
  type NotifiedUserData,
  userDataBefore,
  userDataNotifications,
} from '../../model/userdata';
import type { Outcome } from '../../model/verdict';
import { defineCheck } from '../lib/define';
import type { Check, CheckContext } from '../lib/framework';
import { operationSteps, requireOperationStep, requireSucceeded, requireSuccess } from '../lib/lifecycle';
import { neverArrived, stateChanges } from '../lib/notifications';
import { breach, combine, detail, Halt, pass, quote } from '../lib/outcome';
import { bodyOf, label, requireInteraction, requireStep } from '../lib/query';
import { operationVariants, resourceKeyIn } from '../lib/spelling';

const S = SCENARIO.userData;

/** The operation's request and the userData it notified (before the scenario's next operation). */
function notifiedAfter(
  ctx: CheckContext,
  req: RequirementId,
  op: UserDataOp,
): { ev: HttpEvent; n: NotifiedUserData } {
  const ev = requireOperationStep(ctx, S, op);
  if (ctx.channel.lifecycle.operations[op]?.namesStatusCode) requireSuccess(req, ev);
  else requireSucceeded(ev);
  const { id } = requireInteraction(ctx, S);
  const next =
    operationSteps(ctx).find((s) => s.ev.scenario === S && s.ev.t > ev.t)?.ev.t ?? Number.POSITIVE_INFINITY;
  const n = firstChangedUserData(userDataNotifications(ctx.trace.events, ctx.channel, id), ev.t);
  if (!n || n.ev.t >= next)
    throw new Halt(
      neverArrived(
        ctx,
        req,
        S,
        `A state change for ${id} with a changed userData after ${op}`,
        ev,
        'userData',
      ),
    );
  return { ev, n };
}

const pointer = (n: NotifiedUserData, key?: string) => `/${n.change.key}/userData${key ? `/${key}` : ''}`;

/** Breaches of `req` for each pair of `expected` the notified userData lacks (K2 may be 42 or "42"). */
function lacks(
  req: RequirementId,
  n: NotifiedUserData,
  ev: HttpEvent,
  expected: Json,
  what: string,
): Outcome[] {
  return Object.entries(expected)
    .filter(([k, v]) => !(n.userData[k] === v || (typeof v === 'number' && n.userData[k] === String(v))))
    .map(([k, v]) =>
      breach(req, `The userData notified after ${what} has ${k} = ${quote(n.userData[k])}.`, {
        expected: `${k}: ${quote(v)}`,
        actual: quote(n.userData),
        evidence: [ev.seq, n.ev.seq],
        pointer: pointer(n, k),
      }),
    );
}

const attach = defineCheck({
  id: 'userdata/attach',
  requirements: ['UD-1'],
  title:
    'AttachUserData answers statusCode 0 and a state change follows whose userData contains both pairs (SHOULD: PropertiesUpdated, value types kept).',
  scenarios: [S],
  judge(ctx) {
    const { ev, n } = notifiedAfter(ctx, 'UD-1', 'AttachUserData');
    const findings = lacks('UD-1', n, ev, V.attach, 'AttachUserData');
    const evidence = [ev.seq, n.ev.seq];
    if (n.change.notificationType !== 'PropertiesUpdated')
      findings.push(
        detail(
          'UD-1',
          `The userData was notified by ${quote(n.change.notificationType)}; it SHOULD be PropertiesUpdated.`,
          {
            expected: 'notificationType "PropertiesUpdated"',
            actual: quote(n.change.notificationType),
            evidence,
            pointer: '/notificationType',
          },
        ),
      );
    if (n.userData.K2 === String(V.attach.K2))
      findings.push(
        detail('UD-1', 'The number K2 = 42 came back as the string "42"; value types SHOULD be kept.', {
          expected: 'K2: 42',
          actual: quote(n.userData),
          evidence,
          pointer: pointer(n, 'K2'),
        }),
      );
    return combine(findings, pass(`AttachUserData was notified: ${quote(n.userData)}.`, { evidence }));
  },
});

/** K2 as attached (a number that came back as a string is UD-1's finding, not this one's). */
const K2_KEPT = { K2: V.attach.K2 };

const update = defineCheck({
  id: 'userdata/update',
  requirements: ['UD-2'],
  title: 'UpdateUserData {"userData": {"K1": "v2"}} overwrites K1 and leaves K2 unchanged.',
  scenarios: [S],
  judge(ctx) {
    const { ev, n } = notifiedAfter(ctx, 'UD-2', 'UpdateUserData');
    return combine(
      lacks('UD-2', n, ev, { ...V.update, ...K2_KEPT }, 'UpdateUserData'),
      pass(`UpdateUserData was notified: ${quote(n.userData)}.`, { evidence: [ev.seq, n.ev.seq] }),
    );
  },
});

const remove = defineCheck({
  id: 'userdata/delete',
  requirements: ['UD-3'],
  title: 'DeleteUserData {"keys": ["K1"]} removes K1 and keeps K2.',
  scenarios: [S],
  judge(ctx) {
    const { ev, n } = notifiedAfter(ctx, 'UD-3', 'DeleteUserData');
    const findings = lacks('UD-3', n, ev, K2_KEPT, 'DeleteUserData');
    if ('K1' in n.userData)
      findings.push(
        breach('UD-3', 'The userData notified after DeleteUserData still has K1.', {
          expected: 'no K1',
          actual: quote(n.userData),
          evidence: [ev.seq, n.ev.seq],
          pointer: pointer(n, 'K1'),
        }),
      );
    return combine(
      findings,
      pass(`DeleteUserData was notified: ${quote(n.userData)}.`, { evidence: [ev.seq, n.ev.seq] }),
    );
  },
});

const get = defineCheck({
  id: 'userdata/get',
  requirements: ['UD-4'],
  title: 'GET /api/v2/me/{collection}/{id} afterwards shows the same userData as last notified.',
  scenarios: [S],
  judge(ctx) {
    const { id } = requireInteraction(ctx, S);
    const ev = requireStep(ctx, S, 'get');
    const body = bodyOf(ev, 'UD-4');
    // A resource key variant is reported once, under NTF-1; here the resource is read under it.
    const key = resourceKeyIn(ctx, body);
    const resource = isObject(body[key]) ? body[key] : undefined;
    const last = userDataBefore(userDataNotifications(ctx.trace.events, ctx.channel, id), ev.t);
    const shown = resource?.userData;
    if (canonical(shown) === canonical(last))
      return pass(`${label(ev)} shows the userData last notified: ${quote(last)}.`, { evidence: [ev.seq] });
    return breach('UD-4', `${label(ev)} shows another userData than last notified.`, {
      expected: quote(last),
      actual: quote(shown),
      evidence: [ev.seq],
      pointer: `/${key}/userData`,
    });
  },
});

const disposition = defineCheck({
  id: 'userdata/disposition',
  requirements: ['UD-5'],
  title:
    'SetDisposition {"disposition": D, "dispositionKey": K} answers statusCode 0 and the notified userData has K set to D.',
  scenarios: [S],
  judge(ctx) {
    const { ev, n } = notifiedAfter(ctx, 'UD-5', 'SetDisposition');
    const { disposition: d, dispositionKey: k } = V.disposition;
    // The page's collection or resource key, where the interaction's earlier notifications used another.
    const usualKey = stateChanges(ctx, requireInteraction(ctx, S).id)[0]?.sc.key;
    const variants = operationVariants(ctx, 'SetDisposition', ev, {
      field: 'resourceKey',
      key: n.change.key,
      usualKey,
      seq: n.ev.seq,
    });
    return combine(
      [...lacks('UD-5', n, ev, { [k]: d }, 'SetDisposition'), ...variants],
      pass(`SetDisposition set ${k} to ${quote(d)}.`, { evidence: [ev.seq, n.ev.seq] }),
    );
  },
});

export const UD_CHECKS: Check[] = [attach, update, remove, get, disposition];
