/** SES-1, SES-3, SES-8: an agent logs in the way GWS clients do, then opens its notification client. */

import type { SCENARIO } from '../../model/scenarios';
import type { Actor } from '../../model/trace';
import { connectNotifications } from '../../target/cometd';
import type { Agent, ScenarioRun } from './context';
import { cookieOnlyHandshake, refusedHandshakes } from './credentials';
import { learnCollection } from './spelling';

type Login = typeof SCENARIO.loginA | typeof SCENARIO.loginB;

export async function login(run: ScenarioRun<Login>, agent: Agent, actor: Actor): Promise<void> {
  const { row, recorder, clock, base, insecure, clients } = run.ctx;
  await agent.rest.get(run.id, 'me', '/api/v2/me');
  run.facts.csrfHeader = agent.rest.csrf?.header ?? null;
  await agent.rest.post(run.id, 'start-session', '/api/v2/me', {
    json: { operationName: 'StartContactCenterSession', channels: [row.mediaChannel] },
  });
  await agent.rest.post(run.id, 'ready', `/api/v2/me/channels/${row.mediaChannel}`, {
    json: { operationName: 'Ready' },
  });
  agent.notifications = await connectNotifications({
    base,
    actor,
    recorder,
    jar: agent.rest.jar,
    authorization: agent.rest.authorization(),
    timeoutMs: clock.timeoutMs,
    insecure,
  });
  clients.push(agent.notifications);
  if (actor === 'A') await Promise.all([cookieOnlyHandshake(run, agent), learnCollection(run, agent)]);
}

/** SES-2, SES-4: REST without and with wrong credentials; the same two on the Bayeux handshake. */
export async function unauthenticated(run: ScenarioRun<typeof SCENARIO.unauthenticated>): Promise<void> {
  const { anon, intruder } = run.ctx;
  await Promise.all([
    anon.get(run.id, 'me-anonymous', '/api/v2/me'),
    intruder.get(run.id, 'me-wrong-password', '/api/v2/me'),
  ]);
  await refusedHandshakes(run);
}
