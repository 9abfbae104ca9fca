/** Which scenarios a channel's run drives, in which phase, and when they are skipped. */

import { MALFORMED, type MalformedKind, malformedScenario, SCENARIO } from '../../model/scenarios';
import { acceptFlow } from './accept-flow';
import type { RunContext, ScenarioRun } from './context';
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

export interface ScenarioPlan {
  id: string;
  play: (run: ScenarioRun) => Promise<void>;
  /** Why it cannot run on this target, if it cannot. */
  skip?: (ctx: RunContext) => string | undefined;
}

/** Log-ins come first: the agents must be subscribed before anything is offered. */
export const LOGIN_PHASE: ScenarioPlan[] = [
  { id: SCENARIO.loginA, play: (r) => login(r, r.ctx.a, 'A') },
  { id: SCENARIO.loginB, play: (r) => login(r, r.ctx.b!, 'B'), skip: noSecondAgent },
  { id: SCENARIO.unauthenticated, play: unauthenticated },
];

/** Independent interactions: run concurrently. */
export const INTERACTION_PHASE: ScenarioPlan[] = [
  { id: SCENARIO.acceptFlow, play: acceptFlow },
  { id: SCENARIO.saveLarTrue, play: saveLar(true) },
  { id: SCENARIO.saveLarFalse, play: saveLar(false) },
  { id: SCENARIO.unknownId, play: unknownIdAccept },
  { id: SCENARIO.noNickname, play: noNickname },
  { id: SCENARIO.unauthenticatedAccept, play: unauthenticatedAccept },
  {
    id: SCENARIO.csrf,
    play: withoutCsrfToken,
    skip: (ctx) =>
      ctx.a.rest.csrf
        ? undefined
        : 'the target issued no CSRF token (no X-CSRF-HEADER on GET /api/v2/me): CSRF is off',
  },
  { id: SCENARIO.isolation, play: byOtherAgent, skip: noSecondAgent },
  ...(Object.keys(MALFORMED) as MalformedKind[]).map((kind) => ({
    id: malformedScenario(kind),
    play: malformed(kind),
    skip: kind === 'savelar-string' ? undocumentedSaveLar : undefined,
  })),
];

/** saveLAR is no Accept parameter on facebook: a target may ignore it, whatever its type. */
function undocumentedSaveLar(ctx: RunContext): string | undefined {
  return ctx.row.saveLAR ? undefined : `saveLAR is not a documented Accept parameter on ${ctx.row.name}`;
}

function noSecondAgent(ctx: RunContext): string | undefined {
  return ctx.b ? undefined : 'no second agent configured (--user2/--password2)';
}
