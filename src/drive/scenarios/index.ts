/** Which scenarios a channel's run drives, in which phase, and when they are skipped. */

import {
  MALFORMED,
  type MalformedKind,
  malformedScenario,
  SCENARIO,
  type ScenarioId,
} from '../../model/scenarios';
import { acceptFlow } from './accept-flow';
import type { RunContext, ScenarioRun } from './context';
import { complete, completeText, leave, reject } from './lifecycle';
import { agentMessages, userData } from './lifecycle-messages';
import { undocumented } from './lifecycle-steps';
import { login, unauthenticated } from './login';
import {
  byOtherAgent,
  malformed,
  noNickname,
  saveLar,
  unauthenticatedAccept,
  unknownIdAccept,
  withoutCsrfToken,
} from './negative';

export interface ScenarioPlan<S extends ScenarioId = ScenarioId> {
  id: S;
  /** Method syntax on purpose: a plan of one scenario, whose run is typed by its id, is a ScenarioPlan. */
  play(run: ScenarioRun<S>): Promise<void>;
  /** Why it cannot run on this target, if it cannot. */
  skip?: (ctx: RunContext) => string | undefined;
}

/** A plan whose play gets a run typed by the plan's id, so its steps are checked against the id. */
export function plan<S extends ScenarioId>(
  id: S,
  play: (run: ScenarioRun<S>) => Promise<void>,
  skip?: (ctx: RunContext) => string | undefined,
): ScenarioPlan {
  const typed: ScenarioPlan<S> = { id, play, skip };
  return typed;
}

/** Log-ins come first: the agents must be subscribed before anything is offered. */
export const LOGIN_PHASE: ScenarioPlan[] = [
  plan(SCENARIO.loginA, (r) => login(r, r.ctx.a, 'A')),
  plan(SCENARIO.loginB, (r) => login(r, r.ctx.b!, 'B'), noSecondAgent),
  plan(SCENARIO.unauthenticated, unauthenticated),
];

/** Independent interactions: run concurrently. */
export const INTERACTION_PHASE: ScenarioPlan[] = [
  plan(SCENARIO.acceptFlow, acceptFlow),
  plan(SCENARIO.saveLarTrue, saveLar(true)),
  plan(SCENARIO.saveLarFalse, saveLar(false)),
  plan(SCENARIO.unknownId, unknownIdAccept),
  plan(SCENARIO.noNickname, noNickname),
  plan(SCENARIO.unauthenticatedAccept, unauthenticatedAccept),
  plan(SCENARIO.csrf, withoutCsrfToken, (ctx) =>
    ctx.a.rest.csrf
      ? undefined
      : 'the target issued no CSRF token (no X-CSRF-HEADER on GET /api/v2/me): CSRF is off',
  ),
  plan(SCENARIO.isolation, byOtherAgent, noSecondAgent),
  ...(Object.keys(MALFORMED) as MalformedKind[]).map((kind) =>
    plan(
      malformedScenario(kind),
      malformed(kind),
      kind === 'savelar-string' ? undocumentedSaveLar : undefined,
    ),
  ),
  // Part 2: the interaction's life after the offer, one interaction per operation group.
  plan(SCENARIO.reject, reject, (ctx) => undocumented(ctx.row, 'Reject')),
  plan(SCENARIO.complete, complete, (ctx) => undocumented(ctx.row, 'Complete')),
  plan(SCENARIO.completeText, completeText, noCompleteText),
  plan(SCENARIO.leave, leave, (ctx) => undocumented(ctx.row, 'Leave')),
  plan(SCENARIO.agentMessages, agentMessages, (ctx) => undocumented(ctx.row, 'SendMessage')),
  plan(SCENARIO.userData, userData, (ctx) => undocumented(ctx.row, 'AttachUserData')),
];

/** Complete's text is documented on chat only (LIFECYCLE.md's table). */
function noCompleteText(ctx: RunContext): string | undefined {
  const spec = ctx.row.lifecycle.operations.Complete;
  return spec?.params.some((p) => p.name === 'text')
    ? undefined
    : `Complete with text is not documented on ${ctx.row.name} (LIFECYCLE.md's operation table has no ✓)`;
}

/** saveLAR is no Accept parameter on facebook: a target may ignore it, whatever its type. */
function undocumentedSaveLar(ctx: RunContext): string | undefined {
  return ctx.row.saveLAR ? undefined : `saveLAR is not a documented Accept parameter on ${ctx.row.name}`;
}

function noSecondAgent(ctx: RunContext): string | undefined {
  return ctx.b ? undefined : 'no second agent configured (--user2/--password2)';
}
